/**
 * `textops serve home|api|all`: start a service, run it until it stops, and say how it ended.
 *
 * Start-up: the server listens at once (the load balancer's /healthz must pass while RDS is
 * still coming up), the store connects in the background with backoff, and api loads its
 * models first (a few hundred milliseconds). Shutdown on SIGTERM/SIGINT: stop accepting, let
 * in-flight requests finish, close the engines and the database, exit 0 within the grace period.
 *
 * This file owns the policy for a failed start (exit-codes.ts says which code means what): a
 * port that cannot be listened on rejects startService with a StartupFailure, after closing what
 * was already started; a store that never becomes ready is logged once, stops the service, and
 * `done` settles with its code. Callers print the reason and exit; they decide nothing.
 */
import type { Server } from 'node:http';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { createServer, listen } from '../http/server.ts';
import { shutdownGracefully } from '../http/shutdown.ts';
import { openStore } from '../db/open.ts';
import { apiRoutes } from '../api/routes.ts';
import { homeRoutes } from '../home/routes.ts';
import { createTranslator } from '../api/translate/index.ts';
import { startEngines, type TextEngines } from '../engines/pool.ts';
import { serviceHandler, type ServiceChoice } from './handler.ts';
import { pendingStore } from './pending-store.ts';
import { healthRoutes } from './health-routes.ts';
import { mysqlStoreOptions } from './store-options.ts';
import { EXIT_FAILED, EXIT_OK, engineDataFailure, listenFailure, storeFailure, type ServiceExit } from './exit-codes.ts';

// Where the operator learns what to set (the page only says translation is not available).
const TRANSLATION_HINT = 'not configured: set GOOGLE_TRANSLATE_API_KEY (or GOOGLE_APPLICATION_CREDENTIALS) for Google Cloud Translation, or LIBRETRANSLATE_URL for a LibreTranslate server';

export interface RunningService {
  server: Server;
  port: number;
  /** Resolves once the database is open (or rejects when start-up gave up waiting). */
  storeReady: Promise<unknown>;
  /** Graceful stop: finish in-flight requests, then close engines and the store; never rejects (`done` says how it went). */
  stop(): Promise<void>;
  /**
   * Settles (never rejects) once the service has stopped: code 0 after stop(), or the database's
   * code and reason when the store never became ready (the service stops itself then).
   */
  done: Promise<ServiceExit>;
}

/** Start one service (or both) on the configured port. */
export async function startService(choice: ServiceChoice, config: Config, log: Logger): Promise<RunningService> {
  const wantsApi = choice !== 'home';
  const started = Date.now();
  let engines: TextEngines | null = null;
  if (wantsApi) {
    engines = await startEngines({ dataDir: config.dataDir, workers: config.engineWorkers, maxQueued: config.engineQueueLimit, deadlineMs: config.engineDeadlineMs, log })
      .catch((error: unknown) => { throw engineDataFailure(error, config.dataDir); });
    log.info('engines ready', { ms: Date.now() - started, workers: config.engineWorkers });
  }
  // The store starts opening only once the server listens, so a port in use leaves nothing behind.
  const listening = Promise.withResolvers<void>();
  const opening = listening.promise.then(() => {
    log.info('opening database', { url: config.database.label });
    return openStore(config.database, { log, retry: { attempts: config.dbConnectAttempts }, mysql: mysqlStoreOptions(config) });
  });
  const store = pendingStore(config.database.kind, opening);
  const translator = wantsApi ? createTranslator(config.translate, log) : null;
  const routes = {
    home: [...healthRoutes('', store), ...homeRoutes({ store, countTtlMs: config.countTtlMs })],
    api: engines === null ? [] : [...healthRoutes('/api', store), ...apiRoutes({ store, engines, translator, maxTextChars: config.maxTextChars, maxBodyBytes: config.maxBodyBytes })],
  };
  const server = createServer({ handle: serviceHandler(choice, routes), log });
  let port: number;
  try {
    port = await listen(server, config.port, config.host);
  } catch (error) {
    listening.reject(error);
    await engines?.close();
    throw listenFailure(error, config.host, config.port);
  }
  listening.resolve();
  log.info('listening', { service: choice, url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`, translation: translator?.engine ?? (wantsApi ? TRANSLATION_HINT : 'not here') });

  const stop = () =>
    shutdownGracefully(server, {
      graceMs: config.shutdownGraceMs,
      log,
      onClosed: async () => {
        await engines?.close();
        await store.close();
      },
    });
  // A store that never became ready ends the service with its own exit code; openStore has
  // logged each wait, so here only the final failure, once.
  let failed: ServiceExit | null = null;
  const stopped = Promise.withResolvers<void>();
  store.ready.catch((error: unknown) => {
    failed = storeFailure(error, config.database);
    log.error('database never became ready; stopping', { database: config.database.label, exitCode: failed.code, error });
    void stop().then(stopped.resolve, stopped.reject);
  });
  const done = stopped.promise.then(
    (): ServiceExit => failed ?? { code: EXIT_OK },
    (error: unknown): ServiceExit => failed ?? { code: EXIT_FAILED, reason: `stopping failed: ${error instanceof Error ? error.message : String(error)}` },
  );
  return {
    server,
    port,
    storeReady: store.ready,
    stop: async () => {
      stop().then(stopped.resolve, stopped.reject);
      await done;
    },
    done,
  };
}
