/**
 * The mysql2 pool with credentials that may change while it runs: the pool's connection factory.
 *
 * mysql2 opens each new pooled connection from a copy of the pool's `connectionConfig`, so setting
 * the user and password there before asking for a connection makes every connection opened from
 * then on use the current credentials; connections already open stay as they are (MySQL keeps an
 * authenticated session when its user's password changes). When opening a connection fails with
 * 1045 (access denied: the password was rotated), the credentials are fetched again and the
 * connection is tried once more. If it is refused again, the rotation is not finished yet (the
 * database has the new password, the secret does not, or the other way round): that is reported
 * as StoreUnavailableError, a 503 that the next request, a second later, may no longer see.
 * Without a changing source (a password in DATABASE_URL) a 1045 stays what it is: a mistake.
 */
import { createPool } from 'mysql2/promise';
import type { Pool, PoolConnection, PoolOptions } from 'mysql2/promise';
import type { CredentialsSource, DbCredentials } from './credentials.ts';
import { StoreUnavailableError } from './errors.ts';

/** MySQL's ER_ACCESS_DENIED_ERROR: wrong user or password. */
const ACCESS_DENIED = 1045;

export interface CredentialedPool {
  pool: Pool;
  /** A pooled connection opened with the current credentials (fetched again after a 1045). */
  getConnection(): Promise<PoolConnection>;
}

function isAccessDenied(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errno?: unknown }).errno === ACCESS_DENIED;
}

/** The config mysql2 copies for each new connection (the promise pool wraps the callback pool). */
function connectionConfigOf(pool: Pool): { user?: string; password?: string } {
  return (pool as unknown as { pool: { config: { connectionConfig: { user?: string; password?: string } } } }).pool.config.connectionConfig;
}

/** Create a pool whose new connections always use `credentials`' current user and password. */
export function credentialedPool(options: PoolOptions, credentials?: CredentialsSource): CredentialedPool {
  const pool = createPool(options);
  if (credentials === undefined) return { pool, getConnection: () => pool.getConnection() };

  const use = (current: DbCredentials) => {
    const config = connectionConfigOf(pool);
    config.user = current.user;
    config.password = current.password;
  };
  return {
    pool,
    async getConnection() {
      use(await credentials.refresh());
      try {
        return await pool.getConnection();
      } catch (error) {
        if (!isAccessDenied(error)) throw error;
      }
      use(await credentials.refresh());
      try {
        return await pool.getConnection();
      } catch (error) {
        if (!isAccessDenied(error)) throw error;
        throw new StoreUnavailableError(`mysql refused the credentials from ${credentials.describe} (a password rotation in progress?)`, { cause: error });
      }
    },
  };
}
