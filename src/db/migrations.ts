/**
 * The schema as a versioned list of steps, applied at start-up by whichever process gets there
 * first. home and api may start at the same moment on one database, so each dialect serializes:
 * SQLite takes the write lock with BEGIN IMMEDIATE; MySQL takes the named lock GET_LOCK.
 *
 * Crash safety: a process may die between any two statements (an ECS task stopped during its
 * first start) and whatever starts next must finish the job.
 * - SQLite: DDL is transactional, so every pending step and its schema_migrations row commit
 *   together in one transaction; a crash anywhere rolls all of it back.
 * - MySQL: each DDL statement commits by itself, so a crash can leave a step half applied and its
 *   version unrecorded. Every MySQL statement is therefore safe to run again: written with IF NOT
 *   EXISTS, or given a `skipIf` query on information_schema that finds its effect already there
 *   (MySQL 8 has no ADD COLUMN IF NOT EXISTS; MariaDB does, but RDS runs MySQL). A re-run skips
 *   what is done and does the rest, then records the version.
 * Appending a migration: give it the next version, SQLite statements (any, they are transactional)
 * and MySQL statements that are each re-runnable as above.
 *
 * Column choices: texts are MEDIUMTEXT on MySQL (20,000 four-byte characters exceed TEXT's 64 KiB);
 * the table is utf8mb4 with a binary collation so that tag filters compare exactly as in SQLite
 * (but note MySQL's PAD SPACE: 'a' = 'a ' there); created_at is BIGINT milliseconds since the epoch,
 * UTC, in both dialects (exact, and free of session time zones).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Pool } from 'mysql2/promise';

/** A MySQL statement that is skipped when `skipIf` (bound to `values`) returns a row: its effect is already there. */
export interface GuardedStatement {
  sql: string;
  skipIf: { sql: string; values: readonly string[] };
}

export interface Migration {
  version: number;
  name: string;
  /** Statements run in order inside one transaction. */
  sqlite: readonly string[];
  /** Statements run in order, each committing by itself: each must be safe to run again (IF NOT EXISTS, or guarded). */
  mysql: string | readonly (string | GuardedStatement)[];
}

const COLUMN_EXISTS = 'SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?';
const INDEX_EXISTS = 'SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND INDEX_NAME = ?';

/** Skip this statement when `table` already has `column`. */
const unlessColumn = (table: string, column: string, sql: string): GuardedStatement => ({ sql, skipIf: { sql: COLUMN_EXISTS, values: [table, column] } });

/** Skip this statement when `table` already has the index `index`. */
const unlessIndex = (table: string, index: string, sql: string): GuardedStatement => ({ sql, skipIf: { sql: INDEX_EXISTS, values: [table, index] } });

// Indexes: one per filter shape (none, tag, operation, both), each ending in the paging order
// (created_at, id), so every page is an index range read backwards and stopped after limit + 1 rows.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records with newest-first and filter indexes',
    sqlite: [
      `CREATE TABLE IF NOT EXISTS records (
        id INTEGER PRIMARY KEY,
        tag TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('spell', 'space', 'translate')),
        original_text TEXT NOT NULL,
        processed_text TEXT NOT NULL,
        source_language TEXT,
        engine TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT`,
      'CREATE INDEX IF NOT EXISTS records_newest ON records (created_at, id)',
      'CREATE INDEX IF NOT EXISTS records_tag_newest ON records (tag, created_at, id)',
      'CREATE INDEX IF NOT EXISTS records_operation_newest ON records (operation, created_at, id)',
      'CREATE INDEX IF NOT EXISTS records_tag_operation_newest ON records (tag, operation, created_at, id)',
    ],
    mysql: `CREATE TABLE IF NOT EXISTS records (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        tag VARCHAR(255) NOT NULL,
        operation VARCHAR(16) NOT NULL,
        original_text MEDIUMTEXT NOT NULL,
        processed_text MEDIUMTEXT NOT NULL,
        source_language VARCHAR(35) NULL,
        engine VARCHAR(100) NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (id),
        KEY records_newest (created_at, id),
        KEY records_tag_newest (tag, created_at, id),
        KEY records_operation_newest (operation, created_at, id),
        KEY records_tag_operation_newest (tag, operation, created_at, id),
        CONSTRAINT records_operation_known CHECK (operation IN ('spell', 'space', 'translate'))
      ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin`,
  },
  {
    version: 2,
    name: 'records.legacy_id for an idempotent import of the original app',
    sqlite: [
      'ALTER TABLE records ADD COLUMN legacy_id TEXT',
      'CREATE UNIQUE INDEX IF NOT EXISTS records_legacy_id ON records (legacy_id)',
    ],
    mysql: [
      unlessColumn('records', 'legacy_id', 'ALTER TABLE records ADD COLUMN legacy_id VARCHAR(300) NULL'),
      unlessIndex('records', 'records_legacy_id', 'ALTER TABLE records ADD UNIQUE KEY records_legacy_id (legacy_id)'),
    ],
  },
  {
    version: 3,
    name: 'records.edits_json and records.source_id for the record page and reviewed corrections',
    sqlite: ['ALTER TABLE records ADD COLUMN edits_json TEXT', 'ALTER TABLE records ADD COLUMN source_id INTEGER'],
    mysql: [
      unlessColumn('records', 'edits_json', 'ALTER TABLE records ADD COLUMN edits_json MEDIUMTEXT NULL'),
      unlessColumn('records', 'source_id', 'ALTER TABLE records ADD COLUMN source_id BIGINT UNSIGNED NULL'),
    ],
  },
  {
    // Records are append-only, so an insert trigger keeps the external-content FTS5 table complete;
    // 'rebuild' indexes the rows saved before this step. On MySQL the two text columns move to a
    // case-insensitive collation (stored bytes unchanged; nothing compares them otherwise) so that
    // FULLTEXT matches "Speling" for "speling", as FTS5's unicode61 tokenizer does.
    version: 4,
    name: 'full-text search over the texts: FTS5 on SQLite, FULLTEXT on MySQL',
    sqlite: [
      "CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(original_text, processed_text, content = 'records', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')",
      'CREATE TRIGGER IF NOT EXISTS records_fts_insert AFTER INSERT ON records BEGIN INSERT INTO records_fts (rowid, original_text, processed_text) VALUES (new.id, new.original_text, new.processed_text); END',
      "INSERT INTO records_fts (records_fts) VALUES ('rebuild')",
    ],
    // The collation change is idempotent (running it again changes nothing); the index is guarded.
    mysql: [
      'ALTER TABLE records MODIFY original_text MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL, MODIFY processed_text MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL',
      unlessIndex('records', 'records_fulltext', 'ALTER TABLE records ADD FULLTEXT INDEX records_fulltext (original_text, processed_text)'),
    ],
  },
];

