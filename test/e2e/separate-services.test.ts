/**
 * Production's shape: home and api as separate processes sharing one database (SQLite file
 * always; MariaDB when TEXTOPS_TEST_MYSQL_URL is set). A record made through api shows on home,
 * each process answers only its own paths, and SIGTERM exits 0.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServiceProcess, waitUntilReady } from '../support/process.ts';
import { getJson, postJson } from '../support/app.ts';
import { ScratchDatabases, testMysqlUrl, MYSQL_SKIP_MESSAGE } from '../../src/db/testing/mysql-scratch.ts';

async function sharedDatabaseScenario(databaseUrl: string): Promise<void> {
  const started = await Promise.allSettled([startServiceProcess('home', { DATABASE_URL: databaseUrl }), startServiceProcess('api', { DATABASE_URL: databaseUrl })]);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed !== undefined) {
    // One did not start: stop the other, so no process outlives the test.
    await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop('SIGKILL') : Promise.resolve(null))));
    throw failed.reason;
  }
  const [home, api] = started.map((result) => (result as PromiseFulfilledResult<Awaited<ReturnType<typeof startServiceProcess>>>).value);
  assert.ok(home && api, 'both services started');
  try {
    await Promise.all([waitUntilReady(`${home.url}/readyz`), waitUntilReady(`${api.url}/api/readyz`)]);
    const tag = `separate-${Date.now()}`;
    const saved = await postJson(`${api.url}/api/spell`, { id: tag, text: 'Ths is a tset' });
    assert.equal(saved.status, 201);
    const feed = await getJson(`${home.url}/records.json?tag=${tag}`);
    assert.equal(feed.total, 1);
    assert.equal(feed.records[0].id, saved.json.id);
    assert.equal(feed.records[0].processed, saved.json.processed);
    const page = await (await fetch(`${home.url}/?tag=${tag}`)).text();
    assert.match(page, new RegExp(tag));

    // Each process serves only its side of the load balancer's rule.
    assert.equal((await fetch(`${home.url}/api/spell`)).status, 404);
    assert.equal((await fetch(`${api.url}/`)).status, 404);
    assert.equal((await fetch(`${home.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${api.url}/api/healthz`)).status, 200);
    assert.equal((await fetch(`${api.url}/api/readyz`)).status, 200);
  } finally {
    const codes = await Promise.all([home.stop('SIGTERM'), api.stop('SIGTERM')]);
    assert.deepEqual(codes, [0, 0]);
  }
}

describe('home and api as separate processes', () => {
  it('share a SQLite file: a record made through api appears on home', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'textops-separate-'));
    try {
      await sharedDatabaseScenario(`sqlite:${join(dir, 'shared.db')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const mysqlUrl = testMysqlUrl();
  const scratch = mysqlUrl === undefined ? null : new ScratchDatabases(mysqlUrl);
  after(() => scratch?.dropAll());
  it('share a MariaDB database: a record made through api appears on home', { skip: scratch === null ? MYSQL_SKIP_MESSAGE : false }, async () => {
    await sharedDatabaseScenario(await scratch!.create());
  });
});
