import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";
import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import type { ProviderName } from "@/lib/providers/types";

export type ProviderMarkProps = {
  provider: ProviderName;
  /** Width and height in CSS pixels. */
  size?: number;
  /**
   * Hides the mark from screen readers. Set it when the provider's name is
   * already written next to the mark, so the name is not read twice.
   */
  decorative?: boolean;
  className?: string;
};

/**
 * The tile colour and white glyph of each mark. These are abstract shapes made for
 * Switchboard, not the providers' logos. Each tile colour has a contrast ratio of at
 * least 4.3:1 with the white glyph (WCAG 2 relative-luminance formula).
 */
const marks: Record<ProviderName, { tile: string; glyph: ReactNode }> = {
  // A hexagon ring around a dot.
  openai: {
    tile: "#0D8A6A",
    glyph: (
      <>
        <path d="M12 5.5 17.6 8.75v6.5L12 18.5l-5.6-3.25v-6.5z" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" />
        <circle cx="12" cy="12" r="1.6" fill="#fff" />
      </>
    ),
  },
  // Three stacked bars of falling length, like lines of text.
  anthropic: {
    tile: "#B85A3C",
    glyph: (
      <g fill="#fff">
        <rect x="6" y="7" width="12" height="2.2" rx="1.1" />
        <rect x="6" y="10.9" width="8.5" height="2.2" rx="1.1" />
        <rect x="6" y="14.8" width="5" height="2.2" rx="1.1" />
      </g>
    ),
  },
  // Crop corners around a dot, for an image tool.
  clipdrop: {
    tile: "#7C3AED",
    glyph: (
      <>
        <path
          d="M6.5 10V6.5H10M14 17.5h3.5V14"
          fill="none"
          stroke="#fff"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="12" cy="12" r="2.2" fill="#fff" />
      </>
    ),
  },
  // A four-pointed spark.
  aitronos: {
    tile: "#2563EB",
    glyph: (
      <path
        d="M12 5.5c.55 3.6 2.4 5.45 6.5 6.5-4.1 1.05-5.95 2.9-6.5 6.5-.55-3.6-2.4-5.45-6.5-6.5 4.1-1.05 5.95-2.9 6.5-6.5z"
        fill="#fff"
      />
    ),
  },
};

/** A small square mark that distinguishes providers by shape and colour. */
export function ProviderMark({ provider, size = 20, decorative = false, className }: ProviderMarkProps) {
  const { tile, glyph } = marks[provider];
  const accessibility = decorative
    ? ({ "aria-hidden": true } as const)
    : ({ role: "img", "aria-label": PROVIDER_DISPLAY_NAMES[provider] } as const);

  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      focusable="false"
      className={cn("shrink-0", className)}
      {...accessibility}
    >
      <rect width="24" height="24" rx="6" fill={tile} />
      {glyph}
    </svg>
  );
}
