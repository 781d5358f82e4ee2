type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  format?: string;
};

/** A short type label for a JSON Schema, such as "string | null" or "one of: openai, anthropic". */
export function describeSchemaType(schema: JsonSchema): string {
  if (schema.enum) return `one of: ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf) return schema.anyOf.map(describeSchemaType).join(" | ");
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (schema.type === "array" && schema.items) return `array of ${describeSchemaType(schema.items)}`;
  return [schema.type ?? "any", schema.format ? `(${schema.format})` : ""].join(" ").trim();
}

/** The fields of an object schema as a table: name, type, whether required, and notes. */
export function SchemaFields({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return null;
  const required = new Set(schema.required ?? []);
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 pr-4 font-medium">Field</th>
            <th scope="col" className="py-1 pr-4 font-medium">Type</th>
            <th scope="col" className="py-1 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {properties.map(([name, property]) => (
            <tr key={name}>
              <td className="py-1.5 pr-4 font-mono text-xs">{name}</td>
              <td className="py-1.5 pr-4 text-xs text-zinc-700 dark:text-zinc-300">{describeSchemaType(property)}</td>
              <td className="py-1.5 text-xs text-zinc-600 dark:text-zinc-400">
                {[
                  required.has(name) ? "required" : "optional",
                  property.default !== undefined ? `default ${JSON.stringify(property.default)}` : null,
                  property.description ?? null,
                ]
                  .filter(Boolean)
                  .join("; ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
