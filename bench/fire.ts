// One autocannon run against a server: every connection cycles through the given paths, and the answer
// is the throughput, latency percentiles over every response, and what went wrong (non-2xx, errors).
// Shared by the load and scale benchmarks so their requests/s are measured the same way.
import autocannon from "autocannon";
import { percentile, round2 } from "./stats";

export type Fired = {
  scenario: string;
  paths: string[];
  requestsPerSecond: number;
  /** Over every response; with workers, from autocannon's histogram, which has no p95 (null). */
  latencyMs: { p50: number; p95: number | null; p99: number; max: number };
  responses: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Mean response body throughput, kB/s. */
  throughputKBps: number;
};

/** fire("http://127.0.0.1:3000", { name: "static", paths: ["/favicon.svg"] }, { connections: 50, seconds: 30 }) */
export async function fire(
  base: string,
  scenario: { name: string; paths: string[] },
  options: {
    connections: number;
    seconds: number;
    headers?: Record<string, string>;
    /**
     * Worker threads of the load generator (default: its main thread only). One thread reads at most
     * about 90 MB/s here, less than nginx serves from its cache.
     */
    workers?: number;
  },
): Promise<Fired> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers,
        ...(options.workers && options.workers > 1 ? { workers: options.workers } : {}),
        // Each connection cycles through the paths, so every slug and query is hit alike.
        requests: scenario.paths.map((path) => ({ method: "GET", path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
  );
  return {
    scenario: scenario.name,
    paths: scenario.paths,
    requestsPerSecond: round2(result.requests.average),
    latencyMs:
      // Worker threads report no single responses, only their merged histogram.
      options.workers && options.workers > 1
        ? {
            p50: round2(result.latency.p50),
            p95: null,
            p99: round2(result.latency.p99),
            max: round2(result.latency.max),
          }
        : latencies.length > 0
          ? {
              p50: round2(percentile(latencies, 50)),
              p95: round2(percentile(latencies, 95)),
              p99: round2(percentile(latencies, 99)),
              max: round2(latencies.reduce((most, value) => Math.max(most, value), 0)),
            }
          : { p50: 0, p95: 0, p99: 0, max: 0 },
    responses: options.workers && options.workers > 1 ? result.requests.total : latencies.length,
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    throughputKBps: round2(result.throughput.average / 1000),
  };
}
