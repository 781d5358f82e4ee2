import type { ProviderName } from "@/lib/providers/types";
import { createApiToken, createOrganizationWithUsers } from "@/tests/support/fixtures";
import type { TestDatabase } from "@/tests/support/test-database";

/**
 * Creates an organization whose integrations produce every routing result:
 * Anthropic and Aitronos active, OpenAI with two integrations both switched
 * off, and no ClipDrop integration. The rows get a stored key, so a test can
 * check that routing never reads one.
 */
export async function createRoutingTestOrganization(database: TestDatabase) {
  const organization = await createOrganizationWithUsers(database, "Routing Org");
  const { organizationId } = organization;

  const createIntegration = async (providerName: ProviderName, isActive: boolean) => {
    const hasKey = providerName !== "aitronos";
    const row = await database.prisma.providerIntegration.create({
      data: {
        organizationId,
        providerName,
        isActive,
        keyCiphertext: hasKey ? "bm90LWEtcmVhbC1jaXBoZXJ0ZXh0" : null,
        keyNonce: hasKey ? "bm90LWEtbm9uY2U=" : null,
        keyId: hasKey ? "test1" : null,
        keyHint: hasKey ? "sk-…test" : null,
      },
      select: { id: true },
    });
    return row.id;
  };

  const integrationIds = {
    anthropic: await createIntegration("anthropic", true),
    aitronos: await createIntegration("aitronos", true),
    openaiOld: await createIntegration("openai", false),
    openaiNew: await createIntegration("openai", false),
  };

  return {
    ...organization,
    integrationIds,
    adminToken: await createApiToken(database, organizationId, "admin"),
    memberToken: await createApiToken(database, organizationId, "member"),
  };
}
