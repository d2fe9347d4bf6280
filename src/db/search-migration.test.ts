/**
 * Migrations 3 and 4 on a database that already holds records (an upgrade, not a fresh install):
 * records saved before full-text search existed are found by it, and a step whose effect is in
 * place but not recorded (a crash between the two) is recorded on the next start instead of failing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from './sqlite.ts';
import { openMysqlStore } from './mysql.ts';
import { MIGRATIONS } from './migrations.ts';
import type { NewRecord } from './store.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from './testing/mysql-scratch.ts';
import { parseMysqlUrl } from '../database-target.ts';

const note: NewRecord = { tag: 'old', operation: 'spell', original: 'Speling before search', processed: 'Spelling before search', sourceLanguage: null, engine: 'e' };
const ALL = MIGRATIONS.map((m) => m.version);

describe('search migrations on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'textops-upgrade-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the records saved before the full-text step', async () => {
    const path = join(dir, 'upgrade.db');
    await (await openSqliteStore(path)).close();
    // Back to a version-2 schema holding a record, as an older release left it.
    const db = new DatabaseSync(path);
    db.exec("DROP TRIGGER records_fts_insert; DROP TABLE records_fts; ALTER TABLE records DROP COLUMN edits_json; ALTER TABLE records DROP COLUMN source_id; DELETE FROM schema_migrations WHERE version > 2");
    db.prepare('INSERT INTO records (tag, operation, original_text, processed_text, source_language, engine, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('old', 'spell', note.original, note.processed, null, 'e', 1000);
    db.close();
    const store = await openSqliteStore(path);
    try {
      assert.deepEqual((await store.find({ text: 'spelling', limit: 5 })).records.map((r) => r.tag), ['old']);
      assert.equal((await store.get(1))?.edits, null);
    } finally {
      await store.close();
    }
  });
});

const baseUrl = testMysqlUrl();
const scratch = baseUrl === undefined ? undefined : new ScratchDatabases(baseUrl);
after(() => scratch?.dropAll());

describe('search migrations on MySQL', { skip: scratch === undefined ? MYSQL_SKIP_MESSAGE : false }, () => {
  it('records a step that ran but was not recorded, and indexes earlier records', async () => {
    const url = await scratch!.create();
    const first = await openMysqlStore(parseMysqlUrl(url, 'URL'), { connectionLimit: 2 });
    await first.save(note);
    await first.close();
    const conn = await connect(url);
    try {
      await conn.query('DELETE FROM schema_migrations WHERE version > 2');
    } finally {
      await conn.end();
    }
    const again = await openMysqlStore(parseMysqlUrl(url, 'URL'), { connectionLimit: 2 });
    try {
      assert.deepEqual((await again.find({ text: 'spelling', limit: 5 })).records.map((r) => r.tag), ['old']);
    } finally {
      await again.close();
    }
    const check = await connect(url);
    try {
      const [rows] = await check.query('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual((rows as { version: number }[]).map((r) => Number(r.version)), ALL);
    } finally {
      await check.end();
    }
  });
});
