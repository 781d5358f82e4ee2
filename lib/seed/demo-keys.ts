import { randomBytes } from "node:crypto";

import type { ProviderName } from "@/lib/providers/types";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function randomText(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join("");
}

/**
 * A made-up key in the provider's real shape, fresh on every call, so no two
 * demo databases share a key and no real key is ever in the repository.
 */
export function makeDemoKey(provider: Exclude<ProviderName, "aitronos">): string {
  switch (provider) {
    case "openai":
      return `sk-proj-demo${randomText(20)}T3BlbkFJ${randomText(20)}`;
    case "anthropic":
      // sk-ant-api03- followed by 93 characters and "AA", 108 in all.
      return `sk-ant-api03-${randomText(93)}AA`;
    case "clipdrop":
      return randomBytes(32).toString("hex");
  }
}
