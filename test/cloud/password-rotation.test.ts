/**
 * The database password rotates while api is under load, and nobody steps in.
 *
 * api runs as production does (a child process, DB_SECRET_ARN naming its own least-privilege
 * user's secret, read through the real SDK from the Secrets Manager stand-in). Mid-load, the
 * scratch MariaDB user's password changes and its sessions are cut (a rotation, then the
 * connections recycling). Until the secret holds the new password, new connections get 1045:
 * requests answer 503 and /api/readyz shows the outage. Once the secret is updated, the store's
 * refetch-after-1045 picks it up and recovers by itself; every 201 has its record.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RowDataPacket } from 'mysql2/promise';
import { bootstrapAppUser } from '../../src/db/bootstrap.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from '../../src/db/testing/mysql-scratch.ts';
import { startLoad, tally } from '../support/load-driver.ts';
import { startServedProcess, type ServedProcess } from '../support/served-process.ts';
import { FAKE_AWS_CREDENTIALS, fakeSecretArn, startSecretsManagerStandIn, type SecretsManagerStandIn } from '../standins/secrets-manager.ts';

const baseUrl = testMysqlUrl();

describe('a database password rotation under load', { skip: baseUrl === undefined && MYSQL_SKIP_MESSAGE }, () => {
  const scratch = new ScratchDatabases(baseUrl ?? 'mysql://unused@127.0.0.1/x');
  const user = `textops_rot_${randomBytes(4).toString('hex')}`;
  const arn = fakeSecretArn('textops-app');
  let standIn: SecretsManagerStandIn;
  let server: ServedProcess;
  let database: string;

  const admin = async <T>(work: (conn: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> => {
    const conn = await connect(baseUrl!);
    try {
      return await work(conn);
    } finally {
      await conn.end();
    }
  };

  before(async () => {
    standIn = await startSecretsManagerStandIn();
    const url = new URL(await scratch.create());
    database = url.pathname.slice(1);
    await admin((conn) => bootstrapAppUser(conn, { user, password: 'before-R0tation', database }));
    standIn.put(arn, JSON.stringify({ username: user, password: 'before-R0tation' }));
    url.username = 'from-db-secret';
    server = await startServedProcess('api', {
      DATABASE_URL: url.href,
      DB_SECRET_ARN: arn,
      DB_POOL_SIZE: '4',
      ENGINE_WORKERS: '0',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: standIn.url,
      AWS_ACCESS_KEY_ID: FAKE_AWS_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: FAKE_AWS_CREDENTIALS.secretAccessKey,
    });
    await server.waitForStatus('/api/readyz', 200, 15_000);
  });
  after(async () => {
    await server?.kill();
    await admin((conn) => conn.query('DROP USER IF EXISTS ?@?', [user, '%']));
    await scratch.dropAll();
    await standIn?.close();
  });

  it('answers 503 and not ready while the secret lags, then recovers by itself with every 201 saved', { timeout: 60_000 }, async (t) => {
    const load = startLoad({ port: server.port, path: '/api/space', prefix: 'rot', concurrency: 4, text: (n) => `rotation${n}keepseverything`, timeoutMs: 20_000, pauseMs: 5 });
    // Stopped whatever happens, so a failed assertion cannot leave the loops running.
    t.after(() => load.stop());
    await sleep(1_000);
    const rotatedAt = performance.now();
    await admin(async (conn) => {
      await conn.query('ALTER USER ?@? IDENTIFIED BY ?', [user, '%', 'after-R0tation']);
      const [sessions] = await conn.query<RowDataPacket[]>('SELECT id FROM information_schema.PROCESSLIST WHERE user = ?', [user]);
      for (const session of sessions) await conn.query('KILL CONNECTION ?', [Number(session.id)]).catch(() => undefined);
    });
    await server.waitForStatus('/api/readyz', 503, 5_000);
    const readyzDuringOutage = await fetch(`${server.url}/api/readyz`);
    assert.equal(readyzDuringOutage.status, 503);
    await sleep(1_500);
    const callsBeforeUpdate = standIn.requests.length;
    standIn.put(arn, JSON.stringify({ username: user, password: 'after-R0tation' }));
    const updatedAt = performance.now();
    await server.waitForStatus('/api/readyz', 200, 10_000);
    const deadline = performance.now() + 10_000;
    while (!load.outcomes.some((o) => o.startedAt > updatedAt && o.status === 201) && performance.now() < deadline) await sleep(100);
    await sleep(500);
    const outcomes = await load.stop();
    const counts = tally(outcomes);

    assert.equal(server.child.exitCode, null, 'the server process exited');
    assert.ok(outcomes.every((o) => o.status === 201 || o.status === 503), `unexpected answers: ${JSON.stringify(counts)}`);
    assert.ok(outcomes.some((o) => o.startedAt < rotatedAt && o.status === 201), 'nothing saved before the rotation');
    assert.ok(outcomes.some((o) => o.startedAt > rotatedAt && o.startedAt < updatedAt && o.status === 503), `no request saw the outage: ${JSON.stringify(counts)}`);
    assert.ok(outcomes.some((o) => o.startedAt > updatedAt && o.status === 201), `never recovered: ${JSON.stringify(counts)}`);
    // Refused passwords refetch the secret at most about once a second, not once per request.
    assert.ok(callsBeforeUpdate <= 10, `${callsBeforeUpdate} GetSecretValue calls in about 3 s of refused passwords`);

    const [rows] = await admin((conn) => conn.query<RowDataPacket[]>('SELECT id, tag, original_text FROM ??.records', [database]));
    const saved = new Map(rows.map((row) => [row.tag as string, row]));
    const acknowledged = outcomes.filter((o) => o.status === 201);
    assert.deepEqual(acknowledged.filter((o) => Number(saved.get(o.tag)?.id) !== o.savedId || saved.get(o.tag)?.original_text !== o.text).map((o) => o.tag), [], 'acknowledged records missing or different');
    console.log(`rotation: ${JSON.stringify(counts)}, GetSecretValue calls ${standIn.requests.length}`);
  });
});
