import { z } from "zod";

import { PERMISSION_TABLE } from "@/lib/access/permissions";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { API_ENDPOINTS, type ApiEndpoint } from "@/lib/openapi/api-endpoints";
import { errorBodySchema } from "@/lib/openapi/response-schemas";

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    // Transforms (trimming a key, parsing a cursor) cannot be expressed in JSON
    // Schema; the input side they accept is documented instead.
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
}

function queryParameters(endpoint: ApiEndpoint) {
  if (!endpoint.query) return [];
  const schema = toJsonSchema(endpoint.query, "input");
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema: property,
  }));
}

function errorResponses(codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus.entries()].map(([status, statusCodes]) => [
      String(status),
      {
        description: `Error codes: ${statusCodes.join(", ")}.`,
        ...(status === 429 ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } } } : {}),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
}

function operation(endpoint: ApiEndpoint) {
  const successResponses = Object.fromEntries(
    Object.entries(endpoint.success).map(([status, schema]) => [
      status,
      schema
        ? { description: "Success.", content: { "application/json": { schema: toJsonSchema(schema, "output") } } }
        : { description: "Success, with no body." },
    ]),
  );
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description || endpoint.permission
      ? {
          description: [
            endpoint.description,
            endpoint.permission ? `Roles allowed: ${PERMISSION_TABLE[endpoint.permission].join(", ")}.` : null,
          ]
            .filter(Boolean)
            .join(" "),
        }
      : {}),
    tags: [endpoint.tag],
    ...(endpoint.public ? { security: [] } : {}),
    parameters: [
      ...pathParameters(endpoint.path),
      ...queryParameters(endpoint),
      ...(endpoint.headers ?? []).map((header) => ({
        name: header.name,
        in: "header",
        required: false,
        description: header.description,
        schema: { type: "string" },
      })),
    ],
    ...(endpoint.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toJsonSchema(endpoint.body, "input") } } } }
      : {}),
    responses: { ...successResponses, ...errorResponses(endpoint.errors) },
  };
}

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas
 * the handlers validate requests with, so it cannot drift from them.
 */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard API",
      version: "1.0.0",
      description:
        "Which provider and integration serve a model for an organization, and the organization's provider integrations. Keys are write-only: every read returns \"[ENCRYPTED]\" or null.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...new Set(API_ENDPOINTS.map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An organization API token (sb_…), created by an admin in the console.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The console's session cookie; writes also need a same-origin Origin header.",
        },
      },
      schemas: { Error: toJsonSchema(errorBodySchema, "output") },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
