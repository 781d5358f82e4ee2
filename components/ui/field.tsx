import type { ReactNode } from "react";

import { cn } from "@/components/ui/cn";
import { AlertTriangleIcon } from "@/components/ui/icons";

/** The ids a form control needs to point at its label, description and error text. */
export type FieldIds = {
  controlId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  /** The value for the control's aria-describedby, or undefined when nothing describes it. */
  describedBy: string | undefined;
};

/**
 * Derives the description and error ids from the control id. The error id is
 * listed first in aria-describedby, so screen readers read the problem before the hint.
 */
export function fieldIds(controlId: string, hasDescription: boolean, hasError: boolean): FieldIds {
  const descriptionId = hasDescription ? `${controlId}-description` : undefined;
  const errorId = hasError ? `${controlId}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  return { controlId, descriptionId, errorId, describedBy };
}

export type FieldShellProps = {
  ids: FieldIds;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** Adds a visible "Required" hint next to the label. The control itself still needs `required`. */
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/** Lays out a label, a control, and the description and error text under it. */
export function FieldShell({ ids, label, description, error, required, className, children }: FieldShellProps) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={ids.controlId} className="text-sm font-medium text-zinc-900 dark:text-zinc-100">
        {label}
        {required ? (
          <span className="ml-1.5 text-xs font-normal text-zinc-500 dark:text-zinc-400">Required</span>
        ) : null}
      </label>
      {children}
      {description ? (
        <p id={ids.descriptionId} className="text-[13px] leading-5 text-zinc-600 dark:text-zinc-400">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={ids.errorId} className="flex items-start gap-1.5 text-[13px] leading-5 text-red-700 dark:text-red-400">
          <AlertTriangleIcon className="mt-0.5" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

/**
 * Returns the border, background and focus styles shared by text inputs and selects. The text is
 * 16 px below the `sm` breakpoint because iOS Safari zooms into smaller form fields.
 */
export function controlClasses(invalid: boolean): string {
  return cn(
    "block h-9 w-full min-w-0 rounded-md border bg-white px-3 text-base text-zinc-900 sm:text-sm shadow-sm transition-colors",
    "placeholder:text-zinc-400 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500",
    "focus-visible:border-indigo-500 focus-visible:ring-offset-0",
    "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 dark:disabled:bg-zinc-900/50",
    invalid
      ? "border-red-500 dark:border-red-500"
      : "border-zinc-300 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-600",
  );
}
