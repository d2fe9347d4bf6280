/**
 * Load benchmark (`npm run bench:load`; not part of `npm test`): the real server (`serve all`,
 * MySQL store on a fresh database in the shared MariaDB, 100,000 seeded records) driven by
 * autocannon from a second process on loopback. Per route it records requests/s and p50/p99
 * latency against the targets, checks zero errors and that every acknowledged record was saved,
 * then measures what a 20,000-character spelling request does to small requests beside it with
 * the engines on the event loop (ENGINE_WORKERS=0) and on a worker thread (the default, 1).
 * The table replaces the "## Load" section of bench/RESULTS.md.
 *
 * Settings: LOAD_MYSQL_URL (default TEXTOPS_TEST_MYSQL_URL, else mysql://root@127.0.0.1:3306/mysql),
 * LOAD_SECONDS (per route, default 10), LOAD_CONNECTIONS (default 32), LOAD_REPETITIONS (of the
 * event-loop comparison, default 3), LOAD_CPU_PROF=<dir> to profile.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { createLoadDatabase, seedRecords, type LoadDatabase } from './load/database.ts';
import { startBenchServer, type BenchServer } from './load/server.ts';
import { englishTexts, longSpellingText, runTogether, withTypos } from './load/texts.ts';
import { loadSection, replaceLoadSection, type InterferenceRow, type RouteRow } from './load/results.ts';
import type { DrivePlan, DriveResult } from './load/drive.ts';

const MYSQL_URL = process.env.LOAD_MYSQL_URL ?? process.env.TEXTOPS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/mysql';
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 32);
const CPU_PROFILE_DIR = process.env.LOAD_CPU_PROF;
const SEEDED = 100_000;
const INTERFERENCE_REPETITIONS = Number(process.env.LOAD_REPETITIONS ?? 3);
const DRIVER = fileURLToPath(new URL('./load/drive.ts', import.meta.url));
const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const ANALYSIS = fileURLToPath(new URL('./load/analysis.md', import.meta.url));
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** Runs one plan in the driver process and parses its result. */
async function driveFrom(plan: DrivePlan): Promise<DriveResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [DRIVER, JSON.stringify(plan)], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as DriveResult;
}

async function reachable(url: string): Promise<string | null> {
  try {
    const parsed = new URL(url);
    const connection = await createConnection({ host: parsed.hostname, port: Number(parsed.port || 3306), user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password), connectTimeout: 2_000 });
    await connection.end();
    return null;
  } catch (error) {
    return `MariaDB at ${url.replace(/:[^:@/]*@/, ':***@')} is not reachable (${String(error)}); set LOAD_MYSQL_URL`;
  }
}

// `npm run bench` runs every bench/*.bench.ts; this one needs MariaDB and minutes, so it runs only when asked for.
const skip = process.env.LOAD_BENCH === '1' ? await reachable(MYSQL_URL) : 'the load benchmark runs with `npm run bench:load` (LOAD_BENCH=1)';
const texts = englishTexts(64);
const spaceBodies = runTogether(texts).map((text) => JSON.stringify({ id: 'load-space', text }));
const spellBodies = withTypos(texts).map((text) => JSON.stringify({ id: 'load-spell', text }));
const posts = (path: string, bodies: readonly string[]) => bodies.map((body) => ({ method: 'POST' as const, path, headers: JSON_HEADERS, body }));

