import { defineConfig } from "prisma/config";

// The Prisma CLI is used for `prisma generate` and `npm run db:diff` only; the
// app applies the committed SQL migrations itself (lib/db/migrate.ts). The
// "js" engine keeps the CLI on its bundled WASM schema engine, because the
// native one is a download that offline machines cannot make.
// The schema's datasource reads DATABASE_URL, and the CLI falls back to the
// native query engine (a download) when that variable is unset. The CLI never
// connects through it: migrate diff below goes through the adapter.
process.env.DATABASE_URL ??= "postgresql://localhost/switchboard-cli-placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // The PGlite adapter is typed against an older driver-adapter-utils than the CLI's; the interface it implements is the same.
    return new PrismaPGlite(new PGlite()) as never;
  },
});
