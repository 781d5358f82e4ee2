import type { ProviderName } from "@/lib/providers/types";

/** What each provider's integration takes. Shared by the form (which fields to show) and the server (which to accept). */
export type ProviderFieldRules = {
  /** Whether an API key is required; Aitronos takes none. */
  apiKey: boolean;
  /** The provider's own organization id (OpenAI "org-…", Anthropic's organization id). */
  orgId: boolean;
  /** OpenAI's project id ("proj_…"); only OpenAI has projects. */
  projectId: boolean;
};

export const PROVIDER_FIELD_RULES: Record<ProviderName, ProviderFieldRules> = {
  aitronos: { apiKey: false, orgId: false, projectId: false },
  openai: { apiKey: true, orgId: true, projectId: true },
  anthropic: { apiKey: true, orgId: true, projectId: false },
  clipdrop: { apiKey: true, orgId: false, projectId: false },
};

export const PROVIDER_LABELS: Record<ProviderName, string> = {
  aitronos: "Aitronos",
  openai: "OpenAI",
  anthropic: "Anthropic",
  clipdrop: "ClipDrop",
};
