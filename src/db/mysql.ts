/**
 * The production store on MySQL/MariaDB through a mysql2 pool.
 *
 * Nothing may hang when the database goes away: connecting is bounded by connectTimeoutMs, waiting
 * for a free pooled connection by acquireTimeoutMs, each statement by queryTimeoutMs. Any of those,
 * or a refused/reset/lost connection, becomes StoreUnavailableError (503) and the connection is
 * destroyed rather than returned to the pool. Reads are retried once on a fresh connection, because
 * a pooled connection may have died while idle; a save is never retried, since the server may
 * have committed it before the connection dropped (StoreUnavailableError.maybeSaved says so).
 * A save is one INSERT in autocommit: it is stored whole or not at all.
 */
import type { PoolConnection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { CredentialsSource } from './credentials.ts';
import { StoreUnavailableError, classifyStoreError, isMysqlUnavailable } from './errors.ts';
import { migrateMysql } from './migrations.ts';
import { connectionOptions } from './mysql-options.ts';
import { credentialedPool } from './mysql-pool.ts';
import type { MysqlTimeouts } from './mysql-options.ts';
import { COUNT_STATEMENTS, INSERT_LEGACY_RECORD, PING, pageStatement, countQuery, legacyInsertValues, pageQuery, toPage } from './queries.ts';
import { INSERT_DETAILED_RECORD, SELECT_RECORD_BY_ID, detailedInsertValues, toFullRecord, type DetailedRow } from './details.ts';
import { searchCountQuery, searchPageQuery, searchStatements, toSearchPage } from './search.ts';
import type { RecordRow, SqlValue } from './queries.ts';
import type { FullRecord, ImportingStore, LegacyRecord, NewRecord, Page, PageQuery, RecordFilter, SavedRecord, SearchFilter, SearchQuery } from './store.ts';
import type { MysqlTarget } from '../database-target.ts';

export interface MysqlStoreOptions extends MysqlTimeouts {
  /** Longest a statement may run; default 10000 ms. */
  queryTimeoutMs?: number;
  /** Longest a call waits for a free pooled connection; default 10000 ms. */
  acquireTimeoutMs?: number;
  /** Pool size; default 10. */
  connectionLimit?: number;
  /** Where the user and password come from when they can change (a rotated secret); default: the URL's. */
  credentials?: CredentialsSource;
  /** Source of created_at in epoch milliseconds; tests pin it. Default Date.now. */
  clock?: () => number;
}

const SEARCHES = searchStatements('mysql');

const unavailable = (error: unknown) => classifyStoreError(error, isMysqlUnavailable, 'mysql');

/** A free pooled connection, or StoreUnavailableError after `timeoutMs`. */
function acquire(getConnection: () => Promise<PoolConnection>, timeoutMs: number): Promise<PoolConnection> {
  const pending = getConnection();
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      pending.then((conn) => conn.release(), () => undefined);
      reject(new StoreUnavailableError(`mysql database unavailable: no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    pending.then(
      (conn) => {
        if (late) return;
        clearTimeout(timer);
        resolve(conn);
      },
      (error: unknown) => {
        if (late) return;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Open a pool on a MySQL target, check the server answers, and apply migrations. */
export async function openMysqlStore(target: MysqlTarget, options: MysqlStoreOptions = {}): Promise<ImportingStore> {
  const clock = options.clock ?? Date.now;
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? 10_000;
  const { pool, getConnection } = credentialedPool(
    {
      ...connectionOptions(target, options),
      connectionLimit: options.connectionLimit ?? 10,
      maxIdle: options.connectionLimit ?? 10,
      idleTimeout: 60_000,
      waitForConnections: true,
    },
    options.credentials,
  );
  let closed = false;

  // Run `work` on one pooled connection within queryTimeoutMs (our own timer: mysql2's per-query
  // timeout does not cover the PREPARE that execute() sends first). A connection that failed by
  // going away or running late is destroyed, never returned to the pool.
  async function withConnection<T>(work: (conn: PoolConnection) => Promise<T>, writes = false): Promise<T> {
    let conn: PoolConnection;
    try {
      conn = await acquire(getConnection, acquireTimeoutMs);
    } catch (error) {
      throw unavailable(error);
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(`mysql database unavailable: no answer within ${queryTimeoutMs} ms`)), queryTimeoutMs);
    });
    const working = work(conn);
    working.catch(() => undefined); // after a timeout its late rejection has nobody to tell
    let reusable = true;
    try {
      return await Promise.race([working, deadline]);
    } catch (error) {
      const classified = unavailable(error);
      reusable = !(classified instanceof StoreUnavailableError);
      // A write that failed after it was sent may still have been committed by the server.
      if (writes && classified instanceof StoreUnavailableError) {
        throw new StoreUnavailableError(classified.message, { cause: classified.cause ?? classified, maybeSaved: true });
      }
      throw classified;
    } finally {
      clearTimeout(timer);
      if (reusable) conn.release();
      else conn.destroy();
    }
  }

  async function read<T extends RowDataPacket[]>(sql: string, values: SqlValue[]): Promise<T> {
    const once = () => withConnection(async (conn) => (await conn.execute<T>(sql, values))[0]);
    try {
      return await once();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || closed) throw error;
      return once();
    }
  }

  async function write(sql: string, values: SqlValue[]): Promise<ResultSetHeader> {
    return withConnection(async (conn) => (await conn.execute<ResultSetHeader>(sql, values))[0], true);
  }

  try {
    await withConnection((conn) => conn.ping());
    await migrateMysql(pool, clock);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailable(error);
  }

  return {
    kind: 'mysql',
    async save(record: NewRecord): Promise<SavedRecord> {
      const createdAt = clock();
      const result = await write(INSERT_DETAILED_RECORD, detailedInsertValues(record, createdAt));
      return { ...record, id: Number(result.insertId), createdAt: new Date(createdAt) };
    },
    async saveLegacy(record: LegacyRecord): Promise<boolean> {
      try {
        await write(INSERT_LEGACY_RECORD, legacyInsertValues(record));
        return true;
      } catch (error) {
        // The only unique keys are the auto-increment id and legacy_id: a duplicate is a repeat import.
        if ((error as { code?: unknown }).code === 'ER_DUP_ENTRY') return false;
        throw error;
      }
    },
    async page(query: PageQuery): Promise<Page> {
      const { key, values } = pageQuery(query);
      const rows = await read<(RowDataPacket & RecordRow)[]>(pageStatement(key, query.preview), values);
      return toPage(rows, query.limit);
    },
    async count(filter: RecordFilter): Promise<number> {
      const { key, values } = countQuery(filter);
      const rows = await read<RowDataPacket[]>(COUNT_STATEMENTS[key], values);
      return Number(rows[0]?.n);
    },
    async get(id: number): Promise<FullRecord | null> {
      const rows = await read<(RowDataPacket & DetailedRow)[]>(SELECT_RECORD_BY_ID, [id]);
      return rows[0] === undefined ? null : toFullRecord(rows[0]);
    },
    async find(query: SearchQuery): Promise<Page> {
      const { key, values } = searchPageQuery('mysql', query);
      return toSearchPage(await read<(RowDataPacket & RecordRow)[]>(SEARCHES[key], values), query);
    },
    async countFound(filter: SearchFilter): Promise<number> {
      const { key, values } = searchCountQuery('mysql', filter);
      const rows = await read<RowDataPacket[]>(SEARCHES[key], values);
      return Number(rows[0]?.n);
    },
    async ping(): Promise<void> {
      await read(PING, []);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
