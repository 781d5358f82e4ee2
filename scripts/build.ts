// `npm run build`: `next build`, then a record of the sources it built, so that
// `npm start` knows the build is current. With --if-stale it builds only when
// the sources changed since the last build.
import { spawnSync } from "node:child_process";

import { buildIsCurrent, recordBuildFingerprint } from "./build-fingerprint";

if (process.argv.includes("--if-stale") && buildIsCurrent()) {
  console.log("The build is current; skipping `next build`.");
  process.exit(0);
}
// Next's build would otherwise try to send usage telemetry to Vercel.
const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
recordBuildFingerprint();
