/**
 * Whether a Prisma error is a unique-constraint violation, optionally of one
 * named index. The pg and PGlite driver adapters report it differently: a
 * DriverAdapterError whose cause has kind "UniqueConstraintViolation" (pg) or
 * PostgreSQL's code 23505 (PGlite); Prisma's own engines use P2002.
 */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  if (!(error instanceof Error)) return false;
  const cause = (error as { cause?: { kind?: string; code?: string; message?: string; constraint?: unknown } }).cause;
  const code = (error as { code?: string }).code;
  const matches = code === "P2002" || cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505";
  if (!matches || !indexName) return matches;
  const text = `${error.message} ${cause?.message ?? ""} ${JSON.stringify(cause?.constraint ?? "")}`;
  return text.includes(indexName);
}

export const ONE_ACTIVE_INDEX = "provider_integrations_one_active_per_provider";
export const CREATION_REQUEST_INDEX = "provider_integrations_organization_id_creation_request_id_key";
