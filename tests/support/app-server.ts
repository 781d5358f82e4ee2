// Runs the production build of the app (`next start`) as a child process on
// 127.0.0.1, for tests that need real server processes: several instances on
// one database, start-ups that must fail, database outages.
//
// The server is started with `next start` rather than scripts/start.ts, because
// that script rebuilds a stale build, and two servers of one test rebuilding
// into the same .next folder would break each other. The tests build once up
// front (ensureProductionBuild) and prepare their databases themselves. The
// start-up checks still run: instrumentation.ts calls them in the server.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { buildIsCurrent } from "@/scripts/build-fingerprint";

const NEXT_BIN = "node_modules/next/dist/bin/next";
// The last part of a server's output kept for assertions and failure messages.
const MAX_OUTPUT_CHARS = 256 * 1024;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;
const BUILD_TIMEOUT_MS = 15 * 60_000;
const POLL_INTERVAL_MS = 250;

/** Set to 1 to run the existing build even when the sources changed since, while working on these tests. */
export const REUSE_BUILD_VARIABLE = "TEST_REUSE_BUILD";

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

export type AppServer = {
  /** Such as "http://127.0.0.1:41234". */
  origin: string;
  pid: number;
  /** Everything the server printed so far, standard output and error interleaved. */
  output(): string;
  /** Null while the process runs. */
  exitStatus(): ExitStatus | null;
  /** Resolves when the process exits. */
  exited: Promise<ExitStatus>;
  /** fetch() against this server; `path` starts with "/". */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Sends SIGTERM, then SIGKILL after STOP_TIMEOUT_MS, and waits for the exit. */
  stop(): Promise<ExitStatus>;
};

export type AppServerOptions = {
  /**
   * Variables set on top of the test process's environment. A value of
   * undefined removes the variable. DATABASE_URL, SWITCHBOARD_DATA_DIR,
   * NEXTAUTH_URL and AUTH_URL are never inherited, so each test names its database.
   */
  env: Record<string, string | undefined>;
  /** A free port when omitted. */
  port?: number;
};

const runningServers = new Set<ChildProcess>();
// A server left running by a test process that ends abruptly would hold its
// port and database, so every server still running is killed on exit.
process.once("exit", () => {
  for (const child of runningServers) killGroup(child, "SIGKILL");
});

/**
 * Builds the app when the build is missing or older than the sources, once per
 * test process. A lock file keeps two test processes from building at once.
 */
export function ensureProductionBuild(): Promise<void> {
  buildReady ??= buildOnce();
  return buildReady;
}
let buildReady: Promise<void> | undefined;

async function buildOnce(): Promise<void> {
  if (process.env[REUSE_BUILD_VARIABLE] === "1") {
    if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
      throw new Error(`${REUSE_BUILD_VARIABLE}=1 needs an existing build, but .next/BUILD_ID is missing. Run "npm run build".`);
    }
    return;
  }
  if (buildIsCurrent()) return;

  const release = await takeBuildLock();
  try {
    // Another test process may have finished the build while this one waited.
    if (buildIsCurrent()) return;
    const result = await runChild(process.execPath, ["--import", "tsx", "scripts/build.ts", "--if-stale"], BUILD_TIMEOUT_MS);
    if (result.status.code !== 0) {
      throw new Error(`The production build failed (exit ${result.status.code ?? result.status.signal}):\n${result.output.slice(-20_000)}`);
    }
  } finally {
    release();
  }
}

async function takeBuildLock(): Promise<() => void> {
  const projectHash = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12);
  const lockPath = path.join(os.tmpdir(), `switchboard-test-build-${projectHash}.lock`);
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  const maxAttempts = Math.ceil(BUILD_TIMEOUT_MS / 1000);

  for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(fs.readFileSync(lockPath, "utf8"));
    if (!isProcessAlive(owner)) {
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    await sleep(1000);
  }
  throw new Error(`Timed out after ${BUILD_TIMEOUT_MS / 1000} s waiting for another test process to finish the build (lock ${lockPath}).`);
}

/** Returns a TCP port that was free a moment ago on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts a server process and returns at once, without waiting for it to serve. */
export async function launchAppServer(options: AppServerOptions): Promise<AppServer> {
  const port = options.port ?? (await findFreePort());
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: serverEnvironment(options.env),
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() also ends any process the server starts.
    detached: true,
  });
  runningServers.add(child);

  let output = "";
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);

  let status: ExitStatus | null = null;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once("exit", (code, signal) => {
      status = { code, signal };
      runningServers.delete(child);
      resolve(status);
    });
  });

  return {
    origin,
    pid: child.pid ?? -1,
    output: () => output,
    exitStatus: () => status,
    exited,
    request: (requestPath, init) => fetch(`${origin}${requestPath}`, { ...init, signal: init?.signal ?? AbortSignal.timeout(60_000) }),
    stop: async () => {
      if (status) return status;
      killGroup(child, "SIGTERM");
      const stopped = await waitForExit({ exited }, STOP_TIMEOUT_MS);
      if (stopped) return stopped;
      killGroup(child, "SIGKILL");
      return exited;
    },
  };
}

/**
 * Starts a server process and waits until it responds to GET /api/health,
 * whatever the status. Throws with the server's output when it exits first or takes longer
 * than START_TIMEOUT_MS.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const server = await launchAppServer(options);
  try {
    await waitUntilServing(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilServing(server: AppServer): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const maxAttempts = Math.ceil(START_TIMEOUT_MS / POLL_INTERVAL_MS);
  for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt += 1) {
    const status = server.exitStatus();
    if (status) {
      throw new Error(`The app server exited during start-up (${describeExit(status)}). Its output:\n${server.output()}`);
    }
    try {
      await server.request("/api/health", { signal: AbortSignal.timeout(30_000) });
      return;
    } catch {
      // Not listening yet: the connection was refused or the request timed out.
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new Error(`The app server did not respond within ${START_TIMEOUT_MS / 1000} s. Its output:\n${server.output()}`);
}

/** Waits at most timeoutMs for the process to exit; returns null when it still runs. */
export async function waitForExit(server: Pick<AppServer, "exited">, timeoutMs: number): Promise<ExitStatus | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeExit(status: ExitStatus): string {
  return status.signal ? `signal ${status.signal}` : `exit code ${status.code}`;
}

function serverEnvironment(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // NodeJS.ProcessEnv declares NODE_ENV read-only; this is a plain object for a child.
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name.startsWith("VITEST")) continue;
    if (["DATABASE_URL", "SWITCHBOARD_DATA_DIR", "NEXTAUTH_URL", "AUTH_URL"].includes(name)) continue;
    env[name] = value;
  }
  env.NODE_ENV = "production";
  env.LOG_LEVEL = "info";
  // As scripts/start.ts does without a configured public URL: next-auth takes
  // the origin from the Host header, so each instance signs in on its own port.
  env.AUTH_TRUST_HOST = "true";
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env as NodeJS.ProcessEnv;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function runChild(command: string, args: string[], timeoutMs: number): Promise<{ status: ExitStatus; output: string }> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], timeout: timeoutMs, killSignal: "SIGKILL" });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const status = await new Promise<ExitStatus>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { status, output };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
