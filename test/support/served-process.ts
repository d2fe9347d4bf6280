/**
 * The real server as a child process (`node bin/textops serve ...`), as production runs it, so a
 * fault test can send it signals, watch it exit, and read its JSON log lines from stdout.
 *
 * It listens on a free port chosen up front (PORT=0 would hide the port in a log line the test
 * may not get before the database is up). Every log line is parsed and kept; the test waits for
 * lines by predicate. The process is always killed in `kill()`, which suites call in `after`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './private-mariadb.ts';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface ServedProcess {
  url: string;
  port: number;
  child: ChildProcess;
  logs: LogLine[];
  /** Resolves with the exit code (null when killed by a signal) and when it happened. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Waits for a log line matching `predicate`, or fails after `timeoutMs`. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine>;
  /** Polls `path` until it answers `status`, or fails after `timeoutMs`. */
  waitForStatus(path: string, status: number, timeoutMs: number): Promise<void>;
  /** SIGKILL, if still running. */
  kill(): Promise<void>;
}

/** Starts `textops serve <service>` with `env` on a free loopback port and waits until it listens. */
export async function startServedProcess(service: 'api' | 'home' | 'all', env: Record<string, string>): Promise<ServedProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', service], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(process.env.NODE_OPTIONS === undefined ? {} : { NODE_OPTIONS: process.env.NODE_OPTIONS }), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  let stderr = '';
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 'raw', msg: line });
      }
    }
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-8_000)));
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal, at: performance.now() });
    }),
  );

  const waitForLog = async (predicate: (line: LogLine) => boolean, timeoutMs: number, what: string): Promise<LogLine> => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = logs.find(predicate);
      if (found !== undefined) return found;
      if (!running) throw new Error(`the server exited before logging ${what}; stderr:\n${stderr}`);
      if (performance.now() > deadline) throw new Error(`no log line ${what} within ${timeoutMs} ms; last lines:\n${logs.slice(-5).map((l) => JSON.stringify(l)).join('\n')}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const waitForStatus = async (path: string, status: number, timeoutMs: number): Promise<void> => {
    const deadline = performance.now() + timeoutMs;
    let last = 'no answer';
    while (performance.now() < deadline) {
      try {
        const response = await fetch(url + path, { signal: AbortSignal.timeout(2_000) });
        await response.body?.cancel();
        if (response.status === status) return;
        last = `status ${response.status}`;
      } catch (error) {
        last = String(error);
      }
      if (!running) throw new Error(`the server exited while waiting for ${path} to answer ${status}; stderr:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${path} did not answer ${status} within ${timeoutMs} ms (last: ${last})`);
  };

  try {
    await waitForLog((line) => line.msg === 'listening', 20_000, '"listening"');
  } catch (error) {
    // A server that never listened is nobody's to stop: stop it here, or it outlives the test run.
    if (running) child.kill('SIGKILL');
    await exited;
    throw error;
  }
  return {
    url,
    port,
    child,
    logs,
    exited,
    waitForLog,
    waitForStatus,
    async kill() {
      if (running) child.kill('SIGKILL');
      await exited;
    },
  };
}
