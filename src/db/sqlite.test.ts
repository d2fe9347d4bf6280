import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { StoreUnavailableError } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteStore } from './sqlite.ts';
import { describeStoreContract } from './store.contract.ts';

const scratch = mkdtempSync(join(tmpdir(), 'textops-sqlite-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let serial = 0;

function appliedVersions(path: string): Promise<number[]> {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Promise.resolve(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all().map((r) => Number(r.version)));
  } finally {
    db.close();
  }
}

describeStoreContract('sqlite', {
  freshLocation: async () => join(scratch, `contract-${(serial += 1)}`, 'textops.db'),
  open: (path, clock) => openSqliteStore(path, { clock }),
  appliedVersions,
});

describe('sqlite store', () => {
  it('creates the file and its folders on first run, in WAL mode', async () => {
    const path = join(scratch, 'deep', 'er', 'first.db');
    const store = await openSqliteStore(path);
    await store.close();
    assert.equal(existsSync(path), true);
    const db = new DatabaseSync(path);
    assert.equal(db.prepare('PRAGMA journal_mode').get()?.journal_mode, 'wal');
    db.close();
  });

  it('works in memory', async () => {
    const store = await openSqliteStore(':memory:');
    await store.save({ tag: '', operation: 'space', original: 'ab', processed: 'a b', sourceLanguage: null, engine: 'e' });
    assert.equal(await store.count({}), 1);
    await store.close();
  });

  it('throws StoreUnavailableError when another process holds the write lock past busy_timeout, and saves nothing', async () => {
    const path = join(scratch, 'busy', 'busy.db');
    const store = await openSqliteStore(path, { busyTimeoutMs: 30 });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      await assert.rejects(
        store.save({ tag: 't', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' }),
        (error: unknown) => error instanceof StoreUnavailableError && /locked|busy/i.test(error.message),
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    assert.equal(await store.count({}), 0);
    await store.close();
  });

  it('waits for another process\'s write lock without blocking the event loop, then answers StoreUnavailableError', async () => {
    const path = join(scratch, 'busy-loop', 'busy.db');
    const store = await openSqliteStore(path, { busyTimeoutMs: 1_000 });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      // A timer due in 20 ms must fire long before the save, waiting 1 s for the lock, gives up (blocking, it fired after).
      const started = performance.now();
      const tick = new Promise<number>((resolve) => setTimeout(() => resolve(performance.now() - started), 20));
      const saving = store.save({ tag: 't', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' });
      const late = await tick;
      assert.ok(late < 500, `the event loop was blocked: a 20 ms timer fired after ${Math.round(late)} ms`);
      await assert.rejects(saving, StoreUnavailableError);
      assert.ok(performance.now() - started >= 900, 'it gave up before its busy timeout');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await store.close();
  });

  it('saves once the other process lets go of the lock within the wait', async () => {
    const path = join(scratch, 'busy-release', 'busy.db');
    const store = await openSqliteStore(path, { busyTimeoutMs: 2_000 });
    const other = new DatabaseSync(path);
    other.exec('BEGIN IMMEDIATE');
    setTimeout(() => {
      other.exec('ROLLBACK');
      other.close();
    }, 100);
    await store.save({ tag: 't', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' });
    assert.equal(await store.count({}), 1);
    await store.close();
  });

  it('migrates once when separate processes open the same new file at the same moment', async () => {
    const path = join(scratch, 'race', 'race.db');
    const child = `import { openSqliteStore } from ${JSON.stringify(new URL('./sqlite.ts', import.meta.url).href)};
      const s = await openSqliteStore(${JSON.stringify(path)});
      await s.save({ tag: String(process.pid), operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' });
      await s.close();`;
    // A module file, not `--input-type=module -e`: worker threads inherit that flag, and their loader refuses it for a file.
    const script = join(scratch, 'race', 'open-and-save.mjs');
    mkdirSync(dirname(script), { recursive: true });
    writeFileSync(script, child);
    const run = promisify(execFile);
    await Promise.all(Array.from({ length: 4 }, () => run(process.execPath, [script])));
    assert.deepEqual(await appliedVersions(path), MIGRATIONS.map((m) => m.version));
    const store = await openSqliteStore(path);
    assert.equal(await store.count({}), 4);
    await store.close();
  });
});
