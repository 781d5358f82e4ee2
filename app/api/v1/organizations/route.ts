import { NextResponse } from "next/server";

import { authorizeOrganization } from "@/lib/access/authorize-organization";
import { apiRoute } from "@/lib/http/api-route";
import { listUserOrganizations } from "@/lib/organizations/list-user-organizations";

export const GET = apiRoute(async ({ caller }) => {
  if (caller.kind === "token") {
    // A token belongs to one organization, with the role it was given.
    const access = await authorizeOrganization(caller, caller.organizationId, "integrations.read");
    return NextResponse.json({ data: [{ id: access.organizationId, name: access.organizationName, role: access.role }] });
  }
  const organizations = await listUserOrganizations(caller.userId);
  return NextResponse.json({ data: organizations });
});
