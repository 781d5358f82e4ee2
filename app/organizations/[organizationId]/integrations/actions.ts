"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { runAction, type ActionResult } from "@/lib/http/action-result";
import { checkIntegrationNow } from "@/lib/integrations/check-integration-now";
import { createIntegration } from "@/lib/integrations/create-integration";
import { deleteIntegration } from "@/lib/integrations/delete-integration";
import type { CreateIntegrationInput, UpdateIntegrationInput } from "@/lib/integrations/integration-input";
import { toIntegrationRowView, type IntegrationRowView } from "@/lib/integrations/integration-row-view";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { updateIntegration } from "@/lib/integrations/update-integration";

// Every argument comes from the browser. The service functions check the
// organization id against the signed-in user's memberships and role, and parse
// the input with the integration schemas. Results carry IntegrationRowView,
// which has the key's hint but never the key or its ciphertext.

/**
 * Revalidates the pages an integration change shows on: the integration
 * pages (list, add, edit), the routing table and the audit log. A failed
 * check also changes the row's validation status, so this runs on errors too.
 */
function revalidateIntegrationPages(organizationId: string): void {
  const organizationPath = `/organizations/${encodeURIComponent(organizationId)}`;
  revalidatePath(`${organizationPath}/integrations`, "layout");
  revalidatePath(`${organizationPath}/routing`);
  revalidatePath(`${organizationPath}/audit`);
}

/** Lists the organization's integrations, for the list page's refetches. */
export async function listIntegrationRows(organizationId: string): Promise<ActionResult<IntegrationRowView[]>> {
  return runAction("integrations.list", async (caller) =>
    (await listIntegrations(caller, organizationId)).map(toIntegrationRowView),
  );
}

/**
 * Creates an integration from the add form. `submissionId` is generated once
 * per form, so a repeated submission returns the row the first one created.
 */
export async function createIntegrationFromForm(
  organizationId: string,
  submissionId: string,
  input: CreateIntegrationInput,
): Promise<ActionResult<IntegrationRowView>> {
  const result = await runAction("integrations.create", async (caller) => {
    const { integration } = await createIntegration(caller, organizationId, input, submissionId);
    return toIntegrationRowView(integration);
  });
  revalidateIntegrationPages(organizationId);
  return result;
}

/** Saves the edit form. `input.updated_at` is the version the form was filled from; a newer row is a CONFLICT. */
export async function updateIntegrationFromForm(
  organizationId: string,
  integrationId: string,
  input: UpdateIntegrationInput,
): Promise<ActionResult<IntegrationRowView>> {
  const result = await runAction("integrations.update", async (caller) =>
    toIntegrationRowView(await updateIntegration(caller, organizationId, integrationId, input)),
  );
  revalidateIntegrationPages(organizationId);
  return result;
}

/**
 * Switches an integration on or off. With `replaceActive`, switching on also
 * switches off the provider's current active integration.
 */
export async function setIntegrationActive(
  organizationId: string,
  integrationId: string,
  active: boolean,
  replaceActive: boolean,
): Promise<ActionResult<IntegrationRowView>> {
  const result = await runAction("integrations.set_active", async (caller) =>
    toIntegrationRowView(
      await updateIntegration(caller, organizationId, integrationId, { is_active: active, replace_active: replaceActive }),
    ),
  );
  revalidateIntegrationPages(organizationId);
  return result;
}

/** Checks the stored credential with the provider now; the row's validation status records the outcome. */
export async function checkIntegrationCredentialNow(
  organizationId: string,
  integrationId: string,
): Promise<ActionResult<IntegrationRowView>> {
  const result = await runAction("integrations.check_now", async (caller) =>
    toIntegrationRowView((await checkIntegrationNow(caller, organizationId, integrationId)).integration),
  );
  revalidateIntegrationPages(organizationId);
  return result;
}

/** Deletes an integration from the list page. */
export async function deleteIntegrationFromList(
  organizationId: string,
  integrationId: string,
): Promise<ActionResult<null>> {
  const result = await runAction("integrations.delete", async (caller) => {
    await deleteIntegration(caller, organizationId, integrationId);
    return null;
  });
  revalidateIntegrationPages(organizationId);
  return result;
}

/**
 * Deletes an integration from its edit page and redirects to the list. A
 * revalidating action re-renders the page it was called from, and the edit
 * page of a deleted integration is a 404, so returning there would flash it.
 * Errors are returned as usual.
 */
export async function deleteIntegrationAndOpenList(
  organizationId: string,
  integrationId: string,
): Promise<ActionResult<null>> {
  const result = await deleteIntegrationFromList(organizationId, integrationId);
  if (result.ok) redirect(`/organizations/${encodeURIComponent(organizationId)}/integrations`);
  return result;
}
