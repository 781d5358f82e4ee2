"use client";

import { useId, type ReactNode } from "react";

import { CopyButton } from "@/components/organizations/copy-button";

export type OneTimeSecretNoticeProps = {
  title: ReactNode;
  /** The explanation: the secret's use, and a reminder that it is shown only once. */
  children: ReactNode;
  /** The secret, such as an API token or an invitation link. */
  value: string;
  /** The read-only field's name for screen readers, such as "New API token". */
  fieldLabel: string;
  /** The copy button's text, such as "Copy token". */
  copyLabel: string;
  fieldTestId?: string;
  onDismiss: () => void;
};

/**
 * Shows a secret the server returns only once (a new API token, an invitation
 * link) in a read-only field with a copy button. On phones the field takes a
 * line of its own, so the whole value stays readable.
 */
export function OneTimeSecretNotice({
  title,
  children,
  value,
  fieldLabel,
  copyLabel,
  fieldTestId,
  onDismiss,
}: OneTimeSecretNoticeProps) {
  const inputId = useId();

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      <h3 id={`${inputId}-title`} className="text-sm font-semibold text-emerald-900 dark:text-emerald-200">
        {title}
      </h3>
      <p className="text-sm text-emerald-900 dark:text-emerald-200">{children}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          {fieldLabel}
        </label>
        <input
          id={inputId}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={fieldTestId}
          className="h-9 min-w-0 flex-1 basis-full rounded-md border border-zinc-300 bg-white px-3 font-mono text-xs sm:basis-0 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <CopyButton value={value} inputId={inputId} label={copyLabel} />
        <button
          type="button"
          onClick={onDismiss}
          className="text-sm font-medium text-emerald-900 underline-offset-2 hover:underline dark:text-emerald-200"
        >
          Done
        </button>
      </div>
    </section>
  );
}
