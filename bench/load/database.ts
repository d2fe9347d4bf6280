/**
 * The benchmark's database: a fresh `textops_load_<random>` on the shared MariaDB, seeded with
 * 100,000 records in multi-row INSERTs (a thousand rows a statement, values bound by the driver),
 * analysed (fresh index statistics, as a table that grew over time has), counted afterwards, and dropped
 * at the end.
 */
import { randomBytes } from 'node:crypto';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { parseMysqlUrl } from '../../src/database-target.ts';
import { connectionOptions } from '../../src/db/mysql-options.ts';

export interface LoadDatabase {
  name: string;
  url: string;
  /** Rows per operation. */
  counts(): Promise<Record<string, number>>;
  /** The number of rows with this tag. */
  countTag(tag: string): Promise<number>;
  drop(): Promise<void>;
}

/** The server of `serverUrl`, read by the app's own parser, on `database` (none: no default database). */
function serverOptions(serverUrl: string, database?: string) {
  const { database: _ignored, ...options } = connectionOptions(parseMysqlUrl(serverUrl, 'the load database URL'));
  return { ...options, database };
}

/** Creates an empty database on the server of `serverUrl` (its own database part is ignored). */
export async function createLoadDatabase(serverUrl: string): Promise<LoadDatabase> {
  const name = `textops_load_${randomBytes(5).toString('hex')}`;
  const admin = await createConnection(serverOptions(serverUrl));
  await admin.query('CREATE DATABASE ?? CHARACTER SET utf8mb4', [name]);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const withConnection = async <T>(use: (connection: Connection) => Promise<T>): Promise<T> => {
    const connection = await createConnection(serverOptions(serverUrl, name));
    try {
      return await use(connection);
    } finally {
      await connection.end();
    }
  };
  return {
    name,
    url: url.href,
    counts: () =>
      withConnection(async (connection) => {
        const [rows] = await connection.query<RowDataPacket[]>('SELECT operation, COUNT(*) AS n FROM records GROUP BY operation');
        return Object.fromEntries(rows.map((row) => [row.operation as string, Number(row.n)]));
      }),
    countTag: (tag) =>
      withConnection(async (connection) => {
        const [rows] = await connection.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM records WHERE tag = ?', [tag]);
        return Number(rows[0]?.n); // COUNT(*) always answers one row
      }),
    async drop() {
      const connection = await createConnection(serverOptions(serverUrl));
      await connection.query('DROP DATABASE IF EXISTS ??', [name]);
      await connection.end();
    },
  };
}

/** Inserts `total` records (the table must exist: the server migrates it at start-up), newest last. */
export async function seedRecords(databaseUrl: string, total: number, texts: readonly string[]): Promise<void> {
  const url = new URL(databaseUrl);
  const connection = await createConnection(serverOptions(databaseUrl, decodeURIComponent(url.pathname.slice(1))));
  const start = Date.now() - total * 1_000;
  const batch = 1_000;
  try {
    for (let from = 0; from < total; from += batch) {
      const rows = [];
      for (let i = from; i < Math.min(total, from + batch); i++) {
        const text = texts[i % texts.length]!; // i % length is an index of texts
        const space = i % 2 === 0;
        rows.push([`seed-${i % 500}`, space ? 'space' : 'spell', space ? text.replaceAll(' ', '') : text, text, null, space ? 'textops-space/1' : 'textops-spell/1', start + i * 1_000]);
      }
      await connection.query('INSERT INTO records (tag, operation, original_text, processed_text, source_language, engine, created_at) VALUES ?', [rows]);
    }
    // A table filled in one burst keeps the statistics of an empty one until InnoDB gets round to them, and the
    // optimizer then sorts all 100,000 rows for every page (35 ms instead of 0.7 ms). A table that grew over time has
    // fresh statistics; measure that case.
    await connection.query('ANALYZE TABLE records');
  } finally {
    await connection.end();
  }
}
