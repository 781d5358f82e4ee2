// Starts the production build for the browser tests on a fresh database:
// `--engine pglite` uses a new data folder, `--engine postgres` a new database
// on the TEST_DATABASE_URL server (dropped again on exit). Provider base URLs
// point at the fake providers. The server's output is copied to a log file.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import pg from "pg";

import {
  E2E_APP_PORTS,
  E2E_DEMO_PASSWORD,
  FAKE_PROVIDERS_ORIGIN,
  pgliteDataDir,
  postgresUrlPath,
  serverLogPath,
  type E2eEngine,
} from "./test-servers";

const engine = process.argv[process.argv.indexOf("--engine") + 1] as E2eEngine;
if (engine !== "pglite" && engine !== "postgres") {
  console.error("Usage: start-test-server --engine pglite|postgres");
  process.exit(2);
}

async function postgresDatabaseUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is required for --engine postgres");
  const name = `switchboard_e2e_${randomBytes(5).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

const port = E2E_APP_PORTS[engine];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(port),
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  SEED_ADMIN_PASSWORD: E2E_DEMO_PASSWORD,
  OPENAI_BASE_URL: `${FAKE_PROVIDERS_ORIGIN}/openai/v1`,
  ANTHROPIC_BASE_URL: `${FAKE_PROVIDERS_ORIGIN}/anthropic`,
  CLIPDROP_BASE_URL: `${FAKE_PROVIDERS_ORIGIN}/clipdrop`,
  LOG_LEVEL: "info",
  // The specs check many keys in the demo organization within a minute; the
  // rate limit itself is tested in tests/integrations.
  VALIDATION_RATE_LIMIT_PER_MINUTE: "1000",
};
delete env.DATABASE_URL;

let dropDatabase = async () => {};
if (engine === "pglite") {
  fs.rmSync(pgliteDataDir(), { recursive: true, force: true });
  env.SWITCHBOARD_DATA_DIR = path.resolve(pgliteDataDir());
} else {
  const database = await postgresDatabaseUrl();
  env.DATABASE_URL = database.url;
  // The leak test dumps this database and searches the dump for keys.
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(postgresUrlPath(), database.url);
  env.SEED_DEMO = "true";
  env.SWITCHBOARD_ENCRYPTION_KEYS = `e2e:${randomBytes(32).toString("base64")}`;
  env.AUTH_SECRET = randomBytes(32).toString("base64");
  dropDatabase = database.drop;
}

fs.mkdirSync(path.dirname(serverLogPath(engine)), { recursive: true });
const log = fs.createWriteStream(serverLogPath(engine));
const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
  env,
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk: Buffer) => {
  log.write(chunk);
  process.stdout.write(chunk);
});
server.stderr.on("data", (chunk: Buffer) => {
  log.write(chunk);
  process.stderr.write(chunk);
});

const stop = (signal: NodeJS.Signals) => server.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  log.end();
  await dropDatabase().catch((error: unknown) => console.error("Failed to drop the e2e database:", error));
  process.exit(code ?? 0);
});
