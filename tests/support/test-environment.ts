// Loaded before every test file: fixed secrets, so no test generates files
// into a data folder, and provider base URLs that point nowhere real.
process.env.SWITCHBOARD_ENCRYPTION_KEYS ??= "test1:" + Buffer.alloc(32, 7).toString("base64");
process.env.AUTH_SECRET ??= "test-auth-secret-that-is-at-least-32-characters";
process.env.LOG_LEVEL ??= "silent";
for (const variable of ["OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "CLIPDROP_BASE_URL", "AITRONOS_BASE_URL"]) {
  process.env[variable] ??= "http://127.0.0.1:9/unconfigured-in-tests";
}
