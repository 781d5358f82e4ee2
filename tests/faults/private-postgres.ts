// A throwaway PostgreSQL cluster in a temporary folder, for tests that stop and
// restart the server. The shared server on TEST_DATABASE_URL serves other test
// files at the same time, so it is never restarted.
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import { findFreePort } from "@/tests/support/app-server";

const run = promisify(execFile);
const PG_CTL_TIMEOUT_SECONDS = 60;
const POSTGRES_ROOT = "/usr/lib/postgresql";

export type PrivatePostgres = {
  port: number;
  /** A URL of a database on this cluster. */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** A fast shutdown (open sessions are terminated), then a start; waits until it accepts connections again. */
  restart(): Promise<void>;
  /** A fast shutdown; waits until the server is gone. */
  stop(): Promise<void>;
  /** Starts a stopped cluster; waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster and deletes its folder. */
  remove(): Promise<void>;
};

/** Returns the bin folder of the newest installed PostgreSQL with initdb and pg_ctl, or null. */
export function findPostgresBinaries(): string | null {
  if (!fs.existsSync(POSTGRES_ROOT)) return null;
  const versions = fs
    .readdirSync(POSTGRES_ROOT)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(POSTGRES_ROOT, version, "bin");
    if (fs.existsSync(path.join(bin, "initdb")) && fs.existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

/** Returns why the private cluster cannot run here, or null when it can. */
export function privatePostgresUnavailableReason(): string | null {
  if (!process.env.TEST_DATABASE_URL) return "TEST_DATABASE_URL is unset, so PostgreSQL tests are off";
  if (!findPostgresBinaries()) return `no PostgreSQL server binaries (initdb, pg_ctl) under ${POSTGRES_ROOT}`;
  // PostgreSQL refuses to run as root, so root runs it as the postgres user.
  if (process.getuid?.() === 0 && !readPostgresUser()) return "running as root, but there is no postgres user to run the cluster as";
  return null;
}

/** Creates and starts a cluster with trust authentication on a free port of 127.0.0.1. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error(`No PostgreSQL server binaries under ${POSTGRES_ROOT}`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-pg-"));
  const dataDir = path.join(folder, "data");
  const owner = process.getuid?.() === 0 ? readPostgresUser() : null;
  if (owner) fs.chownSync(folder, owner.uid, owner.gid);

  const asOwner = (program: string, args: string[]) =>
    owner ? run("runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]) : run(path.join(bin, program), args);
  const pgCtl = (...args: string[]) => asOwner("pg_ctl", ["-D", dataDir, "-w", "-t", String(PG_CTL_TIMEOUT_SECONDS), ...args]);

  const port = await findFreePort();
  await asOwner("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  // fsync off: the cluster is thrown away, and restarts of a durable one are the same.
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await pgCtl("-o", serverOptions, "-l", path.join(folder, "server.log"), "start");
  };
  const stop = async () => {
    await pgCtl("-m", "fast", "stop");
  };
  await start();

  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  let removed = false;
  // A test process that ends without remove() would leave the server running.
  const stopOnExit = () => {
    const args = ["-D", dataDir, "-m", "immediate", "stop"];
    if (owner) spawnSync("runuser", ["-u", "postgres", "--", path.join(bin, "pg_ctl"), ...args]);
    else spawnSync(path.join(bin, "pg_ctl"), args);
    fs.rmSync(folder, { recursive: true, force: true });
  };
  process.once("exit", stopOnExit);

  return {
    port,
    url,
    createDatabase: async (name) => {
      const admin = new pg.Client({ connectionString: url("postgres") });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    // Not `pg_ctl restart`, which does not keep the -l log file. The new server
    // would write to this process's output pipe, and the command would never return.
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    start,
    remove: async () => {
      if (removed) return;
      removed = true;
      process.removeListener("exit", stopOnExit);
      // "status" exits 3 when the server is not running; then there is nothing to stop.
      const running = await pgCtl("status").then(
        () => true,
        () => false,
      );
      if (running) await pgCtl("-m", "immediate", "stop");
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

function readPostgresUser(): { uid: number; gid: number } | null {
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
