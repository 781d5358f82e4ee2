import type { AppServer } from "@/tests/support/app-server";

export type ApiResponse = {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or null for an empty body. */
  body: any;
};

export type ApiRequestOptions = {
  token: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** Sends one HTTP API request with a bearer token and parses the JSON response. */
export async function callApi(server: AppServer, method: string, requestPath: string, options: ApiRequestOptions): Promise<ApiResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await server.request(requestPath, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? null : JSON.parse(text) };
}

/** Returns the path of an organization's integrations, or of one of them. */
export function integrationsPath(organizationId: string, integrationId?: string): string {
  const base = `/api/v1/organizations/${organizationId}/provider-integrations`;
  return integrationId ? `${base}/${integrationId}` : base;
}
