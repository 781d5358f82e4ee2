/** @type {import("next").NextConfig} */
const nextConfig = {
  // Loaded from node_modules at run time instead of bundled: PGlite reads its
  // WASM and data files next to its own code, pino uses worker threads, and
  // argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // `next dev` would otherwise print every server action's arguments, which
  // include passwords and provider keys, to the terminal.
  logging: { serverFunctions: false },
  // Keep `next dev` from writing an AGENTS.md into the repository.
  agentRules: false,
  // The build type-checks the app's own code; tests and scripts are checked by
  // `npm run typecheck`, so a test file can never stop `npm start` from building.
  typescript: { tsconfigPath: "tsconfig.next.json" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          // Also set by the content security policy (frame-ancestors); kept for older browsers.
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
