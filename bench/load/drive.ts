/**
 * The load generator, run as a separate process so the server under test and the generator
 * only share the machine, not an event loop: `node bench/load/drive.ts '<json plan>'`.
 *
 * A plan is one autocannon run (url, connections, duration, optional overall rate, and the list
 * of requests each connection cycles through) plus, optionally, a "sidecar": one large request
 * sent again and again beside the run, whose durations are reported too. The result is printed
 * as one JSON line on stdout: requests/s, latency percentiles (ms), and every kind of failure.
 */
import { createRequire } from 'node:module';

export interface DrivePlan {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Overall requests per second across all connections (open loop); unset = as fast as possible. */
  rate?: number;
  requests: Array<{ method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }>;
  /** A request repeated back to back beside the run, one at a time. */
  sidecar?: { path: string; body: string };
}

export interface DriveResult {
  requestsPerSecond: number;
  total: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  sidecarMs: number[];
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: object) => Promise<AutocannonResult>;

async function drive(plan: DrivePlan): Promise<DriveResult> {
  let sidecarRunning = plan.sidecar !== undefined;
  const sidecarMs: number[] = [];
  const sidecar = (async () => {
    while (sidecarRunning && plan.sidecar !== undefined) {
      const started = performance.now();
      const response = await fetch(plan.url + plan.sidecar.path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: plan.sidecar.body });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`the sidecar request got ${response.status}`);
      sidecarMs.push(Math.round(performance.now() - started));
    }
  })();
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.durationSeconds,
    ...(plan.rate === undefined ? {} : { overallRate: plan.rate }),
    requests: plan.requests.map((request) => ({ method: request.method, path: request.path, headers: request.headers ?? {}, body: request.body })),
  });
  sidecarRunning = false;
  await sidecar;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count]));
  return {
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: Math.round(result.latency.average * 100) / 100 },
    sidecarMs,
  };
}

const plan = JSON.parse(process.argv[2] ?? '') as DrivePlan;
process.stdout.write(JSON.stringify(await drive(plan)) + '\n');
