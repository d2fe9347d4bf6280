import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { StoreUnavailableError } from './errors.ts';
import { openMysqlStore } from './mysql.ts';
import { describeStoreContract } from './store.contract.ts';
import type { NewRecord } from './store.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from './testing/mysql-scratch.ts';
import { closedPort, silentServer, startTcpProxy } from './testing/tcp-proxy.ts';

const baseUrl = testMysqlUrl();
const scratch = baseUrl === undefined ? undefined : new ScratchDatabases(baseUrl);
after(() => scratch?.dropAll());

const note: NewRecord = { tag: 'n', operation: 'spell', original: 'teh', processed: 'the', sourceLanguage: null, engine: 'e' };

if (scratch === undefined) {
  describe('store contract: mysql', { skip: MYSQL_SKIP_MESSAGE }, () => undefined);
} else {
  describeStoreContract('mysql', {
    freshLocation: () => scratch.create(),
    open: (url, clock) => openMysqlStore(url, { clock, connectionLimit: 4 }),
    appliedVersions: async (url) => {
      const conn = await connect(url);
      try {
        const [rows] = await conn.query('SELECT version FROM schema_migrations ORDER BY version');
        return (rows as { version: number }[]).map((r) => Number(r.version));
      } finally {
        await conn.end();
      }
    },
  });
}

describe('mysql store when the database is unreachable', () => {
  it('throws StoreUnavailableError when nothing listens on the port', async () => {
    const port = await closedPort();
    await assert.rejects(openMysqlStore(`mysql://root@127.0.0.1:${port}/textops`), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.match(error.message, /ECONNREFUSED|connect/i);
      return true;
    });
  });

  it('gives up after the connect timeout when the server never answers', async () => {
    const server = await silentServer();
    const started = performance.now();
    try {
      await assert.rejects(openMysqlStore(`mysql://root@127.0.0.1:${server.port}/textops`, { connectTimeoutMs: 300 }), StoreUnavailableError);
      assert.ok(performance.now() - started < 5_000);
    } finally {
      await server.close();
    }
  });
});

describe('mysql store when the database goes away', { skip: scratch === undefined && MYSQL_SKIP_MESSAGE }, () => {
  async function storeBehindProxy(options: { queryTimeoutMs?: number } = {}) {
    const url = new URL(await scratch!.create());
    const proxy = await startTcpProxy(url.hostname, Number(url.port || 3306));
    const direct = url.href;
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const store = await openMysqlStore(url.href, { connectionLimit: 2, connectTimeoutMs: 500, acquireTimeoutMs: 1_000, ...options });
    return { store, proxy, direct };
  }

  it('rejects with StoreUnavailableError once connections are reset, and saves nothing', async () => {
    const { store, proxy, direct } = await storeBehindProxy();
    try {
      await store.save(note);
      await proxy.cut();
      await assert.rejects(store.page({ limit: 5 }), StoreUnavailableError);
      await assert.rejects(store.ping(), StoreUnavailableError);
      // No connection could be made, so this save provably never reached the server.
      await assert.rejects(store.save(note), (error: unknown) => error instanceof StoreUnavailableError && !error.maybeSaved);
    } finally {
      await store.close();
      await proxy.cut();
    }
    const check = await openMysqlStore(direct);
    assert.equal(await check.count({}), 1);
    await check.close();
  });

  it('rejects with StoreUnavailableError within the query timeout when the server stalls', async () => {
    const { store, proxy } = await storeBehindProxy({ queryTimeoutMs: 300 });
    try {
      await store.ping();
      proxy.stall();
      const started = performance.now();
      // The pooled connection takes the save into the stall: the server may yet commit it, and the error says so.
      await assert.rejects(store.save(note), (error: unknown) => error instanceof StoreUnavailableError && error.maybeSaved);
      // A new connection cannot complete its handshake through the stall either.
      await assert.rejects(store.count({}), StoreUnavailableError);
      assert.ok(performance.now() - started < 5_000, 'bounded by query + connect timeouts');
    } finally {
      await store.close();
      await proxy.cut();
    }
  });

  it('fails at once, not as unavailable, on a wrong password', async () => {
    const url = new URL(await scratch!.create());
    url.username = 'textops_nobody';
    url.password = 'wrong';
    await assert.rejects(openMysqlStore(url.href), (error: unknown) => !(error instanceof StoreUnavailableError) && /denied/i.test(String(error)));
  });
});
