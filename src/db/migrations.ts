/**
 * The schema as a versioned list of steps, applied at start-up by whichever process gets there
 * first. home and api may start at the same moment on one database, so each dialect serializes:
 * SQLite takes the write lock with BEGIN IMMEDIATE (and, DDL being transactional there, a step and
 * its schema_migrations row commit together); MySQL takes the named lock GET_LOCK and runs each
 * step as a single DDL statement (MySQL DDL commits implicitly, so one statement per step keeps a
 * step all-or-nothing). A process that waited for the lock re-reads schema_migrations and finds
 * nothing left to do.
 *
 * Column choices: texts are MEDIUMTEXT on MySQL (20,000 four-byte characters exceed TEXT's 64 KiB);
 * the table is utf8mb4 with a binary collation so that tag filters compare exactly as in SQLite
 * (but note MySQL's PAD SPACE: 'a' = 'a ' there); created_at is BIGINT milliseconds since the epoch,
 * UTC, in both dialects (exact, and free of session time zones).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Pool, PoolConnection } from 'mysql2/promise';

export interface Migration {
  version: number;
  name: string;
  /** Statements run in order inside one transaction. */
  sqlite: readonly string[];
  /** Exactly one statement: MySQL cannot roll back DDL, so a step is one statement. */
  mysql: string;
  /**
   * A query answering `n > 0` when the step's effect is already in place (information_schema), so
   * a step that ran but was not recorded (a crash in between) is recorded instead of failing.
   */
  mysqlDoneIf?: string;
}

// Indexes: one per filter shape (none, tag, operation, both), each ending in the paging order
// (created_at, id), so every page is an index range read backwards and stopped after limit + 1 rows.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records with newest-first and filter indexes',
    sqlite: [
      `CREATE TABLE records (
        id INTEGER PRIMARY KEY,
        tag TEXT NOT NULL,
        operation TEXT NOT NULL CHECK (operation IN ('spell', 'space', 'translate')),
        original_text TEXT NOT NULL,
        processed_text TEXT NOT NULL,
        source_language TEXT,
        engine TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT`,
      'CREATE INDEX records_newest ON records (created_at, id)',
      'CREATE INDEX records_tag_newest ON records (tag, created_at, id)',
      'CREATE INDEX records_operation_newest ON records (operation, created_at, id)',
      'CREATE INDEX records_tag_operation_newest ON records (tag, operation, created_at, id)',
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
      'CREATE UNIQUE INDEX records_legacy_id ON records (legacy_id)',
    ],
    mysql: 'ALTER TABLE records ADD COLUMN legacy_id VARCHAR(300) NULL, ADD UNIQUE KEY records_legacy_id (legacy_id)',
  },
  {
    version: 3,
    name: 'records.edits_json and records.source_id for the record page and reviewed corrections',
    sqlite: ['ALTER TABLE records ADD COLUMN edits_json TEXT', 'ALTER TABLE records ADD COLUMN source_id INTEGER'],
    mysql: 'ALTER TABLE records ADD COLUMN edits_json MEDIUMTEXT NULL, ADD COLUMN source_id BIGINT UNSIGNED NULL',
    mysqlDoneIf:
      "SELECT COUNT(*) AS n FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'records' AND column_name = 'edits_json'",
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
    mysql:
      'ALTER TABLE records MODIFY original_text MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL, MODIFY processed_text MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL, ADD FULLTEXT INDEX records_fulltext (original_text, processed_text)',
    mysqlDoneIf:
      "SELECT COUNT(*) AS n FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'records' AND index_name = 'records_fulltext'",
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
export function pendingMigrations(applied: Iterable<number>, all: readonly Migration[] = MIGRATIONS): Migration[] {
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
}

/** Apply pending migrations to a SQLite database under its write lock; returns the versions applied. */
export function migrateSqlite(db: DatabaseSync, now: () => number = Date.now): number[] {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(SQLITE_MIGRATIONS_TABLE);
    const applied = db.prepare(SELECT_VERSIONS).all().map((row) => Number(row.version));
    const pending = pendingMigrations(applied);
    const record = db.prepare(INSERT_VERSION);
    for (const migration of pending) {
      for (const statement of migration.sqlite) db.exec(statement);
      record.run(migration.version, migration.name, now());
    }
    db.exec('COMMIT');
    return pending.map((m) => m.version);
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

async function alreadyDone(conn: PoolConnection, migration: Migration): Promise<boolean> {
  if (migration.mysqlDoneIf === undefined) return false;
  const [rows] = await conn.query(migration.mysqlDoneIf);
  return Number((rows as { n: unknown }[])[0]?.n) > 0;
}

/** Apply pending migrations to a MySQL database under GET_LOCK; returns the versions applied. */
export async function migrateMysql(pool: Pool, now: () => number = Date.now): Promise<number[]> {
  const conn = await pool.getConnection();
  try {
    const [locked] = await conn.execute(GET_LOCK, [MYSQL_LOCK_WAIT_SECONDS]);
    if (Number((locked as { got: unknown }[])[0]?.got) !== 1) {
      throw new Error(`could not take the migration lock within ${MYSQL_LOCK_WAIT_SECONDS} s (another process is migrating?)`);
    }
    try {
      await conn.query(MYSQL_MIGRATIONS_TABLE);
      const [rows] = await conn.query(SELECT_VERSIONS);
      const pending = pendingMigrations((rows as { version: unknown }[]).map((row) => Number(row.version)));
      for (const migration of pending) {
        if (!(await alreadyDone(conn, migration))) await conn.query(migration.mysql);
        await conn.execute(INSERT_VERSION, [migration.version, migration.name, now()]);
      }
      return pending.map((m) => m.version);
    } finally {
      await conn.query(RELEASE_LOCK);
    }
  } finally {
    conn.release();
  }
}
