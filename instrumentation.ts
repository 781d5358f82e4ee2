// Runs once when the server starts, before it handles a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigurationOrExit } = await import("@/lib/startup/check-configuration-or-exit");
    checkConfigurationOrExit();
  }
}
