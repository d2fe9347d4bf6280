/**
 * Database credentials that can change under a running process (a rotated password).
 *
 * The store asks `current()` before it opens a connection, which costs nothing after the first
 * fetch; when the server answers 1045 (access denied) it asks `refresh()`, which fetches again,
 * because the password was probably rotated since. Refreshes are shared and spaced: every caller
 * that hits 1045 at the same moment waits on one fetch, and a second fetch starts no sooner than
 * `minRefreshMs` after the previous one, so a wrong password cannot turn into a flood of calls to
 * the secret store (at most 1000 / minRefreshMs fetches a second, whatever the load).
 */

export interface DbCredentials {
  user: string;
  password: string;
}

export interface CredentialsSource {
  /** Where the credentials come from, for logs (never the password). */
  readonly describe: string;
  /** The cached credentials, fetched on first use. */
  current(): Promise<DbCredentials>;
  /** Fetch again (the cached ones were refused), at most once per minRefreshMs; shared by concurrent callers. */
  refresh(): Promise<DbCredentials>;
}

export interface CachedCredentialsOptions {
  /** Shortest time between two fetches; default 1000 ms. */
  minRefreshMs?: number;
  /** Milliseconds clock; tests pin it. Default performance.now. */
  clock?: () => number;
}

/** Wrap a fetch of the credentials in a cache with shared, rate-limited refreshes. */
export function cachedCredentials(describe: string, fetch: () => Promise<DbCredentials>, options: CachedCredentialsOptions = {}): CredentialsSource {
  const minRefreshMs = options.minRefreshMs ?? 1_000;
  const clock = options.clock ?? (() => performance.now());
  let last: { fetching: Promise<DbCredentials>; at: number; failed: boolean } | null = null;
  const due = () => last === null || clock() - last.at >= minRefreshMs;

  const start = (): Promise<DbCredentials> => {
    const entry = { fetching: fetch(), at: clock(), failed: false };
    // A failed fetch is retried by the next caller, but not sooner than minRefreshMs after it.
    entry.fetching.catch(() => {
      entry.failed = true;
    });
    last = entry;
    return entry.fetching;
  };

  return {
    describe,
    current: () => (last === null || (last.failed && due()) ? start() : last.fetching),
    refresh: () => (due() ? start() : last!.fetching),
  };
}
