/**
 * Test support: run `bin/textops serve …` as a real child process, as production does, and find
 * the port it bound (PORT=0) from its "listening" log line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  lines: string[];
  /** Send a signal and resolve with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Start `textops serve <service>` with these environment variables; resolves once it listens. */
export function startServiceProcess(service: 'all' | 'home' | 'api', env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', service], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffered = '';
    // A process that never listened is nobody's to stop: kill it here, or it holds the test run open.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve ${service} did not start in 20 s:\n${lines.join('\n')}`));
    }, 20_000);
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        const parsed = safeJson(line);
        if (parsed?.msg === 'listening' && typeof parsed.url === 'string') {
          clearTimeout(timer);
          const port = new URL(parsed.url).port;
          resolve({
            child,
            url: `http://127.0.0.1:${port}`,
            lines,
            stop: async (signal = 'SIGTERM') => {
              if (child.exitCode === null) child.kill(signal);
              return exited;
            },
          });
        }
        newline = buffered.indexOf('\n');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve ${service} exited with ${code} before listening:\n${lines.join('\n')}`));
    });
  });
}

function safeJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Poll a readiness path until it answers 200 (the store connects after the server listens). */
export async function waitUntilReady(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms (last status ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
