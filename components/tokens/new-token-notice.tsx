"use client";

import { OneTimeSecretNotice } from "@/components/organizations/one-time-secret-notice";

type NewTokenNoticeProps = { name: string; token: string; onDismiss: () => void };

/** Shows a new API token, the only time it is shown, with a copy button. */
export function NewTokenNotice({ name, token, onDismiss }: NewTokenNoticeProps) {
  return (
    <OneTimeSecretNotice
      title={`Token “${name}” created`}
      value={token}
      fieldLabel="New API token"
      copyLabel="Copy token"
      fieldTestId="new-api-token"
      onDismiss={onDismiss}
    >
      Copy the token now and store it somewhere safe. You will not see it again: Switchboard keeps only a hash of it.
      Send it as <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>.
    </OneTimeSecretNotice>
  );
}
