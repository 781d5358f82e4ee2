import { NextResponse } from "next/server";

import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

// Built once per process: the document only changes with the code.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** The OpenAPI 3.1 document; public, since it describes the API and holds no data. */
export function GET(): Response {
  document ??= buildOpenApiDocument();
  return NextResponse.json(document, { headers: { "Cache-Control": "no-store" } });
}
