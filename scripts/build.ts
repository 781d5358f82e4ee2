// `npm run build`: `next build`, then a record of the sources it built, so `npm start` knows the build is current.
import { spawnSync } from "node:child_process";

import { recordBuildFingerprint } from "./build-fingerprint";

const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
recordBuildFingerprint();
