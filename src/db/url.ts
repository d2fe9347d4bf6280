/**
 * DATABASE_URL, parsed once into a plain description of where the records live.
 *
 * Accepted forms:
 *   sqlite:PATH                      a file, relative to the working directory or absolute
 *   sqlite::memory:                  a private in-memory database (tests)
 *   mysql://USER[:PASS]@HOST[:PORT]/DB[?TLS]   (mariadb:// is the same)
 * USER and PASS are percent-decoded, so a password with '@' or '/' is written %40 or %2F.
 * TLS parameters (MySQL client names; RDS: `?ssl-mode=VERIFY_IDENTITY&ssl-ca=rds`):
 *   ssl-mode=DISABLED | REQUIRED (encrypt, certificate not checked) | VERIFY_CA (chain checked)
 *            | VERIFY_IDENTITY (chain and host name checked); `sslmode` is accepted too
 *   ssl=true | false                 true means VERIFY_IDENTITY
 *   ssl-ca=rds | PATH                the Amazon RDS CA bundle that ships with mysql2, or a PEM file;
 *                                    without it the system's CAs are trusted
 * Unknown parameters are refused, so a misspelt TLS option cannot silently mean "no TLS".
 */
import { redactUrl } from '../redact-url.ts';

export type TlsMode = 'required' | 'verify-ca' | 'verify-identity';

/** Which certificate authorities to trust: Node's defaults, the RDS bundle, or a PEM file. */
export type TlsCa = 'system' | 'rds' | { file: string };

export interface MysqlTarget {
  kind: 'mysql';
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  tls: { mode: TlsMode; ca: TlsCa } | null;
}

export interface SqliteTarget {
  kind: 'sqlite';
  /** A file path, or ':memory:'. */
  path: string;
}

export type DatabaseTarget = SqliteTarget | MysqlTarget;

const ACCEPTED_FORMS =
  'accepted forms: sqlite:PATH (e.g. sqlite:./var/textops.db), sqlite::memory:, ' +
  'mysql://USER:PASSWORD@HOST:PORT/DATABASE (optional ?ssl-mode=REQUIRED|VERIFY_CA|VERIFY_IDENTITY&ssl-ca=rds|PATH)';

function invalid(reason: string): Error {
  return new Error(`DATABASE_URL is invalid: ${reason}; ${ACCEPTED_FORMS}`);
}

const SSL_MODES: Record<string, TlsMode | null> = {
  disabled: null,
  required: 'required',
  verify_ca: 'verify-ca',
  verify_identity: 'verify-identity',
};

function parseTls(params: URLSearchParams): MysqlTarget['tls'] {
  let mode: TlsMode | null = null;
  let ca: TlsCa = 'system';
  for (const [name, value] of params) {
    const key = name.toLowerCase();
    if (key === 'ssl-mode' || key === 'sslmode' || key === 'ssl_mode') {
      const known = value.toLowerCase().replace('-', '_');
      if (!(known in SSL_MODES)) throw invalid(`${name}=${value} is not DISABLED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY`);
      mode = SSL_MODES[known] ?? null;
    } else if (key === 'ssl') {
      if (/^(true|1)$/i.test(value)) mode = 'verify-identity';
      else if (/^(false|0)$/i.test(value)) mode = null;
      else throw invalid(`ssl=${value} is not true or false`);
    } else if (key === 'ssl-ca' || key === 'sslca' || key === 'ssl_ca') {
      if (value === '') throw invalid(`${name} is empty`);
      ca = value.toLowerCase() === 'rds' ? 'rds' : { file: value };
    } else {
      throw invalid(`unknown parameter "${name}"`);
    }
  }
  if (mode === null && ca !== 'system') throw invalid('ssl-ca is given but TLS is not enabled (add ssl-mode=VERIFY_IDENTITY)');
  return mode === null ? null : { mode, ca };
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid(`the ${what} has a malformed %-escape`);
  }
}

function parseMysql(url: string): MysqlTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('it is not a URL');
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw invalid('the host is missing');
  if (parsed.username === '') throw invalid('the user is missing');
  const database = decode(parsed.pathname.replace(/^\//, ''), 'database name');
  if (database === '' || database.includes('/')) throw invalid('the path must be exactly one database name');
  return {
    kind: 'mysql',
    host,
    port: parsed.port === '' ? 3306 : Number(parsed.port),
    user: decode(parsed.username, 'user'),
    password: decode(parsed.password, 'password'),
    database,
    tls: parseTls(parsed.searchParams),
  };
}

/** Parse DATABASE_URL; throws an Error naming DATABASE_URL and the accepted forms when it is malformed. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const trimmed = url.trim();
  if (/^sqlite:/i.test(trimmed)) {
    const path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) throw invalid('write sqlite:PATH, not sqlite://PATH');
    if (path === '') throw invalid('the sqlite path is empty');
    return { kind: 'sqlite', path };
  }
  if (/^(mysql|mariadb):\/\//i.test(trimmed)) return parseMysql(trimmed);
  if (trimmed === '') throw invalid('it is empty');
  throw invalid(`unsupported scheme in "${redactDatabaseUrl(trimmed)}"`);
}

/** The URL with its password replaced by ***, fit for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  return redactUrl(url);
}

/** A mysql:// URL from separate settings (the original's DB_HOST/DB_NAME/DB_USER/DB_PASSWORD), credentials %-encoded. */
export function formatMysqlUrl(parts: { host: string; port?: number; user: string; password?: string; database: string; query?: string }): string {
  const credentials = encodeURIComponent(parts.user) + (parts.password ? `:${encodeURIComponent(parts.password)}` : '');
  const host = parts.host.includes(':') ? `[${parts.host}]` : parts.host;
  const query = parts.query ? `?${parts.query.replace(/^\?/, '')}` : '';
  return `mysql://${credentials}@${host}:${parts.port ?? 3306}/${encodeURIComponent(parts.database)}${query}`;
}
