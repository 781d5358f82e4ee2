// The part of autocannon's programmatic API (version 8) that the benchmark
// uses; the package ships no type declarations.
declare module "autocannon" {
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number; total: number };

  export type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };

  export type AutocannonOptions = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds to wait for a response. */
    timeout?: number;
    headers?: Record<string, string>;
    requests?: AutocannonRequest[];
  };

  export type AutocannonResult = {
    requests: Histogram & { sent: number };
    /** Milliseconds. */
    latency: Histogram;
    /** Bytes per second; `total` is every byte received, headers included. */
    throughput: Histogram;
    /** Seconds. */
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
  };

  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
