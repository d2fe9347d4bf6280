import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { StoreUnavailableError } from './errors.ts';
import { openSqliteStore } from './sqlite.ts';
import { sqliteWriter } from './sqlite-writer.ts';

const scratch = mkdtempSync(join(tmpdir(), 'textops-writer-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const CRASHING_THREAD = new URL('./testing/crashing-writer-thread.ts', import.meta.url);

describe('sqlite writer thread', () => {
  it('answers a save once the row is committed, so any other connection reads it at once', async () => {
    const path = join(scratch, 'committed.db');
    const store = await openSqliteStore(path);
    const other = new DatabaseSync(path, { readOnly: true });
    try {
      for (let i = 0; i < 5; i++) {
        // Long enough for the writer thread (rows over 4,096 characters go there).
        const saved = await store.save({ tag: `t${i}`, operation: 'spell', original: `teh ${'x'.repeat(5_000)}`, processed: `the ${'x'.repeat(5_000)}`, sourceLanguage: null, engine: 'e', edits: [{ offset: 0, length: 3, replacement: 'the' }] });
        const row = other.prepare('SELECT tag, edits_json FROM records WHERE id = ?').get(saved.id);
        assert.deepEqual({ ...row }, { tag: `t${i}`, edits_json: '[{"offset":0,"length":3,"replacement":"the"}]' });
      }
    } finally {
      other.close();
      await store.close();
    }
  });

  it('copies the WAL back into the database file by itself, so no commit has to run a checkpoint', async () => {
    const path = join(scratch, 'checkpointed.db');
    const store = await openSqliteStore(path);
    try {
      const before = statSync(path).size;
      // ~100 pages in all: far under the writer's own automatic checkpoint (4,000 pages), so only the checkpointer copies them.
      for (let i = 0; i < 10; i++) await store.save({ tag: '', operation: 'space', original: 'x'.repeat(20_000), processed: 'y'.repeat(20_000), sourceLanguage: null, engine: 'e' });
      // Wait for all of it, not for the first change: a checkpoint that ran between two saves has copied only part.
      const copied = (): boolean => statSync(path).size > before + 10 * 20_000;
      for (let waited = 0; !copied() && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(copied(), `the database file grew from ${before} to ${statSync(path).size} bytes`);
    } finally {
      await store.close();
    }
  });

  it('fails the inserts a dead thread held as maybe saved, and starts a new thread for the next insert', async () => {
    const writer = sqliteWriter(join(scratch, 'unused.db'), { threadUrl: CRASHING_THREAD });
    try {
      const held = writer.insert(['hold'], 1000);
      const crashing = writer.insert(['crash'], 1000);
      for (const insert of [held, crashing]) {
        await assert.rejects(insert, (error: unknown) => error instanceof StoreUnavailableError && error.maybeSaved && /writer thread stopped/.test(error.message));
      }
      assert.equal(await writer.insert(['after'], 1000), 1, 'a fresh thread answered');
    } finally {
      await writer.close();
    }
  });

  it('finishes the pending inserts before it closes', async () => {
    const writer = sqliteWriter(join(scratch, 'unused.db'), { threadUrl: CRASHING_THREAD });
    const inserts = [writer.insert(['a'], 1000), writer.insert(['b'], 1000)];
    await writer.close();
    assert.deepEqual(await Promise.all(inserts), [1, 2]);
    await assert.rejects(writer.insert(['c'], 1000), /closed/);
  });

  it('lets a process that never closes its store exit once its saves are answered (on the writer thread)', async () => {
    const script = join(scratch, 'never-closes.mjs');
    writeFileSync(
      script,
      `import { openSqliteStore } from ${JSON.stringify(new URL('./sqlite.ts', import.meta.url).href)};
      const store = await openSqliteStore(${JSON.stringify(join(scratch, 'never-closes.db'))});
      const saved = await store.save({ tag: '', operation: 'space', original: 'a'.repeat(5000), processed: 'b'.repeat(5000), sourceLanguage: null, engine: 'e' });
      console.log(saved.id);`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 20_000 });
    assert.equal(stdout.trim(), '1');
  });
});
