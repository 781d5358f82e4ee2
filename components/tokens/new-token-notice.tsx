"use client";

import { useId } from "react";

import { CopyButton } from "@/components/organizations/copy-button";

type NewTokenNoticeProps = { name: string; token: string; onDismiss: () => void };

/** Shows a new API token, the only time it is shown, with a copy button. */
export function NewTokenNotice({ name, token, onDismiss }: NewTokenNoticeProps) {
  const inputId = useId();

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      <h3 id={`${inputId}-title`} className="text-sm font-semibold text-emerald-900 dark:text-emerald-200">
        Token “{name}” created
      </h3>
      <p className="text-sm text-emerald-900 dark:text-emerald-200">
        Copy the token now and store it somewhere safe. You will not see it again: Switchboard keeps only a hash of it.
        Send it as <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          New API token
        </label>
        <input
          id={inputId}
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="new-api-token"
          className="h-9 min-w-0 flex-1 basis-full rounded-md border border-zinc-300 bg-white px-3 font-mono text-xs sm:basis-0 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <CopyButton value={token} inputId={inputId} label="Copy token" />
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
