// `npm run bench`: for each engine, seeds a fresh database, starts the
// production server on 127.0.0.1 and measures every load case with autocannon.
// Settings come from the environment (see bench-options.ts and docs/benchmarks.md).
import { randomBytes } from "node:crypto";

import { readBenchOptions } from "./bench-options";
import { benchEngine } from "./run-engine";

const options = readBenchOptions();
// One set of secrets for the seeding process and the server, so the server
// decrypts the seeded keys and nothing is generated into the data folder.
const secrets = {
  SWITCHBOARD_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  AUTH_SECRET: randomBytes(32).toString("base64"),
};
Object.assign(process.env, secrets);

let allPassed = true;
for (const engine of options.engines) {
  allPassed = (await benchEngine(engine, options, secrets)) && allPassed;
}
process.exit(allPassed ? 0 : 1);
