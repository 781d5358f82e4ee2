import "server-only";

import { ConfigurationError } from "@/lib/errors";

import type { ProviderName } from "./types";

type BaseUrlSetting = { variable: string; defaultUrl: string };

const BASE_URL_SETTINGS: Record<ProviderName, BaseUrlSetting> = {
  openai: { variable: "OPENAI_BASE_URL", defaultUrl: "https://api.openai.com/v1" },
  anthropic: { variable: "ANTHROPIC_BASE_URL", defaultUrl: "https://api.anthropic.com" },
  clipdrop: { variable: "CLIPDROP_BASE_URL", defaultUrl: "https://clipdrop-api.co" },
  aitronos: { variable: "AITRONOS_BASE_URL", defaultUrl: "https://api.aitronos.com/v1" },
};

/**
 * Returns the base URL of a provider's API, without a trailing slash, from its
 * environment variable (read on every call) or the provider's public host.
 * This is the only source of upstream hosts, so no request input can send a
 * stored key elsewhere.
 *
 * Throws ConfigurationError naming the variable when it is set to anything but
 * a plain http(s) URL. URLs with a user name, password, query or fragment are
 * rejected because the check appends paths to the value.
 */
export function providerBaseUrl(provider: ProviderName): string {
  const { variable, defaultUrl } = BASE_URL_SETTINGS[provider];
  const configured = process.env[variable]?.trim();
  if (!configured) return defaultUrl;

  // The message leaves out the value, which could carry a password.
  const invalid = new ConfigurationError(
    `${variable} is not a valid http or https base URL. Set it to a URL such as ${defaultUrl}, without a query or credentials, or unset it to use that default.`,
  );

  let parsed: URL;
  try {
    parsed = new URL(configured);
  } catch {
    throw invalid;
  }

  const isHttp = parsed.protocol === "http:" || parsed.protocol === "https:";
  const hasExtras = parsed.username !== "" || parsed.password !== "" || parsed.search !== "" || parsed.hash !== "";
  if (!isHttp || hasExtras) throw invalid;

  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}
