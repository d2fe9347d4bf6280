/**
 * A small closed-loop load generator for the fault tests: `concurrency` loops, each sending one
 * POST at a time on a fresh connection (no keep-alive, so "connection refused" and "in flight"
 * are unambiguous), each request with a unique tag, until stopped. Every outcome is kept: when
 * the request was fully sent, when it ended, the status, the Retry-After header, the saved id.
 */
import http from 'node:http';

export interface Outcome {
  tag: string;
  text: string;
  startedAt: number;
  /** When the whole request had been written to the socket (null if it never was). */
  sentAt: number | null;
  endedAt: number;
  /** HTTP status, or 0 when there was no response. */
  status: number;
  /** The socket error when there was no response (ECONNREFUSED, ECONNRESET, ...). */
  error: string | null;
  retryAfter: string | null;
  savedId: number | null;
}

export interface LoadRun {
  outcomes: Outcome[];
  /** Stop starting requests and wait for the ones in flight. */
  stop(): Promise<Outcome[]>;
}

/** POST one JSON body on a fresh connection and record what happened. */
export function postOnce(port: number, path: string, tag: string, text: string, timeoutMs: number): Promise<Outcome> {
  const body = JSON.stringify({ id: tag, text });
  const startedAt = performance.now();
  return new Promise((resolve) => {
    let sentAt: number | null = null;
    let settled = false;
    const finish = (fields: Partial<Outcome>) => {
      if (settled) return;
      settled = true;
      resolve({ tag, text, startedAt, sentAt, endedAt: performance.now(), status: 0, error: null, retryAfter: null, savedId: null, ...fields });
    };
    const request = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, timeout: timeoutMs, headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => finish({ status: response.statusCode ?? 0, error: String(error) }));
        response.on('end', () => {
          let savedId: number | null = null;
          if (response.statusCode === 201) savedId = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number }).id;
          const retryAfter = response.headers['retry-after'];
          finish({ status: response.statusCode ?? 0, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, savedId });
        });
      },
    );
    request.on('finish', () => (sentAt = performance.now()));
    request.on('timeout', () => {
      request.destroy();
      finish({ error: `no answer within ${timeoutMs} ms` });
    });
    request.on('error', (error: NodeJS.ErrnoException) => finish({ error: error.code ?? error.message }));
    request.end(body);
  });
}

/** Starts `concurrency` loops posting `text()` to `path` with tags `${prefix}-<n>`. */
export function startLoad(options: { port: number; path: string; prefix: string; concurrency: number; text: (n: number) => string; timeoutMs: number; pauseMs?: number }): LoadRun {
  const outcomes: Outcome[] = [];
  let running = true;
  let next = 0;
  const loop = async () => {
    while (running) {
      const n = next++;
      outcomes.push(await postOnce(options.port, options.path, `${options.prefix}-${n}`, options.text(n), options.timeoutMs));
      if (options.pauseMs !== undefined) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  const loops = Array.from({ length: options.concurrency }, loop);
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** Counts outcomes by status (or by error when there was no response), for messages. */
export function tally(outcomes: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.status === 0 ? (outcome.error ?? 'none') : String(outcome.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
