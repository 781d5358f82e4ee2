"use client";

import { integrationName } from "@/components/integrations/integration-names";
import { Switch } from "@/components/ui/switch";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

export const SWITCH_NOT_ALLOWED_REASON = "Only admins and owners can switch integrations";

export type IntegrationActiveSwitchProps = {
  integration: IntegrationRowView;
  canWrite: boolean;
  /** True while a change of this row is in flight: the switch keeps focus but ignores presses. */
  pending: boolean;
  onCheckedChange: (active: boolean) => void;
};

/**
 * The on/off switch of one integration, named after the integration so that
 * two OpenAI rows can be distinguished, and disabled with the reason for members.
 */
export function IntegrationActiveSwitch({ integration, canWrite, pending, onCheckedChange }: IntegrationActiveSwitchProps) {
  return (
    <Switch
      aria-label={`${integrationName(integration)} active`}
      checked={integration.isActive}
      pending={pending}
      disabled={!canWrite}
      disabledReason={canWrite ? undefined : SWITCH_NOT_ALLOWED_REASON}
      onCheckedChange={onCheckedChange}
    />
  );
}
