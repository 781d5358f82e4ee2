"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/action-result";
import { createOrganization } from "@/lib/organizations/create-organization";
import type { CreateOrganizationInput } from "@/lib/organizations/organization-input";

export async function createOrganizationAction(input: CreateOrganizationInput): Promise<ActionResult<{ id: string }>> {
  return runAction("organizations.create", async (caller) => {
    const organization = await createOrganization(caller, input);
    return { id: organization.id };
  });
}
