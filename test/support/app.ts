/**
 * Test support: start the real service in this process on port 0, on a fresh SQLite file (or
 * the MySQL database a test names), with its log lines captured instead of printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { startService } from '../../src/app/serve.ts';
import type { ServiceChoice } from '../../src/app/handler.ts';

export interface TestApp {
  url: string;
  /** The port the service listens on (for raw-socket tests). */
  port: number;
  logs: string[];
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Start a service; `env` overrides the defaults (a temp SQLite file, port 0, loopback). */
export async function startTestApp(choice: ServiceChoice = 'all', env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'textops-test-'));
  const databaseUrl = env.DATABASE_URL ?? `sqlite:${join(dir, 'textops.db')}`;
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ENGINE_WORKERS: '1', ...env, DATABASE_URL: databaseUrl });
  const logs: string[] = [];
  const service = await startService(choice, config, createLogger({ level: 'info', write: (line) => logs.push(line) }));
  await service.storeReady;
  return {
    url: `http://127.0.0.1:${service.port}`,
    port: service.port,
    logs,
    databaseUrl,
    async stop() {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POST a JSON body and parse the JSON answer. */
export async function postJson(url: string, body: unknown): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? null : JSON.parse(text) };
}

/**
 * POST a form as a browser does and return the HTML answer; like a browser it follows the 303 to
 * the record page (`url` is where it ended), unless `follow` is false.
 */
export async function postForm(url: string, fields: Record<string, string>, options: { follow?: boolean } = {}): Promise<{ status: number; headers: Headers; html: string; url: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    body: new URLSearchParams(fields).toString(),
    redirect: options.follow === false ? 'manual' : 'follow',
  });
  return { status: response.status, headers: response.headers, html: await response.text(), url: response.url };
}

/** GET a URL and parse its JSON answer (typed loosely: tests assert on its shape). */
export async function getJson(url: string, init: RequestInit = {}): Promise<any> {
  const response = await fetch(url, init);
  return response.json();
}
