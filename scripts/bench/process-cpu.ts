// The CPU time a process has used, from /proc (Linux only). CPU time per
// request changes less than requests per second when other processes compete
// for the cores, so it compares two builds more reliably on a busy machine.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      // Without getconf, assume USER_HZ = 100, its value on x86 and arm64 Linux.
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Returns the user plus system CPU time of the process in ms, or NaN where /proc is not available. */
export function processCpuMs(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return Number.NaN;
  }
  // The command name (field 2) may contain spaces, so fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicksPerSecond();
}
