/**
 * Start-up's one call: open whichever store the config's DatabaseTarget names, waiting with backoff while the
 * database is unreachable, then migrate (each store migrates as it opens). Only "unavailable"
 * errors are waited out; a wrong password or a missing database fails at once, loudly.
 */
import { retryWithBackoff } from './backoff.ts';
import type { RetryPolicy } from './backoff.ts';
import { StoreUnavailableError } from './errors.ts';
import type { StoreLog } from './log.ts';
import { openMysqlStore } from './mysql.ts';
import type { MysqlStoreOptions } from './mysql.ts';
import { openSqliteStore } from './sqlite.ts';
import type { SqliteStoreOptions } from './sqlite.ts';
import type { ImportingStore } from './store.ts';
import type { DatabaseTarget } from '../database-target.ts';

export interface OpenStoreOptions {
  log: StoreLog;
  /** Default: 12 attempts, waits capped at 15 s (about 1.5 minutes in all). */
  retry?: RetryPolicy;
  mysql?: MysqlStoreOptions;
  sqlite?: SqliteStoreOptions;
}

/** Open and migrate the target's store, retrying with backoff while it is unreachable. */
export async function openStore(target: DatabaseTarget, options: OpenStoreOptions): Promise<ImportingStore> {
  const where = target.label;
  const open = () => (target.kind === 'sqlite' ? openSqliteStore(target.path, options.sqlite) : openMysqlStore(target, options.mysql));
  let attempts = 0;
  try {
    const store = await retryWithBackoff(
      () => {
        attempts += 1;
        return open();
      },
      options.retry ?? {},
      {
        retryable: (error) => error instanceof StoreUnavailableError,
        onWait: ({ attempt, delayMs, error }) =>
          options.log.warn('waiting for database', { database: where, attempt, delayMs, error: String(error instanceof Error ? error.message : error) }),
      },
    );
    options.log.info('database ready', { database: where, kind: store.kind, attempts });
    return store;
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      throw new StoreUnavailableError(`database ${where} still unreachable after ${attempts} attempts: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
