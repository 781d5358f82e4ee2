import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A ClipDrop stand-in whose responses the test releases, so a credential
 * check can be held in flight while the test breaks something else. Every
 * response is ClipDrop's to a good key without a prompt: 400 with
 * `x-remaining-credits`.
 */
export type GatedProvider = {
  /** The value for CLIPDROP_BASE_URL. */
  baseUrl: string;
  /** Requests received so far, whether or not their responses were sent. */
  requestCount(): number;
  /** Holds every request from now on until release(). */
  hold(): void;
  /** Sends the held responses and stops holding. */
  release(): void;
  /** Resolves once `count` requests have arrived; rejects after timeoutMs. */
  waitForRequests(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
};

export async function startGatedProvider(): Promise<GatedProvider> {
  let received = 0;
  let holding = false;
  const heldResponses: http.ServerResponse[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const respond = (response: http.ServerResponse) => {
    response.writeHead(400, { "content-type": "application/json", "x-remaining-credits": "100" });
    response.end(JSON.stringify({ error: "prompt is required" }));
  };

  const server = http.createServer((request, response) => {
    // Drain the form body so the client is not left writing into a closed socket.
    request.resume();
    request.once("end", () => {
      received += 1;
      for (const waiter of waiters.filter((candidate) => received >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      if (holding) heldResponses.push(response);
      else respond(response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requestCount: () => received,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const response of heldResponses.splice(0)) respond(response);
    },
    waitForRequests: (count, timeoutMs) => {
      if (received >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`Expected ${count} provider requests within ${timeoutMs} ms, received ${received}`));
        }, timeoutMs);
        const waiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        waiters.push(waiter);
      });
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