const SQLITE_MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT';
const MYSQL_MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INT NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4';
const SELECT_VERSIONS = 'SELECT version FROM schema_migrations';
const INSERT_VERSION = 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)';

/** The MySQL advisory lock is named after the database, so separate databases never contend. */
const GET_LOCK = "SELECT GET_LOCK(CONCAT('textops_migrations:', DATABASE()), ?) AS got";
const RELEASE_LOCK = "SELECT RELEASE_LOCK(CONCAT('textops_migrations:', DATABASE()))";
const MYSQL_LOCK_WAIT_SECONDS = 60;

/** The migrations not yet in `applied`, in version order. */
function pendingMigrations(applied: Iterable<number>, all: readonly Migration[] = MIGRATIONS): Migration[] {
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
}

/**
 * Called after each statement a migration runs (its DDL and its version row), with a running
 * count from 0. Tests use it to stop the process at every statement boundary; start-up passes none.
 */
export type StatementHook = (index: number) => void | Promise<void>;

/** Apply pending migrations to a SQLite database under its write lock; returns the versions applied. */
export function migrateSqlite(db: DatabaseSync, now: () => number = Date.now, afterStatement?: (index: number) => void): number[] {
  let index = 0;
  const step = () => afterStatement?.(index++);
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(SQLITE_MIGRATIONS_TABLE);
    step();
    const applied = db.prepare(SELECT_VERSIONS).all().map((row) => Number(row.version));
    const pending = pendingMigrations(applied);
    const record = db.prepare(INSERT_VERSION);
    for (const migration of pending) {
      for (const statement of migration.sqlite) {
        db.exec(statement);
        step();
      }
      record.run(migration.version, migration.name, now());
      step();
    }
    db.exec('COMMIT');
    return pending.map((m) => m.version);
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** A migration's MySQL statements as a list. */
export function mysqlStatements(migration: Migration): readonly (string | GuardedStatement)[] {
  return typeof migration.mysql === 'string' ? [migration.mysql] : migration.mysql;
}

/** Apply pending migrations to a MySQL database under GET_LOCK; returns the versions applied. */
export async function migrateMysql(pool: Pool, now: () => number = Date.now, afterStatement?: StatementHook): Promise<number[]> {
  let index = 0;
  const step = async () => afterStatement?.(index++);
  const conn = await pool.getConnection();
  try {
    const [locked] = await conn.execute(GET_LOCK, [MYSQL_LOCK_WAIT_SECONDS]);
    if (Number((locked as { got: unknown }[])[0]?.got) !== 1) {
      throw new Error(`could not take the migration lock within ${MYSQL_LOCK_WAIT_SECONDS} s (another process is migrating?)`);
    }
    try {
      await conn.query(MYSQL_MIGRATIONS_TABLE);
      await step();
      const [rows] = await conn.query(SELECT_VERSIONS);
      const pending = pendingMigrations((rows as { version: unknown }[]).map((row) => Number(row.version)));
      for (const migration of pending) {
        for (const statement of mysqlStatements(migration)) {
          if (typeof statement === 'string') {
            await conn.query(statement);
          } else {
            const [found] = await conn.execute(statement.skipIf.sql, [...statement.skipIf.values]);
            if ((found as unknown[]).length === 0) await conn.query(statement.sql);
          }
          await step();
        }
        await conn.execute(INSERT_VERSION, [migration.version, migration.name, now()]);
        await step();
      }
      return pending.map((m) => m.version);
    } finally {
      await conn.query(RELEASE_LOCK);
    }
  } finally {
    conn.release();
  }
}
