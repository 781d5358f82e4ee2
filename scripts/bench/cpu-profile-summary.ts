// Sums the self time of a V8 CPU profile (the .cpuprofile JSON that
// `node --cpu-prof` writes) by function and by package.
import fs from "node:fs";
import path from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type SelfTimeRow = { name: string; selfMs: number; share: number };
export type ProfileSummary = { busyMs: number; idleMs: number; functions: SelfTimeRow[]; packages: SelfTimeRow[] };

const IDLE = "(idle)";

/** Returns where a script belongs: its npm package, a Node built-in, the app's build output, or V8 itself. */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node: built-ins";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.includes("/.next/")) return `.next/${url.split("/.next/")[1].split("/").slice(0, 2).join("/")}`;
  return path.basename(url);
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  const build = url.indexOf("/.next/");
  if (build >= 0) return url.slice(build + 1);
  return url.replace(/^file:\/\//, "");
}

function functionKey(frame: CallFrame): string {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  return `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

function topRows(totals: Map<string, number>, busyMs: number, limit: number): SelfTimeRow[] {
  return [...totals.entries()]
    .sort((left, right) => right[1] - left[1])
    .slice(0, limit)
    .map(([name, selfMs]) => ({ name, selfMs, share: busyMs > 0 ? selfMs / busyMs : 0 }));
}

/**
 * Reads a profile and sums self time per function and per package. A sample's
 * time is the interval until the next sample, as Chrome DevTools counts it.
 * Idle time is reported apart, and shares are of the busy (non-idle) time.
 */
export function summarizeCpuProfile(file: string, limit = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));

  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let idleMs = 0;
  let busyMs = 0;

  for (let index = 0; index < profile.samples.length - 1; index += 1) {
    const frame = frames.get(profile.samples[index]);
    if (!frame) continue;
    const ms = profile.timeDeltas[index + 1] / 1000;
    if (frame.functionName === IDLE) {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    const key = functionKey(frame);
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const owner = packageOf(frame.url, frame.functionName);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + ms);
  }

  return {
    busyMs,
    idleMs,
    functions: topRows(byFunction, busyMs, limit),
    packages: topRows(byPackage, busyMs, limit),
  };
}

export function formatProfileSummary(file: string, summary: ProfileSummary): string {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `PROFILE ${file}`,
    `busy ${(summary.busyMs / 1000).toFixed(1)} s, idle ${(summary.idleMs / 1000).toFixed(1)} s; shares are of busy time`,
    "top self time by package:",
    ...summary.packages.map((row) => `  ${percent(row.share)} ${row.selfMs.toFixed(0).padStart(7)} ms  ${row.name}`),
    "top self time by function:",
    ...summary.functions.map((row) => `  ${percent(row.share)} ${row.selfMs.toFixed(0).padStart(7)} ms  ${row.name}`),
  ];
  return lines.join("\n");
}
