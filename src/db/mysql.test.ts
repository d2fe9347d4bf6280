import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { StoreUnavailableError } from './errors.ts';
import { openMysqlStore } from './mysql.ts';
import { describeStoreContract } from './store.contract.ts';
import type { NewRecord } from './store.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from './testing/mysql-scratch.ts';
import { closedPort, silentServer, startTcpProxy } from './testing/tcp-proxy.ts';
import { parseMysqlUrl } from '../database-target.ts';

const baseUrl = testMysqlUrl();
const scratch = baseUrl === undefined ? undefined : new ScratchDatabases(baseUrl);
after(() => scratch?.dropAll());

const note: NewRecord = { tag: 'n', operation: 'spell', original: 'teh', processed: 'the', sourceLanguage: null, engine: 'e' };

if (scratch === undefined) {
  describe('store contract: mysql', { skip: MYSQL_SKIP_MESSAGE }, () => undefined);
} else {
  describeStoreContract('mysql', {
    freshLocation: () => scratch.create(),
    open: (url, clock) => openMysqlStore(parseMysqlUrl(url, 'URL'), { clock, connectionLimit: 4 }),
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
    await assert.rejects(openMysqlStore(parseMysqlUrl(`mysql://root@127.0.0.1:${port}/textops`, 'URL')), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError);
      assert.match(error.message, /ECONNREFUSED|connect/i);
      return true;
    });
  });

  it('gives up after the connect timeout when the server never answers', async () => {
    const server = await silentServer();
    const started = performance.now();
    try {
      await assert.rejects(openMysqlStore(parseMysqlUrl(`mysql://root@127.0.0.1:${server.port}/textops`, 'URL'), { connectTimeoutMs: 300 }), StoreUnavailableError);
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
    const store = await openMysqlStore(parseMysqlUrl(url.href, 'URL'), { connectionLimit: 2, connectTimeoutMs: 500, acquireTimeoutMs: 1_000, ...options });
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
    const check = await openMysqlStore(parseMysqlUrl(direct, 'URL'));
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
    await assert.rejects(openMysqlStore(parseMysqlUrl(url.href, 'URL')), (error: unknown) => !(error instanceof StoreUnavailableError) && /denied/i.test(String(error)));
  });
});

describe('mysql store when a statement is interrupted', { skip: scratch === undefined && MYSQL_SKIP_MESSAGE }, () => {
  /** Hold a write lock on records from another session while `work` runs; returns that session for KILLs. */
  async function whileLocked<T>(url: string, work: (admin: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> {
    const locker = await connect(url);
    const admin = await connect(url);
    try {
      await locker.query('LOCK TABLES records WRITE');
      return await work(admin);
    } finally {
      await locker.query('UNLOCK TABLES').catch(() => undefined);
      await locker.end();
      await admin.end();
    }
  }

  it('turns KILL QUERY (1317) into StoreUnavailableError', async () => {
    const url = await scratch!.create();
    const store = await openMysqlStore(parseMysqlUrl(url, 'URL'), { connectionLimit: 2 });
    try {
      await whileLocked(url, async (admin) => {
        const saving = store.save({ ...note, tag: 'killed' });
        saving.catch(() => undefined);
        let id: number | undefined;
        for (let i = 0; i < 100 && id === undefined; i++) {
          const [rows] = await admin.query("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE INFO LIKE 'INSERT INTO records%' AND DB = DATABASE()");
          id = (rows as { id: number }[])[0]?.id;
          if (id === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        assert.ok(id !== undefined, 'the save never reached the server');
        await admin.query(`KILL QUERY ${Number(id)}`);
        await assert.rejects(saving, (error: unknown) => error instanceof StoreUnavailableError && (error.cause as { errno?: number })?.errno === 1317);
      });
    } finally {
      await store.close();
    }
  });

  it('turns max_statement_time (1969) into StoreUnavailableError', async () => {
    const url = new URL(await scratch!.create());
    const root = await connect(url.href);
    const user = `textops_t${process.pid}_${Date.now() % 100_000}`;
    const password = `pw${Math.random().toString(36).slice(2)}`;
    try {
      await root.query(`CREATE USER ?@'%' IDENTIFIED BY ? WITH MAX_STATEMENT_TIME 0.2`, [user, password]);
      await root.query(`GRANT ALL ON \`${url.pathname.slice(1)}\`.* TO ?@'%'`, [user]);
      const limited = new URL(url.href);
      limited.username = user;
      limited.password = password;
      const store = await openMysqlStore(parseMysqlUrl(limited.href, 'URL'), { connectionLimit: 2 });
      try {
        await whileLocked(url.href, async () => {
          await assert.rejects(store.save(note), (error: unknown) => error instanceof StoreUnavailableError && (error.cause as { errno?: number })?.errno === 1969);
        });
      } finally {
        await store.close();
      }
    } finally {
      await root.query('DROP USER IF EXISTS ?@\'%\'', [user]).catch(() => undefined);
      await root.end();
    }
  });
});
