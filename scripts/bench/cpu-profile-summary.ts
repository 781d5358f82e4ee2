// Sums the time of a V8 CPU profile (the .cpuprofile JSON that `node
// --cpu-prof` writes) by function and by owner: an npm package, a project
// source file, a Node built-in or V8 itself. Frames in Next's minified build
// output are mapped back to their sources through the build's source maps.
import fs from "node:fs";
import { SourceMap, type SourceMapping } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** A sampled frame's label and owner, after source mapping. */
type ResolvedFrame = { label: string; owner: string };

export type TimeRow = { name: string; ms: number; share: number };
export type ProfileSummary = {
  busyMs: number;
  idleMs: number;
  /** Self time per function. */
  functions: TimeRow[];
  /** Self time per owner. */
  owners: TimeRow[];
  /** Time of the samples that have the owner anywhere on their synchronous stack. */
  inclusiveOwners: TimeRow[];
};

/** Milliseconds from the start of the profile; samples outside the window are skipped. */
export type ProfileWindow = { fromMs?: number; toMs?: number };

const IDLE = "(idle)";

function ownerOfPath(source: string): string {
  const modules = source.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = source.slice(modules + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  // Project sources appear in the maps as paths relative to the chunk, such as ../../../lib/x.ts.
  return source.replace(/^(\.\.\/)+/, "").replace(/^\[project\]\//, "");
}

/** Resolves frames to labels and owners, loading each build file's source map once. */
class FrameResolver {
  private readonly maps = new Map<string, SourceMap | null>();

  resolve(frame: CallFrame): ResolvedFrame {
    const name = frame.functionName || "(anonymous)";
    if (!frame.url) return { label: name, owner: name.startsWith("(") ? name : "(native)" };
    if (frame.url.startsWith("wasm://")) return { label: `${name} ${frame.url}`, owner: frame.url };
    if (frame.url.startsWith("node:")) return { label: `${name} ${frame.url}:${frame.lineNumber + 1}`, owner: "node: built-ins" };

    const file = frame.url.startsWith("file://") ? fileURLToPath(frame.url) : frame.url;
    const entry = file.includes("/.next/") ? this.originalPosition(file, frame) : undefined;
    if (entry) {
      const source = ownerOfPath(entry.originalSource);
      const owner = entry.originalSource.includes("node_modules/") ? source : `app: ${source}`;
      return { label: `${entry.name ?? name} ${source}:${entry.originalLine + 1}`, owner };
    }
    const source = file.includes("node_modules/") ? file.slice(file.lastIndexOf("node_modules/") + 13) : file;
    return { label: `${name} ${source}:${frame.lineNumber + 1}`, owner: ownerOfPath(file) };
  }

  private originalPosition(file: string, frame: CallFrame): (SourceMapping & { name?: string }) | undefined {
    const entry = this.mapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber);
    // findEntry returns an empty object for a position the map does not cover.
    return entry && "originalSource" in entry && entry.originalSource ? entry : undefined;
  }

  private mapOf(file: string): SourceMap | null {
    if (!this.maps.has(file)) {
      let map: SourceMap | null = null;
      try {
        map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
      } catch {
        // No map next to this file: its frames keep their build positions.
      }
      this.maps.set(file, map);
    }
    return this.maps.get(file) ?? null;
  }
}

function topRows(totals: Map<string, number>, busyMs: number, limit: number): TimeRow[] {
  return [...totals.entries()]
    .sort((left, right) => right[1] - left[1])
    .slice(0, limit)
    .map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 }));
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

/**
 * Reads a profile and sums its samples. A sample's time is the interval until
 * the next sample, as Chrome DevTools counts it. Idle time is reported apart,
 * and shares are of the busy (non-idle) time.
 */
export function summarizeCpuProfile(file: string, window: ProfileWindow = {}, limit = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const resolver = new FrameResolver();
  const resolved = new Map(profile.nodes.map((node) => [node.id, resolver.resolve(node.callFrame)]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const byOwnerInclusive = new Map<string, number>();
  let idleMs = 0;
  let busyMs = 0;
  let elapsedMs = 0;

  for (let index = 0; index < profile.samples.length - 1; index += 1) {
    elapsedMs += profile.timeDeltas[index] / 1000;
    if (window.fromMs !== undefined && elapsedMs < window.fromMs) continue;
    if (window.toMs !== undefined && elapsedMs > window.toMs) break;

    const frame = resolved.get(profile.samples[index]);
    if (!frame) continue;
    const ms = profile.timeDeltas[index + 1] / 1000;
    if (frame.label === IDLE) {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    add(byFunction, frame.label, ms);
    add(byOwner, frame.owner, ms);

    const owners = new Set<string>();
    for (let id: number | undefined = profile.samples[index]; id !== undefined; id = parentOf.get(id)) {
      const owner = resolved.get(id)?.owner;
      if (owner && owner !== "(root)") owners.add(owner);
    }
    for (const owner of owners) add(byOwnerInclusive, owner, ms);
  }

  return {
    busyMs,
    idleMs,
    functions: topRows(byFunction, busyMs, limit),
    owners: topRows(byOwner, busyMs, limit),
    inclusiveOwners: topRows(byOwnerInclusive, busyMs, limit),
  };
}

export function formatProfileSummary(title: string, summary: ProfileSummary): string {
  const row = (entry: TimeRow) =>
    `  ${(entry.share * 100).toFixed(1).padStart(5)}% ${entry.ms.toFixed(0).padStart(7)} ms  ${entry.name}`;
  return [
    `PROFILE ${title}`,
    `busy ${(summary.busyMs / 1000).toFixed(1)} s, idle ${(summary.idleMs / 1000).toFixed(1)} s; shares are of busy time`,
    "self time by owner:",
    ...summary.owners.map(row),
    "time with the owner on the synchronous stack:",
    ...summary.inclusiveOwners.map(row),
    "self time by function:",
    ...summary.functions.map(row),
  ].join("\n");
}
