// Prints where the time of a .cpuprofile file went:
//   node --import tsx scripts/bench/summarize-cpu-profile.ts FILE [--from S] [--to S] [--top N]
// --from and --to restrict it to a window in seconds from the profile's start.
import { parseArgs } from "node:util";

import { formatProfileSummary, summarizeCpuProfile } from "./cpu-profile-summary";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: "string" }, to: { type: "string" }, top: { type: "string", default: "25" } },
});

function seconds(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`--${name} must be a number of seconds, got "${raw}".`);
    process.exit(2);
  }
  return value * 1000;
}

const [file] = positionals;
if (!file) {
  console.error("Usage: summarize-cpu-profile.ts FILE.cpuprofile [--from SECONDS] [--to SECONDS] [--top N]");
  process.exit(2);
}
const top = Number(values.top);
if (!Number.isInteger(top) || top <= 0) {
  console.error(`--top must be a positive integer, got "${values.top}".`);
  process.exit(2);
}
const window = { fromMs: seconds("from", values.from), toMs: seconds("to", values.to) };
console.log(formatProfileSummary(file, summarizeCpuProfile(file, window, top)));
