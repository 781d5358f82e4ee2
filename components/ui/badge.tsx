import type { HTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";
import { AlertTriangleIcon, CheckCircleIcon, InfoCircleIcon, XCircleIcon } from "@/components/ui/icons";

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone;
};

// Component classes in app/globals.css. Tailwind keeps only the classes it
// finds written out in the sources, so each name is spelled in full here.
const toneClasses: Record<BadgeTone, string> = {
  neutral: "badge-neutral",
  success: "badge-success",
  warning: "badge-warning",
  danger: "badge-danger",
  info: "badge-info",
};

// Each tone has its own icon shape, so tones differ even without colour.
const toneIcons = {
  success: CheckCircleIcon,
  warning: AlertTriangleIcon,
  danger: XCircleIcon,
  info: InfoCircleIcon,
} as const;

/**
 * A short status label, such as "Enabled" or "Key rejected". The text carries the
 * meaning, so write the status out ("Disabled", not a bare colour).
 */
export function Badge({ tone = "neutral", className, children, ...props }: BadgeProps) {
  const Icon = tone === "neutral" ? null : toneIcons[tone];

  return (
    <span
      className={cn("badge", toneClasses[tone], className)}
      {...props}
    >
      {Icon ? (
        <Icon className="size-3.5" />
      ) : (
        <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-current opacity-70" />
      )}
      <span className="truncate">{children}</span>
    </span>
  );
}
