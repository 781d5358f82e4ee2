// The benchmark's output lines and the goals they are checked against.
import os from "node:os";

import type { BenchOptions, CaseName, EngineName } from "./bench-options";
import type { CaseMeasurement } from "./measure-case";

/** The targets on the 2-core reference machine. A missing bound is not checked. */
type Goal = { minRatio?: number; maxP99Ms?: number };

export const GOALS: Partial<Record<CaseName, Goal>> = {
  resolve: { minRatio: 0.5, maxP99Ms: 50 },
  list: { minRatio: 0.3, maxP99Ms: 150 },
  page: { maxP99Ms: 400 },
};

function round(value: number, digits: number): string {
  return value.toFixed(digits);
}

export function engineLine(engine: EngineName, options: BenchOptions): string {
  const [load1, load5] = os.loadavg();
  return (
    `ENGINE ${engine} organizations=${options.organizations} integrations=${options.integrations} ` +
    `connections=${options.connections} duration_s=${options.durationSeconds} warmup_s=${options.warmupSeconds} ` +
    `load_1m=${round(load1, 2)} load_5m=${round(load5, 2)} cpus=${os.cpus().length}`
  );
}

/**
 * Returns a warning when the 1-minute load average exceeds the number of CPUs,
 * a sign that other processes compete with the server and will lower its numbers.
 */
export function loadWarning(): string | null {
  const [load1] = os.loadavg();
  const cpus = os.cpus().length;
  if (load1 <= cpus) return null;
  return `# warning: the load average is ${round(load1, 2)} on ${cpus} CPUs, so other processes compete with the server; compare CPU lines rather than rps`;
}

export function caseLine(name: CaseName, measurement: CaseMeasurement, baselineRps: number): string {
  return (
    `BENCH ${name} rps=${round(measurement.rps, 0)} p50_ms=${round(measurement.p50Ms, 1)} ` +
    `p99_ms=${round(measurement.p99Ms, 1)} baseline_rps=${round(baselineRps, 0)} ` +
    `ratio=${round(measurement.rps / baselineRps, 2)}`
  );
}

/**
 * Formats the server's CPU time per request, which other load on the machine
 * distorts less than requests per second, and the size of each response,
 * which the cost of rendering a page grows with.
 */
export function cpuLine(name: CaseName, measurement: CaseMeasurement): string {
  const perRequest = Number.isNaN(measurement.serverCpuMsPerRequest) ? "n/a" : round(measurement.serverCpuMsPerRequest, 2);
  const bytes = Number.isNaN(measurement.bytesPerRequest) ? "n/a" : round(measurement.bytesPerRequest, 0);
  return `CPU ${name} server_cpu_ms_per_request=${perRequest} bytes_per_response=${bytes} requests=${measurement.completed}`;
}

/** Returns the unmet goals of a case as short phrases, empty when every goal is met. */
export function unmetGoals(name: CaseName, measurement: CaseMeasurement, baselineRps: number): string[] {
  const goal = GOALS[name];
  if (!goal) return [];
  const unmet: string[] = [];
  const ratio = measurement.rps / baselineRps;
  if (goal.minRatio !== undefined && ratio < goal.minRatio) unmet.push(`ratio ${round(ratio, 2)} < ${goal.minRatio}`);
  if (goal.maxP99Ms !== undefined && measurement.p99Ms > goal.maxP99Ms) {
    unmet.push(`p99 ${round(measurement.p99Ms, 1)} ms > ${goal.maxP99Ms} ms`);
  }
  return unmet;
}
