/** A unique index: its PostgreSQL name and its columns. */
export type UniqueIndex = { name: string; columns: string[] };

export const ONE_ACTIVE_INDEX: UniqueIndex = {
  name: "provider_integrations_one_active_per_provider",
  columns: ["organization_id", "provider_name"],
};
export const CREATION_REQUEST_INDEX: UniqueIndex = {
  name: "provider_integrations_organization_id_creation_request_id_key",
  columns: ["organization_id", "creation_request_id"],
};

/**
 * Whether a Prisma error is a unique-constraint violation, optionally of one
 * index. Drivers report it differently: Prisma's P2002 naming the columns
 * (the pg adapter), or a DriverAdapterError whose cause carries PostgreSQL's
 * code 23505 and the index name (the PGlite adapter). Both forms are matched.
 */
export function isUniqueViolation(error: unknown, index?: UniqueIndex): boolean {
  if (!(error instanceof Error)) return false;
  const { code, cause, meta } = error as {
    code?: string;
    meta?: unknown;
    cause?: { kind?: string; code?: string; message?: string; constraint?: unknown };
  };
  const isUnique = code === "P2002" || cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505";
  if (!isUnique || !index) return isUnique;

  const text = [error.message, cause?.message, JSON.stringify(cause?.constraint ?? null), JSON.stringify(meta ?? null)].join(" ");
  if (text.includes(index.name)) return true;
  const columnsInText = /\(([^)]*)\)/.exec(text.slice(text.indexOf("fields")))?.[1] ?? "";
  const named = columnsInText.split(",").map((column) => column.replace(/[`"\s]/g, ""));
  return index.columns.every((column) => named.includes(column)) && named.length === index.columns.length;
}
