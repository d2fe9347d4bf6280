/**
 * A store that is still connecting: the server listens at once, and answers from the database
 * as soon as it is there.
 *
 * RDS can take minutes to accept connections after a deploy; the load balancer's health check
 * (`/healthz`) must pass meanwhile, while readiness and every record operation answer 503
 * ("database unavailable") instead of hanging. When the real store arrives, calls go straight to
 * it. The opening itself (retries, backoff, migrations) is `openStore`'s job.
 */
import { StoreUnavailableError } from '../db/errors.ts';
import type { Store } from '../db/store.ts';

export interface PendingStore extends Store {
  /** Resolves with the real store once it is open. */
  readonly ready: Promise<Store>;
}

/** Wrap a store that is being opened; calls made before it is open fail as "unavailable". */
export function pendingStore(kind: string, opening: Promise<Store>): PendingStore {
  let store: Store | null = null;
  const ready = opening.then((opened) => (store = opened));
  ready.catch(() => {});
  const current = (): Store => {
    if (store === null) throw new StoreUnavailableError('the database is still connecting');
    return store;
  };
  return {
    kind,
    ready,
    save: async (record) => current().save(record),
    page: async (query) => current().page(query),
    count: async (filter) => current().count(filter),
    get: async (id) => current().get(id),
    find: async (query) => current().find(query),
    countFound: async (filter) => current().countFound(filter),
    ping: async () => current().ping(),
    // Shutting down while still connecting: nothing to close yet, and the process is about to exit.
    close: async () => {
      if (store !== null) await store.close();
    },
  };
}
