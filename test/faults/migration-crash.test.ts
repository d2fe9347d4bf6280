/**
 * Point 9 of issue 10: a crash during a migration must never brick the database. For every
 * statement boundary of every migration, on both stores, a child process applies the migrations
 * to an empty database and is SIGKILLed right after that statement; the store is then opened as
 * start-up opens it, and its schema must equal the schema of a clean migration. One more test
 * kills `textops serve` itself (SIGKILL from outside) at moments after "opening database" on an
 * empty MariaDB database, as an ECS task stopped during its first start would be, and starts it again.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS, mysqlStatements } from '../../src/db/migrations.ts';
import { openSqliteStore } from '../../src/db/sqlite.ts';
import { openMysqlStore } from '../../src/db/mysql.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from '../../src/db/testing/mysql-scratch.ts';
import { startServedProcess } from '../support/served-process.ts';
import { parseMysqlUrl } from '../../src/database-target.ts';

const CHILD = fileURLToPath(new URL('../../src/db/testing/migrate-and-die.ts', import.meta.url));
const SQLITE_STATEMENTS = 1 + MIGRATIONS.reduce((sum, m) => sum + m.sqlite.length + 1, 0);
const MYSQL_STATEMENTS = 1 + MIGRATIONS.reduce((sum, m) => sum + mysqlStatements(m).length + 1, 0);

/** Runs the child; resolves with the signal that ended it (null when it completed). */
function migrateAndDie(kind: 'sqlite' | 'mysql', location: string, crashAt: number): Promise<{ signal: string | null; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CHILD, kind, location, String(crashAt)], (error, stdout, stderr) => {
      const signal = (error as { signal?: string } | null)?.signal ?? null;
      if (error !== null && signal === null) throw new Error(`the child failed: ${stderr}`);
      resolve({ signal, stdout });
    });
  });
}

/** Runs `work` for each item, `width` at a time. */
async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

const boundaries = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('a crash at every statement boundary of the SQLite migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'textops-migration-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  function schema(path: string): unknown {
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return {
        objects: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all(),
        versions: db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all(),
      };
    } finally {
      db.close();
    }
  }

  it(`leaves a database that opens with the clean schema, at each of ${SQLITE_STATEMENTS} boundaries`, async () => {
    const clean = join(dir, 'clean.db');
    await (await openSqliteStore(clean)).close();
    const expected = schema(clean);
    await inBatches(boundaries(SQLITE_STATEMENTS), 4, async (crashAt) => {
      const path = join(dir, `crash-${crashAt}.db`);
      const { signal } = await migrateAndDie('sqlite', path, crashAt);
      assert.equal(signal, 'SIGKILL', `the child was not killed at statement ${crashAt}`);
      const store = await openSqliteStore(path);
      await store.save({ tag: 't', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' });
      await store.close();
      assert.deepEqual(schema(path), expected, `schema after a crash at statement ${crashAt}`);
    });
  });
});

const baseUrl = testMysqlUrl();
const scratch = baseUrl === undefined ? undefined : new ScratchDatabases(baseUrl);
after(() => scratch?.dropAll());

/** The schema of a MySQL database: the tables as created, without counters, and the versions recorded. */
async function mysqlSchema(url: string): Promise<unknown> {
  const conn = await connect(url);
  try {
    const tables: string[] = [];
    for (const table of ['records', 'schema_migrations']) {
      const [rows] = await conn.query(`SHOW CREATE TABLE ${table}`);
      tables.push(String((rows as Record<string, string>[])[0]?.['Create Table']).replace(/ AUTO_INCREMENT=\d+/, ''));
    }
    const [versions] = await conn.query('SELECT version, name FROM schema_migrations ORDER BY version');
    return { tables, versions };
  } finally {
    await conn.end();
  }
}

describe('a crash at every statement boundary of the MySQL migrations', { skip: scratch === undefined && MYSQL_SKIP_MESSAGE }, () => {
  it(`leaves a database that opens with the clean schema, at each of ${MYSQL_STATEMENTS} boundaries`, async () => {
    const clean = await scratch!.create();
    await (await openMysqlStore(parseMysqlUrl(clean, 'URL'))).close();
    const expected = await mysqlSchema(clean);
    await inBatches(boundaries(MYSQL_STATEMENTS), 3, async (crashAt) => {
      const url = await scratch!.create();
      const { signal } = await migrateAndDie('mysql', url, crashAt);
      assert.equal(signal, 'SIGKILL', `the child was not killed at statement ${crashAt}`);
      const store = await openMysqlStore(parseMysqlUrl(url, 'URL'), { connectionLimit: 2 });
      await store.save({ tag: 't', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' });
      await store.close();
      assert.deepEqual(await mysqlSchema(url), expected, `schema after a crash at statement ${crashAt}`);
    });
  });

  it('starts again after `textops serve` is SIGKILLed moments after "opening database" on an empty database', async () => {
    const clean = await scratch!.create();
    await (await openMysqlStore(parseMysqlUrl(clean, 'URL'))).close();
    const expected = await mysqlSchema(clean);
    for (const delayMs of [0, 40, 120]) {
      const url = await scratch!.create();
      const first = await startServedProcess('home', { DATABASE_URL: url });
      await first.waitForLog((line) => line.msg === 'opening database', 10_000, '"opening database"');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await first.kill();
      const second = await startServedProcess('home', { DATABASE_URL: url });
      try {
        await second.waitForStatus('/readyz', 200, 20_000);
      } finally {
        await second.kill();
      }
      assert.deepEqual(await mysqlSchema(url), expected, `schema after a kill ${delayMs} ms after opening`);
    }
  });
});
