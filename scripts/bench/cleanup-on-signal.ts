// Undoes what a run set up (the server, the bench database) when the run is
// interrupted with Ctrl+C or SIGTERM, and not only when it ends normally.

const pendingCleanups: (() => Promise<unknown>)[] = [];
let installed = false;

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`# ${signal}: stopping the server and removing the bench database`);
      void (async () => {
        // The latest setup first: the server stops before its database is removed.
        for (const cleanup of pendingCleanups.reverse()) {
          await cleanup().catch((error: unknown) => console.error("Cleanup after the signal failed:", error));
        }
        process.exit(130);
      })();
    });
  }
}

/** Runs `work`, then `cleanup`; a signal that arrives while `work` runs also runs `cleanup`. */
export async function withCleanup<T>(cleanup: () => Promise<unknown>, work: () => Promise<T>): Promise<T> {
  installSignalHandlers();
  pendingCleanups.push(cleanup);
  try {
    return await work();
  } finally {
    pendingCleanups.splice(pendingCleanups.indexOf(cleanup), 1);
    await cleanup();
  }
}
