/**
 * The server under load: `node bin/textops serve <service>` as a child process, its log lines
 * written to a file as production writes them to stdout (so logging costs what it costs there)
 * without the benchmark parsing them. `LOAD_CPU_PROF=<dir>` adds `--cpu-prof` to find where the
 * time goes; the profile is written when the server stops.
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../test/support/private-mariadb.ts';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));

export interface BenchServer {
  url: string;
  /** SIGTERM and wait for the exit (the profile, if any, is written then). */
  stop(): Promise<void>;
}

/** Starts the server with `env` and resolves once /readyz answers 200. */
export async function startBenchServer(service: 'all' | 'api' | 'home', env: Record<string, string>, logFile: string, cpuProfileDir?: string): Promise<BenchServer> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const profile = cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`];
  const child = spawn(process.execPath, [...profile, BIN, 'serve', service], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...(process.env.NODE_OPTIONS === undefined ? {} : { NODE_OPTIONS: process.env.NODE_OPTIONS }), PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited at start-up (code ${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/readyz`);
      await response.body?.cancel();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within 60 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
