import pino from "pino";

// Every path that could hold a credential, at the top level and one level down.
// pino's wildcards match a single level, hence both forms.
const CREDENTIAL_FIELDS = [
  "provider_api_key",
  "providerApiKey",
  "api_key",
  "apiKey",
  "password",
  "passwordHash",
  "secret",
  "token",
  "authorization",
  "cookie",
  "plaintext",
  "ciphertext",
];
const REDACTED_PATHS = [
  ...CREDENTIAL_FIELDS,
  ...CREDENTIAL_FIELDS.map((field) => `*.${field}`),
  'headers["x-api-key"]',
  '*.headers["x-api-key"]',
  "*.headers.authorization",
];

/**
 * The application logger: JSON lines on standard output carrying ids and
 * outcomes, never request bodies. LOG_LEVEL sets the level (default "info").
 */
export const logger = pino({
  level: process.env.LOG_LEVEL?.trim() || "info",
  base: { service: "switchboard" },
  redact: { paths: REDACTED_PATHS, censor: "[REDACTED]" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** The parts of an unexpected error worth logging: its type and message, and the stack in debug. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { type: error.name, message: error.message, stack: error.stack };
  }
  return { type: typeof error, message: String(error) };
}
