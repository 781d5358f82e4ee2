// The requests of each load case. Every request of every case must return 200;
// the runner counts any other status as a failure of the case.
import type { CaseName } from "./bench-options";
import type { BenchFixture } from "./seed-bench-data";

export type BenchRequest = { method: "GET"; path: string; headers: Record<string, string> };

// Every provider and every matching rule: exact names (a chat model, an image
// model, a ClipDrop operation), dated snapshots, -latest, a named alias and a pattern.
const RESOLVE_MODELS = [
  "gpt-4o",
  "gpt-4o-mini-2024-07-18",
  "chatgpt-4o-latest",
  "claude-3-5-sonnet-20241022",
  "claude-3-opus-latest",
  "ftg-2.0",
  "freddy-7b",
  "dall-e-3",
  "clipdrop-upscale",
];

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/**
 * Builds the request sequence of a case. Each autocannon connection loops over
 * its sequence, so the resolve case alternates organizations and models.
 */
export function caseRequests(name: CaseName, fixture: BenchFixture, sessionCookie: string): BenchRequest[] {
  switch (name) {
    case "baseline":
      return [{ method: "GET", path: "/api/health/live", headers: {} }];

    case "resolve": {
      // Nine models and the default sixteen organizations share no factor, so
      // over 9 × 16 requests every pair comes up once and both change on every request.
      const targets = fixture.resolveTargets;
      return Array.from({ length: RESOLVE_MODELS.length * targets.length }, (_, index) => {
        const model = RESOLVE_MODELS[index % RESOLVE_MODELS.length];
        const target = targets[index % targets.length];
        return {
          method: "GET" as const,
          path: `/api/v1/organizations/${target.organizationId}/routes/${encodeURIComponent(model)}`,
          headers: bearer(target.token),
        };
      });
    }

    case "list":
      return [
        {
          method: "GET",
          path: `/api/v1/organizations/${fixture.largeOrganizationId}/provider-integrations`,
          headers: bearer(fixture.listToken),
        },
      ];

    case "page":
      return [
        {
          method: "GET",
          path: `/organizations/${fixture.largeOrganizationId}/integrations`,
          headers: { Cookie: sessionCookie, Accept: "text/html" },
        },
      ];
  }
}
