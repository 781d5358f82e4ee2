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
  /** CPU time of the server process per completed request in ms, NaN where it cannot be read. */
  serverCpuMsPerRequest: number;
  /** performance.now() at the start and end of the measured run. */
  measuredFrom: number;
  measuredTo: number;
  /** The reason the run does not count (a status other than 2xx, connection errors), or null. */
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

/** Runs a case against the server at `origin`; `serverCpuMs` returns the server process's CPU time so far. */
export async function measureCase(
  origin: string,
  requests: BenchRequest[],
  settings: LoadSettings,
  serverCpuMs: () => number,
): Promise<CaseMeasurement> {
  const run = (duration: number) =>
    autocannon({ url: origin, connections: settings.connections, duration, timeout: 10, requests });

  await run(settings.warmupSeconds);
  const cpuBefore = serverCpuMs();
  const measuredFrom = performance.now();
  const result = await run(settings.durationSeconds);
  const measuredTo = performance.now();
  const cpuAfter = serverCpuMs();
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    completed: result.requests.total,
    serverCpuMsPerRequest: (cpuAfter - cpuBefore) / result.requests.total,
    measuredFrom,
    measuredTo,
    failure: describeFailure(result),
  };
}
