/**
 * One error for "the database is not there right now", so the api can answer 503 with Retry-After
 * and start-up can wait and retry, while every other error (a bug, a bad query, access denied)
 * propagates unchanged and stays loud.
 *
 * The classifiers below decide from the driver's error codes alone: network codes, mysql2's
 * protocol codes and interrupted statements (KILL QUERY, statement time limits) for MySQL, SQLITE_BUSY / LOCKED / IOERR / FULL / CANTOPEN for SQLite (a busy
 * database is reported only after busy_timeout has passed).
 */

/** The database could not be reached, or did not answer in time; `cause` holds the driver's error. */
export class StoreUnavailableError extends Error {
  /**
   * True when a save had already been sent to the server when the connection failed or timed out:
   * the server may have committed it (whole; a save is one INSERT). False when it provably was not.
   */
  readonly maybeSaved: boolean;

  constructor(message: string, options?: { cause?: unknown; maybeSaved?: boolean }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
    this.maybeSaved = options?.maybeSaved ?? false;
  }
}

/** Node socket codes and mysql2 codes that mean the server is gone, unreachable or too slow. */
const MYSQL_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_NORMAL_SHUTDOWN',
  'ER_SHUTDOWN_COMPLETE',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_OPTION_PREVENTS_STATEMENT',
]);

/**
 * Server errors that stop a statement without saying anything about the data: a DBA's (or RDS's)
 * KILL QUERY (1317 ER_QUERY_INTERRUPTED), MariaDB's max_statement_time (1969 ER_STATEMENT_TIMEOUT)
 * and MySQL's max_execution_time (3024 ER_QUERY_TIMEOUT). The next try may well succeed: 503.
 */
const MYSQL_INTERRUPTED_ERRNOS = new Set([1317, 1969, 3024]);

/** SQLite primary result codes (low byte of the extended code) that mean "not now", not "wrong". */
const SQLITE_UNAVAILABLE_CODES = new Set([
  5, // SQLITE_BUSY: another connection holds the write lock past busy_timeout
  6, // SQLITE_LOCKED
  10, // SQLITE_IOERR
  13, // SQLITE_FULL
  14, // SQLITE_CANTOPEN
]);

function fieldOf(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** True when a mysql2 (or socket) error means the server is unreachable or did not answer in time. */
export function isMysqlUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const code = fieldOf(error, 'code');
  if (typeof code === 'string' && MYSQL_UNAVAILABLE_CODES.has(code)) return true;
  const errno = fieldOf(error, 'errno');
  if (typeof errno === 'number' && MYSQL_INTERRUPTED_ERRNOS.has(errno)) return true;
  // mysql2 marks errors that killed the connection as fatal; without a server error number they are network failures.
  if (fieldOf(error, 'fatal') === true && fieldOf(error, 'errno') === undefined) return true;
  const errors = fieldOf(error, 'errors');
  // A host name that resolves to several addresses fails with an AggregateError of socket errors.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isMysqlUnavailable);
}

/** True when a node:sqlite error means the database is busy or its file cannot be used right now. */
export function isSqliteUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const errcode = fieldOf(error, 'errcode');
  return fieldOf(error, 'code') === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && SQLITE_UNAVAILABLE_CODES.has(errcode & 0xff);
}

/** Wrap an unavailable-class error in StoreUnavailableError; return any other error unchanged. */
export function classifyStoreError(error: unknown, isUnavailable: (error: unknown) => boolean, backend: string): unknown {
  if (error instanceof StoreUnavailableError || !isUnavailable(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(`${backend} database unavailable: ${detail}`, { cause: error });
}
