// Prints the top self-time functions and packages of a .cpuprofile file:
//   node --import tsx scripts/bench/summarize-cpu-profile.ts FILE [LIMIT]
import { formatProfileSummary, summarizeCpuProfile } from "./cpu-profile-summary";

const [file, limitArgument] = process.argv.slice(2);
if (!file) {
  console.error("Usage: summarize-cpu-profile.ts FILE.cpuprofile [LIMIT]");
  process.exit(2);
}
const limit = limitArgument ? Number(limitArgument) : 25;
if (!Number.isInteger(limit) || limit <= 0) {
  console.error(`LIMIT must be a positive integer, got "${limitArgument}".`);
  process.exit(2);
}
console.log(formatProfileSummary(file, summarizeCpuProfile(file, limit)));
