/**
 * How `textops` ends, as exit codes an operator (or ECS, or a script) can act on without reading
 * logs, and the one line on stderr that says what to fix. README.md ("Configuration") lists them.
 *
 * Each start-up failure has its own code because each has its own fix: a variable to correct (2),
 * a port to free (3), a database setting or file permission to fix (4), or a database to wait for
 * or bring up (5). 1 stays "something else": a command's own failure or an unexpected error.
 */
import { StoreUnavailableError } from '../db/errors.ts';
import type { DatabaseTarget } from '../database-target.ts';

/** Stopped as asked (a signal), or a command that did its work. */
export const EXIT_OK = 0;
/** A command's own failure (a file it cannot read, rows it could not import), or an unexpected error. */
export const EXIT_FAILED = 1;
/** A usage or configuration mistake: a bad argument or environment variable, named in the message. */
export const EXIT_CONFIG = 2;
/** The server could not listen: the port is in use, or the address cannot be used here. */
const EXIT_CANNOT_LISTEN = 3;
/** The database refused to open: an SQLite path that cannot be created, a wrong password, a missing database. */
const EXIT_DATABASE_REFUSED = 4;
/** The database never answered within DB_CONNECT_ATTEMPTS attempts. */
const EXIT_DATABASE_UNREACHABLE = 5;

/** A way a service ended: its exit code and, unless it stopped as asked, the line that says why. */
export interface ServiceExit {
  code: number;
  reason?: string;
}

/** Start-up failed before the service was running; `message` is the line for stderr. */
export class StartupFailure extends Error {
  readonly exitCode: number;

  constructor(exitCode: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupFailure';
    this.exitCode = exitCode;
  }
}

/** What to say when listen() failed, naming the variable that moves the server elsewhere. */
export function listenFailure(error: unknown, host: string, port: number): StartupFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = `${host}:${port}`;
  const why =
    code === 'EADDRINUSE' ? `the port is in use (set PORT to a free port, or stop what listens there)`
    : code === 'EACCES' ? `permission denied (ports below 1024 need privileges: set PORT to 1024 or above)`
    : code === 'EADDRNOTAVAIL' ? `this machine has no such address (set HOST, e.g. 0.0.0.0 or 127.0.0.1)`
    : `${code ?? String(error)}`;
  return new StartupFailure(EXIT_CANNOT_LISTEN, `cannot listen on ${where}: ${why}`, { cause: error });
}

/** How a store that never became ready ends the service: unreachable (5) or refused (4). */
export function storeFailure(error: unknown, target: DatabaseTarget): ServiceExit {
  const detail = error instanceof Error ? error.message : String(error);
  // openStore's message already names the database and the attempts made.
  if (error instanceof StoreUnavailableError) {
    return { code: EXIT_DATABASE_UNREACHABLE, reason: `giving up: ${detail} (DB_CONNECT_ATTEMPTS sets how many)` };
  }
  return { code: EXIT_DATABASE_REFUSED, reason: `cannot open the database ${target.label}: ${detail}` };
}

/** The same verdict for a command that opens the store itself (import-legacy, bootstrap-db): a StartupFailure. */
export function storeStartupFailure(error: unknown, target: DatabaseTarget): StartupFailure {
  const exit = storeFailure(error, target);
  return new StartupFailure(exit.code, exit.reason ?? String(error), { cause: error });
}

const UNREADABLE: Record<string, string | undefined> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};

/**
 * Why the engines could not start, as one line: a file that cannot be read is a setting to
 * fix (DATA_DIR, 2); a file that reads but does not parse is a broken image or checkout (1).
 */
export function engineDataFailure(error: unknown, dataDir: string): StartupFailure {
  const fsError = error as NodeJS.ErrnoException;
  const unreadable = UNREADABLE[fsError.code ?? ''];
  if (unreadable !== undefined) {
    return new StartupFailure(EXIT_CONFIG, `cannot read the engines' data ${fsError.path ?? dataDir}: ${unreadable} (DATA_DIR=${dataDir})`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StartupFailure(EXIT_FAILED, `cannot start the engines (data from ${dataDir}): ${detail}`, { cause: error });
}
