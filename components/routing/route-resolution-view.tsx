import Link from "next/link";
import type { ReactNode } from "react";

import { PROVIDER_DISPLAY_NAMES } from "@/components/providers/provider-display-name";
import { ProviderLabel } from "@/components/providers/provider-label";
import { RouteFix } from "@/components/routing/route-fix";
import { MATCH_RULE_DESCRIPTIONS, MATCH_RULE_LABELS } from "@/components/routing/routing-labels";
import { integrationPath } from "@/components/routing/routing-paths";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ModelMatch } from "@/lib/routing/match-model";
import type { RouteResolution } from "@/lib/routing/resolve-route";

export type RouteResolutionViewProps = {
  resolution: RouteResolution;
  organizationId: string;
  canWrite: boolean;
  /** Resolves another id, for the "Try …" button of a case suggestion. */
  onTryModel: (modelId: string) => void;
};

const STATUS_BADGES: Record<RouteResolution["status"], { tone: BadgeTone; label: string }> = {
  routable: { tone: "success", label: "Routable" },
  MODEL_NOT_FOUND: { tone: "danger", label: "Model not found" },
  PROVIDER_NOT_CONFIGURED: { tone: "danger", label: "No integration" },
  PROVIDER_INACTIVE: { tone: "warning", label: "Provider switched off" },
};

// The same characters the matcher rejects in an id: whitespace and control characters.
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/** Renders how one model id routes for the organization and why, or the named reason it does not. */
export function RouteResolutionView({ resolution, organizationId, canWrite, onTryModel }: RouteResolutionViewProps) {
  const badge = STATUS_BADGES[resolution.status];

  return (
    <div className="space-y-3" data-testid="route-resolution" data-status={resolution.status}>
      <Badge tone={badge.tone}>{badge.label}</Badge>
      <p className="text-sm leading-6 text-zinc-800 dark:text-zinc-200" data-testid="route-explanation">
        <Explanation resolution={resolution} organizationId={organizationId} canWrite={canWrite} />
      </p>
      {resolution.status === "MODEL_NOT_FOUND" ? (
        resolution.suggestion !== null && !resolution.suggestion.includes("*") ? (
          <Button type="button" size="sm" onClick={() => onTryModel(resolution.suggestion ?? "")}>
            Try {resolution.suggestion}
          </Button>
        ) : null
      ) : (
        <MatchDetails
          match={resolution.match}
          integrationId={resolution.status === "routable" ? resolution.integrationId : null}
          organizationId={organizationId}
        />
      )}
    </div>
  );
}

function Explanation({ resolution, organizationId, canWrite }: Omit<RouteResolutionViewProps, "onTryModel">) {
  switch (resolution.status) {
    case "routable": {
      const name = PROVIDER_DISPLAY_NAMES[resolution.match.provider];
      return (
        <>
          <MatchPhrase match={resolution.match} />, served by the{" "}
          <Link
            href={integrationPath(organizationId, resolution.integrationId)}
            className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-400"
          >
            {name} integration
          </Link>
          .
        </>
      );
    }

    case "PROVIDER_NOT_CONFIGURED":
    case "PROVIDER_INACTIVE": {
      const { match } = resolution;
      const name = PROVIDER_DISPLAY_NAMES[match.provider];
      const problem = resolution.status === "PROVIDER_INACTIVE" ? "provider_inactive" : "provider_not_configured";
      const reason =
        problem === "provider_inactive"
          ? `every ${name} integration of this organization is switched off, so requests for it fail.`
          : `this organization has no ${name} integration, so requests for it fail.`;
      return (
        <>
          <MatchPhrase match={match} />, served by {name}, but {reason}{" "}
          <RouteFix organizationId={organizationId} provider={match.provider} problem={problem} canWrite={canWrite} />
        </>
      );
    }

    case "MODEL_NOT_FOUND":
      return (
        <>
          No provider serves <ModelId>{resolution.requestedModel}</ModelId>.{" "}
          {WHITESPACE_OR_CONTROL.test(resolution.requestedModel) ? (
            "Model ids contain no spaces or control characters."
          ) : resolution.suggestion !== null ? (
            <>
              Model ids are case-sensitive, and this id matches <ModelId>{resolution.suggestion}</ModelId> when letter
              case is ignored.
            </>
          ) : (
            "It is not a model name or named alias of the catalog, not a dated or -latest variant of a family, and no pattern covers it. The table below lists what routes."
          )}
        </>
      );
  }
}

function MatchPhrase({ match }: { match: ModelMatch }) {
  const requested = <ModelId>{match.requestedModel}</ModelId>;
  const family = <ModelId>{match.family}</ModelId>;

  switch (match.rule) {
    case "exact":
      return <>{requested} is a model of the catalog</>;
    case "named_alias":
      return (
        <>
          {requested} is another name of {family}
        </>
      );
    case "dated_snapshot":
      return (
        <>
          {requested} is a dated snapshot of {family}
        </>
      );
    case "latest_alias":
      return (
        <>
          {requested} is the latest alias of {family}
        </>
      );
    case "pattern":
      return (
        <>
          {requested} matches the pattern {family}
        </>
      );
  }
}

type MatchDetailsProps = { match: ModelMatch; integrationId: string | null; organizationId: string };

function MatchDetails({ match, integrationId, organizationId }: MatchDetailsProps) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-[13px] sm:grid-cols-[10rem_1fr]" data-testid="route-details">
      <DetailRow term="Rule">
        <span className="font-medium">{MATCH_RULE_LABELS[match.rule]}</span>
        <span className="block text-zinc-600 dark:text-zinc-400">{MATCH_RULE_DESCRIPTIONS[match.rule]}</span>
      </DetailRow>
      <DetailRow term={match.rule === "pattern" ? "Pattern" : "Family"}>
        <ModelId>{match.family}</ModelId>
      </DetailRow>
      <DetailRow term="Provider">
        <ProviderLabel provider={match.provider} markSize={16} />
      </DetailRow>
      <DetailRow term="Integration">
        {integrationId === null ? (
          "None"
        ) : (
          <Link
            href={integrationPath(organizationId, integrationId)}
            className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-400"
          >
            {PROVIDER_DISPLAY_NAMES[match.provider]} integration
          </Link>
        )}
      </DetailRow>
      <DetailRow term="Sent upstream as">
        <ModelId>{match.upstreamId}</ModelId>
      </DetailRow>
    </dl>
  );
}

function DetailRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-zinc-500 dark:text-zinc-400">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function ModelId({ children }: { children: ReactNode }) {
  return <code className="break-all rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.92em] dark:bg-zinc-800">{children}</code>;
}
