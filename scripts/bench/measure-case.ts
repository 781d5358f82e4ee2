// Drives one load case with autocannon: an unmeasured warm-up, a pause until
// the server is idle again, then the measured run on fresh connections.
import autocannon, { type AutocannonResult } from "autocannon";

import type { BenchRequest } from "./bench-cases";

export type CaseMeasurement = {
  /** Completed requests per second over the measured run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  /** Bytes received per completed request, headers included. */
  bytesPerRequest: number;
  /** CPU time of the server process per completed request in ms, NaN without /proc or without a completed request. */
  serverCpuMsPerRequest: number;
  /** performance.now() at the start and end of the measured run. */
  measuredFrom: number;
  measuredTo: number;
  /** The reason the run does not count (a status other than 2xx, connection errors, no completed request), or null. */
  failure: string | null;
};

export type LoadSettings = { connections: number; durationSeconds: number; warmupSeconds: number };

function describeFailure(result: AutocannonResult): string | null {
  if (result.requests.total === 0) {
    return "no request completed during the run; raise BENCH_DURATION_SECONDS or lower BENCH_CONNECTIONS";
  }
  if (result.non2xx === 0 && result.errors === 0) return null;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}×${count}`)
    .join(" ");
  return `non_2xx=${result.non2xx} errors=${result.errors} timeouts=${result.timeouts} statuses=${statuses}`;
}

const IDLE_POLL_MS = 200;
// Below this CPU time per poll (10 % of one CPU) the server counts as idle.
const IDLE_CPU_MS_PER_POLL = 20;
const MAX_DRAIN_MS = 10_000;

/**
 * Waits until the server has finished the requests the warm-up left behind.
 * Autocannon closes its connections when a run ends, but the server still
 * works through the requests it had already read, and slow pages would
 * otherwise eat into the measured run.
 */
async function waitUntilIdle(serverCpuMs: () => number): Promise<void> {
  const deadline = performance.now() + MAX_DRAIN_MS;
  let previous = serverCpuMs();
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    const current = serverCpuMs();
    // NaN (no /proc) compares false, which ends the wait at once.
    if (!(current - previous >= IDLE_CPU_MS_PER_POLL)) return;
    previous = current;
  }
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
  await waitUntilIdle(serverCpuMs);
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
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : Number.NaN,
    serverCpuMsPerRequest: result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : Number.NaN,
    measuredFrom,
    measuredTo,
    failure: describeFailure(result),
  };
}
