export type Settled<T> = { status: "fulfilled"; value: T; elapsedMs: number } | { status: "rejected"; reason: unknown; elapsedMs: number };

/**
 * Waits for a promise to settle and reports how, with the time it took.
 * Throws when it is still pending after limitMs, so a hang fails the test
 * with that message instead of the test timeout.
 */
export async function settleWithin<T>(promise: Promise<T>, limitMs: number, description: string): Promise<Settled<T>> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const pending = Symbol("pending");
  const timeout = new Promise<typeof pending>((resolve) => {
    timer = setTimeout(() => resolve(pending), limitMs);
  });
  const settled = promise.then(
    (value) => ({ status: "fulfilled" as const, value }),
    (reason: unknown) => ({ status: "rejected" as const, reason }),
  );
  try {
    const result = await Promise.race([settled, timeout]);
    if (result === pending) throw new Error(`${description} was still pending after ${limitMs} ms`);
    return { ...result, elapsedMs: performance.now() - startedAt };
  } finally {
    clearTimeout(timer);
  }
}

/** Returns the value of a fulfilled result, or throws the reason it was rejected with. */
export function fulfilledValue<T>(settled: Settled<T>): T {
  if (settled.status === "rejected") throw settled.reason;
  return settled.value;
}
