/**
 * Stable error codes of the HTTP API and the server actions, with the HTTP
 * status each one maps to.
 */
export const ERROR_STATUS = {
  AUTHENTICATION_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  CREDENTIAL_REJECTED: 422,
  PROVIDER_UNAVAILABLE: 502,
  RATE_LIMITED: 429,
  MODEL_NOT_FOUND: 404,
  PROVIDER_NOT_CONFIGURED: 404,
  PROVIDER_INACTIVE: 404,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → a message about that field, safe to show to the caller. */
export type FieldErrors = Record<string, string>;

/**
 * An error whose message is safe to show to the caller. It never carries a
 * submitted value, so a credential cannot reach a response through it.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Seconds until a rate-limited caller may retry. */
  readonly retryAfterSeconds?: number;
  /** Extra non-secret facts for the response body, such as the conflicting integration's id. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; retryAfterSeconds?: number; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A configuration problem found at start-up; its message names the variable. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigurationError";
  }
}
