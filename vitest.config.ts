import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests are server code.
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/support/test-environment.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own databases; two workers fit the 2-core machines this runs on.
    maxWorkers: 2,
    pool: "forks",
  },
});
