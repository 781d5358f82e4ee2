import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const LOCK_FILE = "switchboard.lock";

type LockOwner = { pid: number; hostname: string; startedAt: string };

/** Another live process already uses the embedded database folder. */
export class DataFolderLockedError extends Error {
  constructor(folder: string, owner: LockOwner) {
    super(
      `The embedded database in ${folder} is in use by process ${owner.pid} on ${owner.hostname} (since ${owner.startedAt}). ` +
        "PGlite allows one process per data folder: stop that process, or set SWITCHBOARD_DATA_DIR to another folder.",
    );
    this.name = "DataFolderLockedError";
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data folder's lock file for this process, or throws
 * DataFolderLockedError naming the live owner. A lock left by a process that no
 * longer runs on this host is taken over. Returns the function that releases it.
 */
export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const lockPath = path.join(folder, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(owner), { flag: "wx" });
      return () => releaseIfOwned(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const existing = readOwner(lockPath);
    if (existing?.pid === process.pid) return () => releaseIfOwned(lockPath);
    const stale = !existing || (existing.hostname === owner.hostname && !isProcessAlive(existing.pid));
    if (!stale) throw new DataFolderLockedError(folder, existing);
    fs.rmSync(lockPath, { force: true });
  }
  throw new DataFolderLockedError(folder, readOwner(lockPath) ?? { pid: -1, hostname: "unknown", startedAt: "unknown" });
}

function releaseIfOwned(lockPath: string): void {
  if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
