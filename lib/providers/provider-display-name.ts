import "server-only";

import type { ProviderName } from "./types";

const DISPLAY_NAMES: Record<ProviderName, string> = {
  aitronos: "Aitronos",
  openai: "OpenAI",
  anthropic: "Anthropic",
  clipdrop: "ClipDrop",
};

/** Returns the provider's name as people write it, such as "OpenAI". */
export function providerDisplayName(provider: ProviderName): string {
  return DISPLAY_NAMES[provider];
}
