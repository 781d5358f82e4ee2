/**
 * Whether a request's Origin header names this server: the Host it was sent
 * to, or the configured public URL. A request without Origin is not same-origin:
 * browsers send it on every cross-site and same-site write.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowedHosts = new Set<string>();
  const host = headers.get("host");
  if (host) allowedHosts.add(host);
  for (const configured of [process.env.NEXTAUTH_URL, process.env.AUTH_URL]) {
    if (!configured) continue;
    try {
      allowedHosts.add(new URL(configured).host);
    } catch {
      // An invalid URL allows nothing.
    }
  }
  return allowedHosts.has(originHost);
}
