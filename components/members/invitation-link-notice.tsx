"use client";

import { useId } from "react";

import { CopyButton } from "@/components/organizations/copy-button";
import { formatUtcDateTime } from "@/lib/organizations/format-date";

type InvitationLinkNoticeProps = { email: string; url: string; expiresAt: string; onDismiss: () => void };

/** Shows a new invitation's link, the only time it is shown, with a copy button. */
export function InvitationLinkNotice({ email, url, expiresAt, onDismiss }: InvitationLinkNoticeProps) {
  const inputId = useId();

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 dark:border-emerald-900 dark:bg-emerald-950/40"
    >
      <h3 id={`${inputId}-title`} className="text-sm font-semibold text-emerald-900 dark:text-emerald-200">
        Invitation created for {email}
      </h3>
      <p className="text-sm text-emerald-900 dark:text-emerald-200">
        Send this link to {email}. It works once, until {formatUtcDateTime(expiresAt)}. Copy it now: you will not see it
        again.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Invitation link
        </label>
        <input
          id={inputId}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <CopyButton value={url} inputId={inputId} label="Copy link" />
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
