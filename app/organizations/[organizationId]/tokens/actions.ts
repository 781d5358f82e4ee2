"use server";

import type { CreateApiTokenInput } from "@/lib/api-tokens/api-token-input";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { runAction, type ActionResult } from "@/lib/http/action-result";

/** The only response that carries the new token, which the page shows once. */
export type CreatedTokenSecret = { name: string; token: string };

export async function createApiTokenAction(
  organizationId: string,
  input: CreateApiTokenInput,
): Promise<ActionResult<CreatedTokenSecret>> {
  return runAction("api_tokens.create", async (caller) => {
    const { apiToken, token } = await createApiToken(caller, organizationId, input);
    return { name: apiToken.name, token };
  });
}

export async function revokeApiTokenAction(organizationId: string, apiTokenId: string): Promise<ActionResult<null>> {
  return runAction("api_tokens.revoke", async (caller) => {
    await revokeApiToken(caller, organizationId, apiTokenId);
    return null;
  });
}