describe('load: routes under autocannon, MySQL store, 100,000 records', { skip: skip ?? false }, () => {
  let db: LoadDatabase;
  let server: BenchServer | undefined;
  const logDir = mkdtempSync(join(tmpdir(), 'textops-load-'));
  const rows: RouteRow[] = [];
  const interference: InterferenceRow[] = [];

  const serve = async (engineWorkers: string, logLevel = 'info') => {
    await server?.stop();
    server = await startBenchServer('all', { DATABASE_URL: db.url, ENGINE_WORKERS: engineWorkers, LOG_LEVEL: logLevel }, join(logDir, `server-workers-${engineWorkers}.log`), CPU_PROFILE_DIR);
    return server.url;
  };

  before(async () => {
    db = await createLoadDatabase(MYSQL_URL);
    await serve('1');
    const seededAt = performance.now();
    await seedRecords(db.url, SEEDED, texts);
    console.log(`seeded ${SEEDED} records in ${Math.round(performance.now() - seededAt)} ms; server logs in ${logDir}`);
  });
  after(async () => {
    await server?.stop();
    await db?.drop();
    // Only a complete run replaces the recorded one.
    if (rows.length === 7 && interference.length === 3) {
      const notes = existsSync(ANALYSIS) ? [readFileSync(ANALYSIS, 'utf8').trim()] : [];
      writeFileSync(RESULTS, replaceLoadSection(readFileSync(RESULTS, 'utf8'), loadSection(rows, interference, notes)));
    }
  });

  type Plan = Omit<DrivePlan, 'url' | 'durationSeconds' | 'connections'> & { connections?: number };
  const warmUp = (url: string, plan: Plan) => driveFrom({ url, durationSeconds: 2, connections: plan.connections ?? CONNECTIONS, ...plan });
  const measure = async (url: string, plan: Plan): Promise<DriveResult> => {
    const result = await driveFrom({ url, durationSeconds: SECONDS, connections: plan.connections ?? CONNECTIONS, ...plan });
    console.log(JSON.stringify(result));
    assert.equal(result.errors + result.timeouts, 0, `errors: ${result.errors}, timeouts: ${result.timeouts}`);
    assert.equal(result.non2xx, 0, `status codes: ${JSON.stringify(result.statusCodes)}`);
    return result;
  };

  it('POST /api/space, 50-word run-together texts: every acknowledged record saved', { timeout: 120_000 }, async () => {
    const plan = { requests: posts('/api/space', spaceBodies) };
    await warmUp(server!.url, plan);
    const before = await db.countTag('load-space');
    const result = await measure(server!.url, plan);
    const records = (await db.countTag('load-space')) - before;
    // Requests still in flight when the run stops may be saved without their answer being counted: at most one per connection.
    assert.ok(records >= result.ok && records - result.ok <= CONNECTIONS, `${records} records saved for ${result.ok} acknowledged`);
    rows.push({ route: 'POST /api/space', load: `${CONNECTIONS} connections, 50 words`, result, target: { rps: 3_000, p99Ms: 50 }, saved: { records, acknowledged: result.ok } });
  });

  it('POST /api/spell, 50-word texts with three typos', { timeout: 120_000 }, async () => {
    const plan = { requests: posts('/api/spell', spellBodies) };
    await warmUp(server!.url, plan);
    const result = await measure(server!.url, plan);
    rows.push({ route: 'POST /api/spell', load: `${CONNECTIONS} connections, 50 words, 3 typos`, result, target: { rps: 2_000 } });
  });

  it('GET / on a table of 100,000+ records', { timeout: 120_000 }, async () => {
    const plan = { requests: [{ method: 'GET' as const, path: '/', headers: { accept: 'text/html' } }] };
    await warmUp(server!.url, plan);
    const result = await measure(server!.url, plan);
    rows.push({ route: 'GET /', load: `${CONNECTIONS} connections, 100k records`, result, target: { rps: 3_000, p99Ms: 30 } });
  });

  it('for comparison: the machine and generator ceiling (GET /api/healthz), one database round trip, and the history page with a cheap count', { timeout: 120_000 }, async () => {
    const comparisons: Array<[route: string, load: string, path: string]> = [
      ['GET /api/healthz', 'no database, no engine: the ceiling of this machine + generator', '/api/healthz'],
      ['GET /readyz', 'one database round trip (SELECT 1)', '/readyz'],
      ['GET /?tag=seed-7', '25 rows rendered, COUNT over 200 matching rows', '/?tag=seed-7'],
    ];
    for (const [route, load, path] of comparisons) {
      const plan = { requests: [{ method: 'GET' as const, path, headers: { accept: 'text/html' } }] };
      await warmUp(server!.url, plan);
      rows.push({ route, load, result: await measure(server!.url, plan) });
    }
  });

  it('for comparison: POST /api/space without the two log lines per request (LOG_LEVEL=warn)', { timeout: 120_000 }, async () => {
    const url = await serve('1', 'warn');
    const plan = { requests: posts('/api/space', spaceBodies) };
    await warmUp(url, plan);
    rows.push({ route: 'POST /api/space', load: `${CONNECTIONS} connections, LOG_LEVEL=warn: no access-log or "record saved" lines`, result: await measure(url, plan) });
  });

  it('shows what a 20,000-character spelling request does to small requests beside it', { timeout: 600_000 }, async () => {
    const large = JSON.stringify({ id: 'load-large', text: longSpellingText(20_000) });
    const small = { connections: 8, rate: 200, requests: posts('/api/spell', spellBodies) };
    const settings: Array<[setting: string, workers: string, sidecar: boolean]> = [
      ['small requests alone (ENGINE_WORKERS=1)', '1', false],
      ['beside a 20k-char request, ENGINE_WORKERS=0 (event loop)', '0', true],
      ['beside a 20k-char request, ENGINE_WORKERS=1 (worker thread)', '1', true],
    ];
    const rowsBySetting = settings.map(([setting]) => ({ setting, runs: [] as DriveResult[] }));
    for (let repetition = 0; repetition < INTERFERENCE_REPETITIONS; repetition++) {
      for (const [index, [, workers, sidecar]] of settings.entries()) {
        const url = await serve(workers);
        const plan = { ...small, ...(sidecar ? { sidecar: { path: '/api/spell', body: large } } : {}) };
        await warmUp(url, plan);
        rowsBySetting[index]!.runs.push(await measure(url, plan)); // one row per setting, same index
      }
    }
    interference.push(...rowsBySetting);
  });
});
