import type { HTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";
import { AlertTriangleIcon, CheckCircleIcon, InfoCircleIcon, XCircleIcon } from "@/components/ui/icons";

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  tone?: BadgeTone;
};

const toneClasses: Record<BadgeTone, string> = {
  neutral: "bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/60 dark:text-emerald-300 dark:ring-emerald-900",
  warning: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-900",
  danger: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-900",
  info: "bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/60 dark:text-sky-300 dark:ring-sky-900",
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
      className={cn(
        "inline-flex h-6 max-w-full items-center gap-1 whitespace-nowrap rounded-full px-2 text-xs font-medium ring-1 ring-inset",
        toneClasses[tone],
        className,
      )}
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
