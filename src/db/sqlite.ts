/**
 * The embedded store on node:sqlite. DatabaseSync is synchronous: each read holds the event loop
 * for the microseconds a local B-tree lookup takes, which is cheaper than a thread hop for a store
 * this size. WAL mode lets home read while api writes, from separate processes on one file.
 *
 * Large saves are not that cheap: a 20,000-character record with its changes is a ~400 KB row,
 * indexed for search on insert (3-4 ms), and every few such commits ran a WAL checkpoint (10-25 ms).
 * So a store on a file inserts rows over INLINE_ROW_CHARS on its own writer thread (sqlite-writer.ts,
 * which also starts a thread that checkpoints), and `save` resolves once the row is committed there;
 * small rows, reads and the legacy import's inserts stay here, as the engines keep cheap texts inline.
 *
 * Waiting for another process's write lock must not block the event loop: one writer held up for
 * 5 s once froze every request of the process for 5 s, request after request. See
 * sqlite-connection.ts: the wait ends after `busyTimeoutMs` with StoreUnavailableError (503 +
 * Retry-After). Statements are prepared once, when the store opens.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { classifyStoreError, isSqliteUnavailable } from './errors.ts';
import { migrateSqlite } from './migrations.ts';
import { openDatabase, whenNotBusy } from './sqlite-connection.ts';
import { sqliteWriter } from './sqlite-writer.ts';
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
import type { FilterShape, PageShape, RecordRow, SqlValue } from './queries.ts';
import { INSERT_DETAILED_RECORD, SELECT_RECORD_BY_ID, detailedInsertValues, toFullRecord, type DetailedRow } from './details.ts';
import { searchCountQuery, searchPageQuery, searchStatements, toSearchPage } from './search.ts';
import type { FullRecord, ImportingStore, LegacyRecord, NewRecord, Page, PageQuery, RecordFilter, SavedRecord, SearchFilter, SearchQuery } from './store.ts';

export interface SqliteStoreOptions {
  /** How long a call waits (without blocking) for another connection's lock before failing; default 2000 ms. */
  busyTimeoutMs?: number;
  /** Source of created_at in epoch milliseconds; tests pin it. Default Date.now. */
  clock?: () => number;
  /**
   * Insert new records on a writer thread with its own connection (default: yes, for a file), so a
   * large row, its search indexing and the WAL checkpoints its commit may run never hold the event loop.
   * A database in memory has one connection, so it always writes on the calling thread.
   */
  writerThread?: boolean;
}

function prepareAll<K extends string>(db: DatabaseSync, texts: Record<K, string>): Record<K, StatementSync> {
  const prepared = {} as Record<K, StatementSync>;
  for (const key of Object.keys(texts) as K[]) prepared[key] = db.prepare(texts[key]);
  return prepared;
}

/**
 * Rows up to this many characters (texts and changes together) are inserted here: a few hundred
 * microseconds at most, less than the wake-up of another thread on a busy machine. Larger ones go
 * to the writer thread.
 */
const INLINE_ROW_CHARS = 4_096;

const rowChars = (values: readonly SqlValue[]): number => values.reduce<number>((sum, value) => sum + (typeof value === 'string' ? value.length : 0), 0);

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
  const writer = path !== ':memory:' && options.writerThread !== false ? sqliteWriter(path) : null;
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
    async save(record: NewRecord): Promise<SavedRecord> {
      const createdAt = clock();
      const values = detailedInsertValues(record, createdAt);
      if (writer === null || rowChars(values) <= INLINE_ROW_CHARS) {
        return guarded(() => {
          const result = insert.run(...values);
          return { ...record, id: Number(result.lastInsertRowid), createdAt: new Date(createdAt) };
        });
      }
      let id: number;
      try {
        id = await writer.insert(values, busyTimeoutMs);
      } catch (error) {
        throw unavailable(error);
      }
      return { ...record, id, createdAt: new Date(createdAt) };
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
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await writer?.close();
      db.close();
    },
  };
}
