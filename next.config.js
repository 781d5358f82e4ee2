/** @type {import("next").NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time instead of bundled: PGlite reads its
  // WASM and data files next to its own code, pino uses worker threads, and
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
