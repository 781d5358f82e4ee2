import "server-only";

/** Where a request came from, for audit events and throttling. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name);
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * The client address: the last entry of X-Forwarded-For, which is the one the
 * nearest proxy (Next's own server, or a load balancer in front of it) added.
 * Earlier entries come from the client and are not trusted.
 */
export function requestOrigin(headers: HeaderSource): RequestOrigin {
  const forwarded = readHeader(headers, "x-forwarded-for");
  const hops = forwarded?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  const ip = hops.at(-1) ?? readHeader(headers, "x-real-ip") ?? null;
  return { ip: ip ? ip.slice(0, 64) : null, userAgent: readHeader(headers, "user-agent")?.slice(0, 512) ?? null };
}
