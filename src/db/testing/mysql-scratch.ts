/**
 * Test support: a fresh MariaDB/MySQL database per use, so test files running in parallel never
 * share tables. Databases are named textops_test_<random> and dropped by dropAll().
 * The server comes from TEXTOPS_TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306/test); the
 * database named in it is only used to log in.
 */
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { connectionOptions } from '../mysql-options.ts';
import { parseMysqlUrl } from '../../database-target.ts';

/** The test server's URL, or undefined when MySQL tests should be skipped. */
export function testMysqlUrl(): string | undefined {
  const url = process.env.TEXTOPS_TEST_MYSQL_URL;
  return url === undefined || url.trim() === '' ? undefined : url.trim();
}

export const MYSQL_SKIP_MESSAGE =
  'TEXTOPS_TEST_MYSQL_URL is not set (e.g. mysql://root@127.0.0.1:3306/test); MySQL tests skipped';

/** Connect to the URL's server and database with the store's own connection settings. */
export async function connect(url: string): Promise<Connection> {
  return createConnection(connectionOptions(parseMysqlUrl(url, 'TEXTOPS_TEST_MYSQL_URL')));
}

export class ScratchDatabases {
  readonly baseUrl: string;
  readonly #created: string[] = [];

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /** Create an empty database and return a URL that points at it. */
  async create(): Promise<string> {
    const name = `textops_test_${randomBytes(6).toString('hex')}`;
    const admin = await connect(this.baseUrl);
    try {
      await admin.query('CREATE DATABASE ?? CHARACTER SET utf8mb4', [name]);
    } finally {
      await admin.end();
    }
    this.#created.push(name);
    const url = new URL(this.baseUrl);
    url.pathname = `/${name}`;
    return url.href;
  }

  /** Drop every database this instance created. */
  async dropAll(): Promise<void> {
    if (this.#created.length === 0) return;
    const admin = await connect(this.baseUrl);
    try {
      for (const name of this.#created.splice(0)) await admin.query('DROP DATABASE IF EXISTS ??', [name]);
    } finally {
      await admin.end();
    }
  }
}
