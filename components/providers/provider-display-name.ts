import type { ProviderName } from "@/lib/providers/types";

/** The name shown to people for each provider. */
export const PROVIDER_DISPLAY_NAMES: Record<ProviderName, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  clipdrop: "ClipDrop",
  aitronos: "Aitronos",
};
