/**
 * `textops bootstrap-db`: create the app's own MySQL user from the master credentials, then open
 * the store as that user (which applies the migrations and proves the grants suffice).
 *
 * Reads: the database as usual (DB_HOST, DB_NAME… with DB_SECRET_ARN naming the master user's
 * secret, which RDS keeps and rotates) and DB_APP_SECRET_ARN, the app user's secret
 * ({"username","password"}) that the services read. `make deploy` runs it as a one-off ECS task.
 */
import type { Io } from './io.ts';
import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import { retryWithBackoff } from '../db/backoff.ts';
import { bootstrapAppUser } from '../db/bootstrap.ts';
import { StoreUnavailableError, classifyStoreError, isMysqlUnavailable } from '../db/errors.ts';
import { connectionOptions } from '../db/mysql-options.ts';
import { credentialedPool } from '../db/mysql-pool.ts';
import { openStore } from '../db/open.ts';
import { storeStartupFailure } from '../app/exit-codes.ts';
import { secretsManagerCredentials } from '../db/secrets-manager.ts';
import { createLogger } from '../log.ts';
import type { CredentialsSource } from '../db/credentials.ts';

export interface BootstrapSources {
  /** The master user's credentials; default: DB_SECRET_ARN's secret. */
  master?: CredentialsSource;
  /** The app user's credentials; default: DB_APP_SECRET_ARN's secret. */
  app?: CredentialsSource;
}

/** Exit code 0 when the app user exists with its grants and can open the migrated store. */
export async function bootstrapDbCommand(config: Config, io: Io, sources: BootstrapSources = {}): Promise<number> {
  const target = config.database;
  if (target.kind !== 'mysql') throw new ConfigError('bootstrap-db needs a MySQL database (DB_HOST or a mysql:// DATABASE_URL)');
  if (config.dbAppSecretArn === undefined && sources.app === undefined) throw new ConfigError('bootstrap-db needs DB_APP_SECRET_ARN (the app user\'s secret)');
  const master = sources.master ?? (target.secretArn === undefined ? undefined : secretsManagerCredentials({ secretArn: target.secretArn }));
  const app = sources.app ?? secretsManagerCredentials({ secretArn: config.dbAppSecretArn! });
  const log = createLogger({ level: config.logLevel, write: (line) => io.stderr.write(`${line}\n`) });

  const appUser = await app.current();
  const { pool, getConnection } = credentialedPool({ ...connectionOptions(target), connectionLimit: 1 }, master);
  try {
    const admin = await retryWithBackoff(
      async () => {
        try {
          return await getConnection();
        } catch (error) {
          throw classifyStoreError(error, isMysqlUnavailable, 'mysql');
        }
      },
      { attempts: config.dbConnectAttempts },
      { retryable: (error) => error instanceof StoreUnavailableError, onWait: ({ attempt, delayMs }) => log.warn('waiting for database', { attempt, delayMs }) },
    ).catch((error: unknown) => { throw storeStartupFailure(error, target); });
    try {
      await bootstrapAppUser(admin, { user: appUser.user, password: appUser.password, database: target.database });
    } finally {
      admin.release();
    }
  } finally {
    await pool.end();
  }
  io.stdout.write(`app user ${appUser.user} ready on ${target.label}\n`);

  const store = await openStore(target, { log, retry: { attempts: 3 }, mysql: { connectionLimit: 1, credentials: app } })
    .catch((error: unknown) => { throw storeStartupFailure(error, target); });
  await store.ping();
  await store.close();
  io.stdout.write(`migrations applied as ${appUser.user}\n`);
  return 0;
}
