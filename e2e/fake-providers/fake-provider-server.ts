import http from "node:http";
import type { AddressInfo } from "node:net";

import { replyAsAnthropic } from "./anthropic-fake";
import { replyAsClipDrop } from "./clipdrop-fake";
import type { FakeIncomingRequest, FakeProviderName, FakeReply } from "./fake-reply";
import { replyAsOpenAi } from "./openai-fake";

export type { FakeProviderName } from "./fake-reply";

/** One request as the fake server received it, credentials included, for tests to inspect. */
export type FakeProviderRequest = {
  /** Null when the path matched no provider prefix. */
  provider: FakeProviderName | null;
  method: string;
  /** The whole request path with the provider prefix and query, such as "/openai/v1/models". */
  path: string;
  /** The Host header, which shows the address the client meant to reach. */
  host: string | null;
  /** The key from `Authorization: Bearer` (OpenAI) or `x-api-key` (Anthropic, ClipDrop). */
  apiKey: string | null;
  organization: string | null;
  project: string | null;
  anthropicVersion: string | null;
  contentType: string | null;
};

export type FakeProviders = {
  /** Such as "http://127.0.0.1:4010". */
  origin: string;
  /** The values for OPENAI_BASE_URL, ANTHROPIC_BASE_URL and CLIPDROP_BASE_URL. */
  baseUrls: Record<FakeProviderName, string>;
  /** Every request received so far, oldest first. Tests may empty it with `requests.length = 0`. */
  requests: FakeProviderRequest[];
  /** Stops the server, dropping open connections and pending slow replies. */
  close(): Promise<void>;
};

export type FakeProvidersOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Only the loopback address is allowed, so the fake is never reachable from elsewhere. */
  host?: "127.0.0.1";
};

// The path prefix of each provider and the part of its real base URL it stands for.
const PROVIDER_ROUTES: Record<FakeProviderName, { prefix: string; basePath: string; createReply: (request: FakeIncomingRequest) => FakeReply }> = {
  openai: { prefix: "/openai", basePath: "/openai/v1", createReply: replyAsOpenAi },
  anthropic: { prefix: "/anthropic", basePath: "/anthropic", createReply: replyAsAnthropic },
  clipdrop: { prefix: "/clipdrop", basePath: "/clipdrop", createReply: replyAsClipDrop },
};

// Request bodies are only inspected for ClipDrop's form fields; larger bodies are cut.
const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/**
 * Starts one HTTP server on 127.0.0.1 that imitates the OpenAI, Anthropic and
 * ClipDrop credential checks under the path prefixes /openai, /anthropic and
 * /clipdrop. The key sent picks the reply (see each provider's fake).
 */
export async function startFakeProviders(options: FakeProvidersOptions = {}): Promise<FakeProviders> {
  const host = options.host ?? "127.0.0.1";
  const requests: FakeProviderRequest[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();

  const server = http.createServer((request, response) => {
    handleRequest(request, response, requests, pendingTimers).catch((error: unknown) => {
      // Only the fake's own faults land here; the message is its own text, not a request value.
      console.error(`fake provider server failed on ${request.method} ${request.url}:`, error instanceof Error ? error.message : error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("fake provider server error");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    baseUrls: {
      openai: `${origin}${PROVIDER_ROUTES.openai.basePath}`,
      anthropic: `${origin}${PROVIDER_ROUTES.anthropic.basePath}`,
      clipdrop: `${origin}${PROVIDER_ROUTES.clipdrop.basePath}`,
    },
    requests,
    close: async () => {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();

      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Hanging requests and idle keep-alive connections would otherwise hold close() open.
      server.closeAllConnections();
      await closed;
    },
  };
}

async function handleRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  requests: FakeProviderRequest[],
  pendingTimers: Set<NodeJS.Timeout>,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://fake.invalid");
  const route = findRoute(url.pathname);
  const headers = request.headers as Record<string, string | undefined>;
  requests.push(recordRequest(request, route?.provider ?? null));

  const body = await readBody(request);
  if (!route) {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("No fake provider serves this path. Use /openai, /anthropic or /clipdrop.");
    return;
  }

  const reply = route.createReply({ method: request.method ?? "GET", path: route.path, headers, body });
  sendReply(reply, request, response, pendingTimers);
}

function findRoute(pathname: string): { provider: FakeProviderName; path: string; createReply: (request: FakeIncomingRequest) => FakeReply } | null {
  for (const [provider, route] of Object.entries(PROVIDER_ROUTES) as [FakeProviderName, (typeof PROVIDER_ROUTES)[FakeProviderName]][]) {
    if (pathname === route.prefix || pathname.startsWith(`${route.prefix}/`)) {
      return { provider, path: pathname.slice(route.prefix.length) || "/", createReply: route.createReply };
    }
  }
  return null;
}

function recordRequest(request: http.IncomingMessage, provider: FakeProviderName | null): FakeProviderRequest {
  const header = (name: string): string | null => {
    const value = request.headers[name];
    return typeof value === "string" ? value : null;
  };
  const bearer = /^Bearer\s+(.+)$/i.exec(header("authorization") ?? "");

  return {
    provider,
    method: request.method ?? "",
    path: request.url ?? "",
    host: header("host"),
    apiKey: bearer ? bearer[1] : header("x-api-key"),
    organization: header("openai-organization"),
    project: header("openai-project"),
    anthropicVersion: header("anthropic-version"),
    contentType: header("content-type"),
  };
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    if (size + buffer.length > MAX_REQUEST_BODY_BYTES) continue;
    chunks.push(buffer);
    size += buffer.length;
  }
  return Buffer.concat(chunks);
}

function sendReply(reply: FakeReply, request: http.IncomingMessage, response: http.ServerResponse, pendingTimers: Set<NodeJS.Timeout>): void {
  if (reply.kind === "hang") return;
  if (reply.kind === "reset") {
    request.socket.destroy();
    return;
  }

  const send = (): void => {
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
  };
  if (!reply.delayMs) {
    send();
    return;
  }

  const timer = setTimeout(() => {
    pendingTimers.delete(timer);
    if (!response.destroyed) send();
  }, reply.delayMs);
  pendingTimers.add(timer);
}
