import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Everything `next build` reads. A change to any of these makes the build stale.
const SOURCE_ENTRIES = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "tsconfig.next.json",
  "tailwind.config.ts",
  "postcss.config.js",
  "tsconfig.json",
  "package-lock.json",
];

function collectFiles(entry: string, files: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    files.push(entry);
    return;
  }
  for (const child of fs.readdirSync(entry).sort()) collectFiles(path.join(entry, child), files);
}

/** A hash of the paths, sizes and modification times of every build input. */
export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const entry of SOURCE_ENTRIES) collectFiles(entry, files);
  const hash = createHash("sha256");
  for (const file of files) {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export const FINGERPRINT_FILE = path.join(".next", "switchboard-source-fingerprint");

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) return false;
  try {
    return fs.readFileSync(FINGERPRINT_FILE, "utf8") === sourceFingerprint();
  } catch {
    return false;
  }
}

export function recordBuildFingerprint(): void {
  fs.writeFileSync(FINGERPRINT_FILE, sourceFingerprint());
}
