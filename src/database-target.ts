/**
 * A database URL (DATABASE_URL, or import-legacy's --from), parsed once into a plain description of
 * where the records live: a DatabaseTarget. The config builds one at start-up; the stores, the CLI
 * and the logs take it and never read the URL again.
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
import { redactUrl } from './redact-url.ts';

export type TlsMode = 'required' | 'verify-ca' | 'verify-identity';

/** Which certificate authorities to trust: Node's defaults, the RDS bundle, or a PEM file. */
export type TlsCa = 'system' | 'rds' | { file: string };

export interface MysqlTarget {
  kind: 'mysql';
  /** The URL with its password hidden, for logs and messages. */
  label: string;
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  tls: { mode: TlsMode; ca: TlsCa } | null;
  /** Secrets Manager secret (DB_SECRET_ARN) that user and password are read from instead, when set. */
  secretArn?: string;
}

export interface SqliteTarget {
  kind: 'sqlite';
  /** The URL as given (it holds no secret), for logs and messages. */
  label: string;
  /** A file path, or ':memory:'. */
  path: string;
}

export type DatabaseTarget = SqliteTarget | MysqlTarget;

const ACCEPTED_FORMS =
  'accepted forms: sqlite:PATH (e.g. sqlite:./var/textops.db), sqlite::memory:, ' +
  'mysql://USER:PASSWORD@HOST:PORT/DATABASE (optional ?ssl-mode=REQUIRED|VERIFY_CA|VERIFY_IDENTITY&ssl-ca=rds|PATH)';

/** A malformed database URL; the message names the variable (or option) it came from. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

/** Parsing's error messages name where the URL came from. */
type Invalid = (reason: string) => DatabaseUrlError;

const invalidIn = (name: string): Invalid => (reason) => new DatabaseUrlError(`${name} is invalid: ${reason}; ${ACCEPTED_FORMS}`);

const SSL_MODES: Record<string, TlsMode | null> = {
  disabled: null,
  required: 'required',
  verify_ca: 'verify-ca',
  verify_identity: 'verify-identity',
};

function parseTls(params: URLSearchParams, invalid: Invalid): MysqlTarget['tls'] {
  let mode: TlsMode | null = null;
  let ca: TlsCa = 'system';
  for (const [name, value] of params) {
    const key = name.toLowerCase();
    if (key === 'ssl-mode' || key === 'sslmode' || key === 'ssl_mode') {
      const known = value.toLowerCase().replace('-', '_');
      if (!Object.hasOwn(SSL_MODES, known)) throw invalid(`${name}=${value} is not DISABLED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY`);
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

function decode(part: string, what: string, invalid: Invalid): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid(`the ${what} has a malformed %-escape`);
  }
}

function parseMysql(url: string, invalid: Invalid): MysqlTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('it is not a URL');
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw invalid('the host is missing');
  if (parsed.username === '') throw invalid('the user is missing');
  const database = decode(parsed.pathname.replace(/^\//, ''), 'database name', invalid);
  if (database === '' || database.includes('/')) throw invalid('the path must be exactly one database name');
  return {
    kind: 'mysql',
    label: redactUrl(url),
    host,
    port: parsed.port === '' ? 3306 : Number(parsed.port),
    user: decode(parsed.username, 'user', invalid),
    password: decode(parsed.password, 'password', invalid),
    database,
    tls: parseTls(parsed.searchParams, invalid),
  };
}

/**
 * Parse a database URL; `name` is where it came from (DATABASE_URL by default), which a malformed
 * URL's DatabaseUrlError names along with the accepted forms.
 */
export function parseDatabaseUrl(url: string, name = 'DATABASE_URL'): DatabaseTarget {
  const invalid = invalidIn(name);
  const trimmed = url.trim();
  if (/^sqlite:/i.test(trimmed)) {
    const path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) throw invalid('write sqlite:PATH, not sqlite://PATH');
    if (path === '') throw invalid('the sqlite path is empty');
    return { kind: 'sqlite', label: trimmed, path };
  }
  if (/^(mysql|mariadb):\/\//i.test(trimmed)) return parseMysql(trimmed, invalid);
  if (trimmed === '') throw invalid('it is empty');
  throw invalid(`unsupported scheme in "${redactUrl(trimmed)}"`);
}

/** Parse a URL that must name a MySQL database (import-legacy's --from, tests' servers). */
export function parseMysqlUrl(url: string, name: string): MysqlTarget {
  const target = parseDatabaseUrl(url, name);
  if (target.kind !== 'mysql') throw new DatabaseUrlError(`${name} must be a MySQL database, mysql://USER:PASSWORD@HOST:PORT/DATABASE, got ${target.label}`);
  return target;
}
