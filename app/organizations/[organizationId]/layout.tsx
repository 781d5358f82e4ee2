import type { ReactNode } from "react";

import { OrganizationHeader } from "@/components/layout/organization-header";
import { pageAccess } from "@/lib/access/page-access";
import { can } from "@/lib/access/permissions";
import { listUserOrganizations } from "@/lib/organizations/list-user-organizations";

type LayoutProps = { children: ReactNode; params: Promise<{ organizationId: string }> };

export default async function OrganizationLayout({ children, params }: LayoutProps) {
  const { organizationId } = await params;
  // Every member may read integrations, so this only fails for non-members (404) and signed-out users (/login).
  const access = await pageAccess(organizationId, "integrations.read");
  if (!access || access.caller.kind !== "user") return null;
  const organizations = await listUserOrganizations(access.caller.userId);

  const navigation = [
    { href: `/organizations/${organizationId}/integrations`, label: "Integrations" },
    { href: `/organizations/${organizationId}/routing`, label: "Routing" },
    { href: `/organizations/${organizationId}/audit`, label: "Audit log" },
    ...(can(access.role, "members.read") ? [{ href: `/organizations/${organizationId}/members`, label: "Members" }] : []),
    ...(can(access.role, "tokens.read") ? [{ href: `/organizations/${organizationId}/tokens`, label: "API tokens" }] : []),
  ];

  return (
    <div className="min-h-screen bg-zinc-50 dark:bg-zinc-950">
      <OrganizationHeader
        organization={{ id: access.organizationId, name: access.organizationName, role: access.role }}
        organizations={organizations}
        navigation={navigation}
        userEmail={access.caller.email}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
