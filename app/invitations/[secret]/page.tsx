import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { JoinOrganizationButton } from "@/components/members/join-organization-button";
import { NewAccountForm } from "@/components/members/new-account-form";
import { SwitchAccountButton } from "@/components/members/switch-account-button";
import { Card, CardContent } from "@/components/ui/card";
import { sessionCaller } from "@/lib/access/session-caller";
import { INVITATION_LINK_NOT_VALID_MESSAGE } from "@/lib/invitations/claim-invitation";
import { previewInvitation } from "@/lib/invitations/find-invitation";
import { invitationPath } from "@/lib/invitations/invitation-secret";
import { unusableInvitationMessage } from "@/lib/invitations/invitation-status";
import { ROLE_LABELS } from "@/lib/members/member-input";

// The URL contains the invitation's secret, so it must stay out of Referer headers and search indexes.
export const metadata: Metadata = {
  title: "Invitation",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};
// The invitation's state changes (accepted, revoked), so the page is never cached.
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ secret: string }> };

export default async function InvitationPage({ params }: PageProps) {
  const { secret } = await params;
  const viewer = await sessionCaller();
  const invitation = await previewInvitation(secret, viewer);

  if (!invitation) {
    return (
      <InvitationShell title="Invitation not found">
        <p className="text-sm">{INVITATION_LINK_NOT_VALID_MESSAGE}</p>
      </InvitationShell>
    );
  }

  const organizationHome = `/organizations/${invitation.organizationId}/integrations`;
  if (invitation.status === "accepted" && invitation.viewerIsMember) {
    return (
      <InvitationShell title={`You are a member of ${invitation.organizationName}`}>
        <Link href={organizationHome} className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
          Open {invitation.organizationName}
        </Link>
      </InvitationShell>
    );
  }
  if (invitation.status !== "pending") {
    return (
      <InvitationShell title="This invitation cannot be used">
        <p className="text-sm">
          {unusableInvitationMessage(invitation.status, invitation.organizationName, invitation.expiresAt)}
        </p>
      </InvitationShell>
    );
  }

  const title = `Join ${invitation.organizationName}`;
  const summary = (
    <p className="text-sm text-zinc-600 dark:text-zinc-400">
      This invitation is for <strong className="text-zinc-900 dark:text-zinc-100">{invitation.email}</strong>, as{" "}
      {ROLE_LABELS[invitation.role].toLowerCase()} of {invitation.organizationName}.
    </p>
  );

  if (viewer?.kind === "user" && viewer.email === invitation.email) {
    return (
      <InvitationShell title={title}>
        {summary}
        {invitation.viewerIsMember ? (
          <p className="text-sm">You are a member already; accepting keeps your current role.</p>
        ) : null}
        <JoinOrganizationButton secret={secret} organizationName={invitation.organizationName} />
      </InvitationShell>
    );
  }
  if (viewer?.kind === "user") {
    return (
      <InvitationShell title={title}>
        {summary}
        <p className="text-sm">
          You are signed in as {viewer.email}. Sign out, then sign in as {invitation.email} or create that account here.
        </p>
        <SwitchAccountButton />
      </InvitationShell>
    );
  }
  if (invitation.accountExists) {
    const signInUrl = `/login?callbackUrl=${encodeURIComponent(invitationPath(secret))}`;
    return (
      <InvitationShell title={title}>
        {summary}
        <p className="text-sm">An account for {invitation.email} exists. Sign in with it to accept.</p>
        <Link
          href={signInUrl}
          className="flex w-full justify-center rounded-md bg-zinc-900 px-3 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900"
        >
          Sign in to accept
        </Link>
      </InvitationShell>
    );
  }
  return (
    <InvitationShell title={title}>
      {summary}
      <p className="text-sm">Create your account to join.</p>
      <NewAccountForm secret={secret} email={invitation.email} organizationName={invitation.organizationName} />
    </InvitationShell>
  );
}

function InvitationShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 py-12 dark:bg-zinc-950">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-sm font-semibold uppercase tracking-widest text-indigo-600 dark:text-indigo-400">
          Switchboard
        </p>
        <Card>
          <CardContent className="space-y-4 pt-5">
            <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
            {children}
          </CardContent>
        </Card>
      </div>
    </main>
  );
}
