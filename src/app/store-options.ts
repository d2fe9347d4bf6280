/**
 * The MySQL store's settings from the config: the pool size (DB_POOL_SIZE) and, with DB_SECRET_ARN,
 * credentials read from Secrets Manager instead of the URL, so a rotated password is picked up
 * without a restart.
 */
import type { Config } from '../config.ts';
import type { MysqlStoreOptions } from '../db/mysql.ts';
import { secretsManagerCredentials } from '../db/secrets-manager.ts';

/** mysql2 pool options for the configured store (ignored by SQLite). */
export function mysqlStoreOptions(config: Config): MysqlStoreOptions {
  const secretArn = config.database.kind === 'mysql' ? config.database.secretArn : undefined;
  return {
    connectionLimit: config.dbPoolSize,
    ...(secretArn === undefined ? {} : { credentials: secretsManagerCredentials({ secretArn }) }),
  };
}
