/**
 * The embedded store on node:sqlite. DatabaseSync is synchronous: each call holds the event loop
 * for the microseconds a local B-tree lookup takes, which is cheaper than a thread hop for a store
 * this size. WAL mode lets home read while api writes, from separate processes on one file.
 *
 * Waiting for another process's write lock must not block: SQLite's own busy_timeout sleeps on the
 * calling thread, which here is the event loop, so one writer held up for 5 s froze every request
 * of the process for 5 s, request after request. So SQLite's timeout is 0 (SQLITE_BUSY comes back
 * at once) and the wait happens here, between event-loop turns: retry after 2, 4, 8 ... ms (at most
 * 50 ms apart) until `busyTimeoutMs` has passed, then StoreUnavailableError (503 + Retry-After).
 * Statements are prepared once, when the store opens.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import { classifyStoreError, isSqliteUnavailable } from './errors.ts';
import { migrateSqlite } from './migrations.ts';
import {
  COUNT_STATEMENTS,
  INSERT_LEGACY_RECORD,
  PAGE_STATEMENTS,
  PING,
  PREVIEW_PAGE_STATEMENTS,
  countQuery,
  legacyInsertValues,
  pageQuery,
  toPage,
} from './queries.ts';
import type { FilterShape, PageShape, RecordRow } from './queries.ts';
import { INSERT_DETAILED_RECORD, SELECT_RECORD_BY_ID, detailedInsertValues, toFullRecord, type DetailedRow } from './details.ts';
import { searchCountQuery, searchPageQuery, searchStatements, toSearchPage } from './search.ts';
import type { FullRecord, ImportingStore, LegacyRecord, NewRecord, Page, PageQuery, RecordFilter, SavedRecord, SearchFilter, SearchQuery } from './store.ts';

export interface SqliteStoreOptions {
  /** How long a call waits (without blocking) for another connection's lock before failing; default 2000 ms. */
  busyTimeoutMs?: number;
  /** Source of created_at in epoch milliseconds; tests pin it. Default Date.now. */
  clock?: () => number;
}

/** True for SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock right now. */
function isBusy(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  return typeof errcode === 'number' && ((errcode & 0xff) === 5 || (errcode & 0xff) === 6);
}

/** Run `step`; while it fails because the database is busy, try again after a growing pause, for up to `waitMs`. */
async function whenNotBusy<T>(step: () => T, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let pauseMs = 2; ; pauseMs = Math.min(pauseMs * 2, 50)) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || performance.now() + pauseMs > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

function prepareAll<K extends string>(db: DatabaseSync, texts: Record<K, string>): Record<K, StatementSync> {
  const prepared = {} as Record<K, StatementSync>;
  for (const key of Object.keys(texts) as K[]) prepared[key] = db.prepare(texts[key]);
  return prepared;
}

function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 0, enableForeignKeyConstraints: true });
  try {
    // journal_mode=WAL persists in the file; NORMAL sync is durable across process crashes in WAL mode.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Open (creating file and folder on first run) and migrate a SQLite store; path may be ':memory:'. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<ImportingStore> {
  const clock = options.clock ?? Date.now;
  const unavailable = (error: unknown) => classifyStoreError(error, isSqliteUnavailable, 'sqlite');
  const busyTimeoutMs = options.busyTimeoutMs ?? 2000;
  // Runs one synchronous database step, waiting out a busy lock between event-loop turns, and
  // turning "busy / cannot open" into StoreUnavailableError.
  async function guarded<T>(step: () => T): Promise<T> {
    try {
      return await whenNotBusy(step, busyTimeoutMs);
    } catch (error) {
      throw unavailable(error);
    }
  }
  const db = await guarded(() => openDatabase(path));
  try {
    await guarded(() => migrateSqlite(db, clock));
  } catch (error) {
    db.close();
    throw error;
  }
  const insert = db.prepare(INSERT_DETAILED_RECORD);
  const byId = db.prepare(SELECT_RECORD_BY_ID);
  const searches = prepareAll(db, searchStatements('sqlite'));
  const insertLegacy = db.prepare(INSERT_LEGACY_RECORD);
  const ping = db.prepare(PING);
  const pages: Record<PageShape, StatementSync> = prepareAll(db, PAGE_STATEMENTS);
  const previews: Record<PageShape, StatementSync> = prepareAll(db, PREVIEW_PAGE_STATEMENTS);
  const counts: Record<FilterShape, StatementSync> = prepareAll(db, COUNT_STATEMENTS);
  let closed = false;

  return {
    kind: 'sqlite',
    save(record: NewRecord): Promise<SavedRecord> {
      return guarded(() => {
        const createdAt = clock();
        const result = insert.run(...detailedInsertValues(record, createdAt));
        return { ...record, id: Number(result.lastInsertRowid), createdAt: new Date(createdAt) };
      });
    },
    saveLegacy(record: LegacyRecord): Promise<boolean> {
      return guarded(() => {
        try {
          insertLegacy.run(...legacyInsertValues(record));
          return true;
        } catch (error) {
          // SQLITE_CONSTRAINT_UNIQUE (2067) on records_legacy_id: this row was imported before.
          if ((error as { errcode?: unknown }).errcode === 2067) return false;
          throw error;
        }
      });
    },
    page(query: PageQuery): Promise<Page> {
      return guarded(() => {
        const { key, values } = pageQuery(query);
        return toPage((query.preview === true ? previews : pages)[key].all(...values) as unknown as RecordRow[], query.limit);
      });
    },
    count(filter: RecordFilter): Promise<number> {
      return guarded(() => {
        const { key, values } = countQuery(filter);
        return Number((counts[key].get(...values) as { n: number }).n);
      });
    },
    get(id: number): Promise<FullRecord | null> {
      return guarded(() => {
        const row = byId.get(id) as unknown as DetailedRow | undefined;
        return row === undefined ? null : toFullRecord(row);
      });
    },
    find(query: SearchQuery): Promise<Page> {
      return guarded(() => {
        const { key, values } = searchPageQuery('sqlite', query);
        return toSearchPage(searches[key].all(...values) as unknown as RecordRow[], query);
      });
    },
    countFound(filter: SearchFilter): Promise<number> {
      return guarded(() => {
        const { key, values } = searchCountQuery('sqlite', filter);
        return Number((searches[key].get(...values) as { n: number }).n);
      });
    },
    ping(): Promise<void> {
      return guarded(() => {
        ping.get();
      });
    },
    close(): Promise<void> {
      if (!closed) {
        closed = true;
        db.close();
      }
      return Promise.resolve();
    },
  };
}
