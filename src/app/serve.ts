/**
 * `textops serve home|api|all`: start a service and stop it cleanly.
 *
 * Start-up: the server listens at once (the load balancer's /healthz must pass while RDS is
 * still coming up), the store connects in the background with backoff, and api loads its
 * models first (a few hundred milliseconds). Shutdown on SIGTERM/SIGINT: stop accepting, let
 * in-flight requests finish, close the engines and the database, exit 0 within the grace period.
 */
import type { Server } from 'node:http';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createServer, listen, shutdownGracefully } from '../http/server.ts';
import { openStore } from '../db/open.ts';
import { apiRoutes } from '../api/routes.ts';
import { homeRoutes } from '../home/routes.ts';
import { createTranslator } from '../api/translate/index.ts';
import { startEngines, type TextEngines } from '../engines/pool.ts';
import { serviceHandler, type ServiceChoice } from './handler.ts';
import { pendingStore } from './pending-store.ts';
import { healthRoutes } from './health-routes.ts';
import { mysqlStoreOptions } from './store-options.ts';

// Where the operator learns what to set (the page only says translation is not available).
const TRANSLATION_HINT = 'not configured: set GOOGLE_TRANSLATE_API_KEY (or GOOGLE_APPLICATION_CREDENTIALS) for Google Cloud Translation, or LIBRETRANSLATE_URL for a LibreTranslate server';

export interface RunningService {
  server: Server;
  port: number;
  /** Resolves once the database is open (or rejects when start-up gave up waiting). */
  storeReady: Promise<unknown>;
  /** Graceful stop: finish in-flight requests, then close engines and the store. */
  stop(): Promise<void>;
}

/** Start one service (or both) on the configured port. */
export async function startService(choice: ServiceChoice, config: Config, log: Logger): Promise<RunningService> {
  const wantsApi = choice !== 'home';
  const started = Date.now();
  let engines: TextEngines | null = null;
  if (wantsApi) {
    engines = await startEngines({ dataDir: config.dataDir, workers: config.engineWorkers, maxQueued: config.engineQueueLimit, deadlineMs: config.engineDeadlineMs, log });
    log.info('engines ready', { ms: Date.now() - started, workers: config.engineWorkers });
  }
  log.info('opening database', { url: config.database.label });
  const store = pendingStore(config.database.kind, openStore(config.database, { log, retry: { attempts: config.dbConnectAttempts }, mysql: mysqlStoreOptions(config) }));
  const translator = wantsApi ? createTranslator(config.translate, log) : null;
  const routes = {
    home: [...healthRoutes('', store), ...homeRoutes({ store, countTtlMs: config.countTtlMs })],
    api: engines === null ? [] : [...healthRoutes('/api', store), ...apiRoutes({ store, engines, translator, maxTextChars: config.maxTextChars, maxBodyBytes: config.maxBodyBytes })],
  };
  const server = createServer({ handle: serviceHandler(choice, routes), log });
  const port = await listen(server, config.port, config.host);
  log.info('listening', { service: choice, url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`, translation: translator?.engine ?? (wantsApi ? TRANSLATION_HINT : 'not here') });
  // openStore logs each wait and the moment the database is ready; here only the final failure.
  store.ready.catch((error: unknown) => log.error('database never became reachable', { error }));
  return {
    server,
    port,
    storeReady: store.ready,
    stop: () =>
      shutdownGracefully(server, {
        graceMs: config.shutdownGraceMs,
        log,
        onClosed: async () => {
          await engines?.close();
          await store.close();
        },
      }),
  };
}
