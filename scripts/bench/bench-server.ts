// Runs the production build (`next start`) on 127.0.0.1 against the bench
// database, optionally under `node --cpu-prof`, with its output in a log file.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

import type { EngineName } from "./bench-options";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const READY_TIMEOUT_MS = 60_000;
// Writing a CPU profile of a few minutes of load takes a few seconds.
const STOP_TIMEOUT_MS = 30_000;

export type BenchServer = {
  origin: string;
  logPath: string;
  pid: number;
  /** performance.now() when the process was spawned, which is close to the start of its CPU profile. */
  startedAt: number;
  /** The profile written when the server stopped, or undefined without profiling. */
  stop(): Promise<string | undefined>;
};

export type BenchServerOptions = {
  engine: EngineName;
  /** A free port is taken when this is undefined. */
  port: number | undefined;
  /** Variables that select the database and its secrets. */
  environment: Record<string, string>;
  logDir: string;
  cpuProfileDir: string | undefined;
};

/**
 * Returns `requested` when nothing listens on it, or a port the system picks
 * when it is undefined. A busy port is an error rather than a skip, because
 * the readiness check would otherwise measure whatever server already listens there.
 */
function reservePort(requested: number | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${requested} on 127.0.0.1 is in use; set BENCH_PORT to a free port or leave it unset.`)
          : error,
      );
    });
    probe.listen(requested ?? 0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilLive(origin: string, server: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode} before it was ready; see ${logPath}.`);
    }
    try {
      const response = await fetch(`${origin}/api/health/live`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not respond at ${origin}/api/health/live within ${READY_TIMEOUT_MS / 1000} s; see ${logPath}.`);
}

function waitForExit(server: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const port = await reservePort(options.port);
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.environment,
    NODE_ENV: "production",
    // Next would otherwise report usage to its telemetry service; the bench sends traffic to 127.0.0.1 only.
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    NEXTAUTH_URL: origin,
  };
  if (options.engine === "pglite") delete env.DATABASE_URL;

  const profileName = `switchboard-${options.engine}-${Date.now()}.cpuprofile`;
  const profileArgs = options.cpuProfileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${profileName}`]
    : [];

  fs.mkdirSync(options.logDir, { recursive: true });
  const logPath = path.join(options.logDir, `server-${options.engine}.log`);
  const log = fs.openSync(logPath, "w");
  const startedAt = performance.now();
  const server = spawn(
    process.execPath,
    [...profileArgs, NEXT_BIN, "start", "--hostname", "127.0.0.1", "--port", String(port)],
    { env, stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);

  try {
    await waitUntilLive(origin, server, logPath);
  } catch (error) {
    server.kill("SIGKILL");
    throw error;
  }

  return {
    origin,
    logPath,
    pid: server.pid ?? -1,
    startedAt,
    stop: async () => {
      server.kill("SIGTERM");
      if (!(await waitForExit(server, STOP_TIMEOUT_MS))) {
        server.kill("SIGKILL");
        await waitForExit(server, STOP_TIMEOUT_MS);
      }
      if (!options.cpuProfileDir) return undefined;
      const profilePath = path.join(options.cpuProfileDir, profileName);
      return fs.existsSync(profilePath) ? profilePath : undefined;
    },
  };
}
