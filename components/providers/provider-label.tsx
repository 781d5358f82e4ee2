import { ProviderMark } from "@/components/providers/provider-mark";
import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { cn } from "@/components/ui/cn";
import type { ProviderName } from "@/lib/providers/types";

export type ProviderLabelProps = {
  provider: ProviderName;
  /** The mark's width and height in CSS pixels. */
  markSize?: number;
  className?: string;
};

/** The provider's mark followed by its name, such as "OpenAI". Screen readers read the name once. */
export function ProviderLabel({ provider, markSize = 18, className }: ProviderLabelProps) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-2", className)}>
      <ProviderMark provider={provider} size={markSize} decorative />
      <span className="truncate">{PROVIDER_DISPLAY_NAMES[provider]}</span>
    </span>
  );
}
