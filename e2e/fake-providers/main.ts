import { startFakeProviders } from "./fake-provider-server";

/**
 * Starts the fake providers for local development on FAKE_PROVIDERS_PORT
 * (default 4010) and prints the environment lines that point Switchboard at
 * them. Stops on SIGINT or SIGTERM. Run it with `npm run fake-providers`.
 * The port has its own variable because PORT is the app's.
 */
async function main(): Promise<void> {
  const port = readPort(process.env.FAKE_PROVIDERS_PORT);
  const fake = await startFakeProviders({ port });

  console.log(`OPENAI_BASE_URL=${fake.baseUrls.openai}`);
  console.log(`ANTHROPIC_BASE_URL=${fake.baseUrls.anthropic}`);
  console.log(`CLIPDROP_BASE_URL=${fake.baseUrls.clipdrop}`);
  console.error(`Fake providers listening on ${fake.origin}. Stop with Ctrl+C.`);

  const stop = (signal: NodeJS.Signals): void => {
    console.error(`Received ${signal}, stopping the fake providers.`);
    fake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Failed to stop the fake providers:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 4010;

  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`FAKE_PROVIDERS_PORT must be a whole number from 0 to 65535, got "${value}".`);
  }
  return port;
}

main().catch((error: unknown) => {
  console.error("Failed to start the fake providers:", error instanceof Error ? error.message : error);
  process.exit(1);
});
