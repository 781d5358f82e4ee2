"use client";

import { RelativeTime } from "@/components/integrations/relative-time";
import { showsValidationMessage, VALIDATION_STATUS_BADGES } from "@/components/integrations/validation-status-labels";
import { Badge } from "@/components/ui/badge";
import { SpinnerIcon } from "@/components/ui/icons";
import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

export type IntegrationStatusProps = {
  integration: IntegrationRowView;
  /** Text for a change in flight, such as "Checking with OpenAI…"; it replaces the badge until the change ends. */
  activityLabel: string | null;
};

/**
 * The integration's last credential check: a badge with the outcome and its
 * time, the provider's reason when it matters, and ClipDrop's remaining
 * credits. The region is polite-live, so screen readers hear a check start and end.
 */
export function IntegrationStatus({ integration, activityLabel }: IntegrationStatusProps) {
  const badge = VALIDATION_STATUS_BADGES[integration.validationStatus];

  return (
    <div aria-live="polite" className="min-w-0 space-y-1">
      {activityLabel ? (
        <p className="flex items-center gap-1.5 text-[13px] font-medium text-zinc-700 dark:text-zinc-300">
          <SpinnerIcon className="size-3.5" />
          {activityLabel}
        </p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-[13px] text-zinc-600 dark:text-zinc-400">
            <Badge tone={badge.tone}>{badge.label}</Badge>
            {integration.lastValidatedAt ? (
              <>
                <span aria-hidden="true">·</span>
                <RelativeTime value={integration.lastValidatedAt} />
              </>
            ) : null}
          </p>
          {integration.validationMessage && showsValidationMessage(integration.validationStatus) ? (
            <p className="text-[13px] leading-5 text-zinc-700 break-words dark:text-zinc-300">
              {integration.validationMessage}
            </p>
          ) : null}
          {integration.remainingCredits !== null ? (
            <p className="text-[13px] text-zinc-600 dark:text-zinc-400">
              {formatCredits(integration.remainingCredits)} left
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

/** "1 credit", "100 credits", "12.5 credits": ClipDrop reports fractional amounts. */
function formatCredits(credits: number): string {
  const amount = Number.isInteger(credits) ? String(credits) : credits.toFixed(2).replace(/0+$/, "");
  return credits === 1 ? "1 credit" : `${amount} credits`;
}
