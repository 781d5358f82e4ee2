import { NextResponse } from "next/server";

import { apiRoute } from "@/lib/http/api-route";
import { checkIntegrationNow } from "@/lib/integrations/check-integration-now";
import { toIntegrationApiView } from "@/lib/integrations/integration-view";

type Params = { organizationId: string; integrationId: string };

/** Checks the stored credential now; the body reports the outcome and the integration with its new status. */
export const POST = apiRoute<Params>(async ({ params, caller }) => {
  const { integration, outcome } = await checkIntegrationNow(caller, params.organizationId, params.integrationId);
  return NextResponse.json({
    data: toIntegrationApiView(integration),
    check: {
      outcome: outcome.outcome,
      message: integration.validationMessage,
      ...(outcome.outcome === "rejected" ? { field: outcome.field } : {}),
      ...("remainingCredits" in outcome && outcome.remainingCredits !== undefined
        ? { remaining_credits: outcome.remainingCredits }
        : {}),
    },
  });
});
