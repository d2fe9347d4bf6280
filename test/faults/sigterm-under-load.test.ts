/**
 * SIGTERM while api is under load (as ECS stops a task): requests already sent complete with
 * their 201, new connections are refused, the process exits 0 within the grace period, and every
 * acknowledged record is in the database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RowDataPacket } from 'mysql2/promise';
import { mariadbMissing, startPrivateMariaDb, type PrivateMariaDb } from '../support/private-mariadb.ts';
import { startServedProcess, type ServedProcess } from '../support/served-process.ts';
import { postOnce, startLoad, tally } from '../support/load-driver.ts';
import { LATE_MS } from '../support/timing.ts';

const missing = mariadbMissing();
const DATABASE = 'textops_sigterm';
const GRACE_MS = 8_000;
// Long enough to run on the worker thread for a while, so that requests are in flight at SIGTERM.
const longText = (n: number) => `record${n} ` + 'Thiss sentense has a fiew speling erors in it. '.repeat(60);

describe('SIGTERM while api is under load', { skip: missing ?? false }, () => {
  let db: PrivateMariaDb;
  let server: ServedProcess;
  before(async () => {
    db = await startPrivateMariaDb();
    await db.createDatabase(DATABASE);
    server = await startServedProcess('api', { DATABASE_URL: db.url(DATABASE), SHUTDOWN_GRACE_MS: String(GRACE_MS), ENGINE_WORKERS: '1' });
    await server.waitForStatus('/api/readyz', 200, 15_000);
  });
  after(async () => {
    await server?.kill();
    await db?.destroy();
  });

  it('finishes what was sent, refuses new connections, exits 0 in time and loses no acknowledged record', { timeout: 40_000 }, async () => {
    const load = startLoad({ port: server.port, path: '/api/spell', prefix: 'term', concurrency: 12, text: longText, timeoutMs: 20_000 });
    await sleep(1_500);
    const signalledAt = performance.now();
    server.child.kill('SIGTERM');
    await sleep(300);
    const late = await postOnce(server.port, '/api/spell', 'after-sigterm', 'too late', 5_000);
    const exit = await server.exited;
    const outcomes = await load.stop();
    const counts = tally(outcomes);

    assert.equal(exit.code, 0, `exit code ${exit.code} (signal ${exit.signal})`);
    assert.ok(exit.at - signalledAt < GRACE_MS + LATE_MS, `exited ${Math.round(exit.at - signalledAt)} ms after SIGTERM (grace ${GRACE_MS} ms)`);
    assert.equal(late.status, 0, `a new connection 300 ms after SIGTERM was answered ${late.status}`);
    assert.equal(late.error, 'ECONNREFUSED');

    const sentBefore = outcomes.filter((o) => o.sentAt !== null && o.sentAt < signalledAt);
    const inFlight = sentBefore.filter((o) => o.endedAt > signalledAt);
    assert.ok(inFlight.length >= 1, 'no request was in flight at SIGTERM: the test proved nothing');
    const unfinished = sentBefore.filter((o) => o.status !== 201);
    assert.deepEqual(unfinished.map((o) => `${o.tag}: ${o.status || o.error}`), [], 'requests sent before SIGTERM did not complete');
    const afterwards = outcomes.filter((o) => o.startedAt > signalledAt + 100);
    for (const outcome of afterwards) assert.ok(outcome.status === 0 || outcome.status === 201 || outcome.status === 503, `after SIGTERM: ${outcome.status} ${outcome.error}`);

    const check = await db.connect(DATABASE);
    const [rows] = await check.query<RowDataPacket[]>('SELECT id, tag FROM records');
    await check.end();
    const savedIds = new Map(rows.map((row) => [row.tag as string, Number(row.id)]));
    const acknowledged = outcomes.filter((o) => o.status === 201);
    const missingRecords = acknowledged.filter((o) => savedIds.get(o.tag) !== o.savedId).map((o) => o.tag);
    assert.deepEqual(missingRecords, [], 'acknowledged records missing');
    assert.equal(rows.length, acknowledged.length, 'records saved that no client was told about');
    console.log(`sigterm run: ${JSON.stringify(counts)}, in flight at SIGTERM: ${inFlight.length}, exit after ${Math.round(exit.at - signalledAt)} ms`);
  });
});
