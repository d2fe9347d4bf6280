/**
 * Start-up with the database down (RDS still booting): the server listens at once, /api/healthz
 * answers, /api/readyz and submits answer 503 with Retry-After, the log says it is waiting (with
 * growing, jittered delays), and it becomes ready by itself once the database comes up.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mariadbMissing, startPrivateMariaDb, type PrivateMariaDb } from '../support/private-mariadb.ts';
import { startServedProcess, type ServedProcess } from '../support/served-process.ts';
import { postOnce } from '../support/load-driver.ts';

const missing = mariadbMissing();
const DATABASE = 'textops_startup';

describe('start-up while the database is down', { skip: missing ?? false }, () => {
  let db: PrivateMariaDb;
  let server: ServedProcess | undefined;
  before(async () => {
    db = await startPrivateMariaDb();
    await db.createDatabase(DATABASE);
    await db.stop();
  });
  after(async () => {
    await server?.kill();
    await db?.destroy();
  });

  it('stays healthy but not ready, logs its backoff, and becomes ready when the database comes up', { timeout: 60_000 }, async () => {
    const started = performance.now();
    server = await startServedProcess('api', { DATABASE_URL: db.url(DATABASE), DB_CONNECT_ATTEMPTS: '100' });
    const healthz = await fetch(`${server.url}/api/healthz`);
    assert.equal(healthz.status, 200);
    await healthz.body?.cancel();
    const readyz = await fetch(`${server.url}/api/readyz`, { headers: { accept: 'application/json' } });
    assert.equal(readyz.status, 503);
    assert.match(readyz.headers.get('retry-after') ?? '', /^\d+$/);
    await readyz.body?.cancel();
    const submit = await postOnce(server.port, '/api/space', 'too-early', 'helloworld', 10_000);
    assert.equal(submit.status, 503);
    assert.match(submit.retryAfter ?? '', /^\d+$/);

    await server.waitForLog((line) => line.msg === 'waiting for database' && Number(line.attempt) >= 3, 15_000, '"waiting for database" (attempt 3)');
    const waits = server.logs.filter((line) => line.msg === 'waiting for database');
    assert.deepEqual(waits.map((line) => line.attempt), waits.map((_, i) => i + 1), 'attempts are logged in order');
    for (const line of waits) assert.equal(typeof line.delayMs, 'number', 'each wait says how long');

    const upAt = performance.now();
    await db.start();
    await server.waitForStatus('/api/readyz', 200, 25_000);
    const readyAfter = performance.now() - upAt;
    const saved = await postOnce(server.port, '/api/space', 'once-ready', 'helloworld', 10_000);
    assert.equal(saved.status, 201);
    assert.equal(server.child.exitCode, null);
    console.log(`start-up run: ${waits.length} waits logged before the database came up ${Math.round(upAt - started)} ms in; ready ${Math.round(readyAfter)} ms after it did`);
  });
});
