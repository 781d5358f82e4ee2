"use client";

import { OneTimeSecretNotice } from "@/components/organizations/one-time-secret-notice";
import { formatUtcDateTime } from "@/lib/organizations/format-date";

type InvitationLinkNoticeProps = { email: string; url: string; expiresAt: string; onDismiss: () => void };

/** Shows a new invitation's link, the only time it is shown, with a copy button. */
export function InvitationLinkNotice({ email, url, expiresAt, onDismiss }: InvitationLinkNoticeProps) {
  return (
    <OneTimeSecretNotice
      title={`Invitation created for ${email}`}
      value={url}
      fieldLabel="Invitation link"
      copyLabel="Copy link"
      onDismiss={onDismiss}
    >
      Send this link to {email}. It works once, until {formatUtcDateTime(expiresAt)}. Copy it now: you will not see it
      again.
    </OneTimeSecretNotice>
  );
}
