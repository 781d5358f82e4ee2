// Drives one load case with autocannon: an unmeasured warm-up, then the
// measured run on fresh connections.
import autocannon, { type AutocannonResult } from "autocannon";

import type { BenchRequest } from "./bench-cases";

export type CaseMeasurement = {
  /** Completed requests per second over the measured run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  /** Why the run does not count (a status other than 2xx, connection errors), or null. */
  failure: string | null;
};

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

function describeFailure(result: AutocannonResult): string | null {
  if (result.non2xx === 0 && result.errors === 0) return null;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}×${count}`)
    .join(" ");
  return `non_2xx=${result.non2xx} errors=${result.errors} timeouts=${result.timeouts} statuses=${statuses}`;
}

export async function measureCase(origin: string, requests: BenchRequest[], settings: LoadSettings): Promise<CaseMeasurement> {
  const run = (duration: number) =>
    autocannon({ url: origin, connections: settings.connections, duration, timeout: 10, requests });

  await run(settings.warmupSeconds);
  const result = await run(settings.durationSeconds);
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    completed: result.requests.total,
    failure: describeFailure(result),
  };
}
