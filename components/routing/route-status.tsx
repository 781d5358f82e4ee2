import Link from "next/link";

import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { RouteFix } from "@/components/routing/route-fix";
import { ROUTE_STATUS_LABELS, type RouteStatus } from "@/components/routing/routing-labels";
import { integrationPath } from "@/components/routing/routing-paths";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RoutingTableRow } from "@/lib/routing/resolve-route";

const STATUS_TONES: Record<RouteStatus, BadgeTone> = {
  routable: "success",
  provider_inactive: "warning",
  provider_not_configured: "danger",
};

export function RouteStatusBadge({ status }: { status: RouteStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{ROUTE_STATUS_LABELS[status]}</Badge>;
}

type RowProps = { row: RoutingTableRow; organizationId: string; canWrite: boolean };

/** Renders a row's status as a sentence, followed by the step that fixes it when the model does not route. */
export function RouteStatusExplanation({ row, organizationId, canWrite }: RowProps) {
  const name = PROVIDER_DISPLAY_NAMES[row.provider];

  if (row.status === "routable") {
    return <p>Requests go to the {name} integration.</p>;
  }

  const reason =
    row.status === "provider_inactive"
      ? `Every ${name} integration is switched off, so requests for this model fail.`
      : `This organization has no ${name} integration, so requests for this model fail.`;
  return (
    <p>
      {reason} <RouteFix organizationId={organizationId} provider={row.provider} problem={row.status} canWrite={canWrite} />
    </p>
  );
}

/** Renders a link to the integration that serves the row, or "None". */
export function ServingIntegration({ row, organizationId }: Omit<RowProps, "canWrite">) {
  if (row.integrationId === null) {
    return <span className="text-zinc-500 dark:text-zinc-400">None</span>;
  }
  return (
    <Link
      href={integrationPath(organizationId, row.integrationId)}
      className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-400"
    >
      {PROVIDER_DISPLAY_NAMES[row.provider]} integration
    </Link>
  );
}
