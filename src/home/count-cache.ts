/**
 * The history's "N records" total, shared for a moment between concurrent views.
 *
 * Why: on InnoDB a COUNT(*) reads the whole index (tens of milliseconds at 100,000 rows), while
 * the keyset page beside it costs well under one. Under load every view asking for its own count
 * turns the history into a count benchmark. So a total is reused for `ttlMs` (the number shown
 * may lag new records by that much; the rows themselves are always fresh), and concurrent views
 * that miss share the one query in flight. Failures are never cached. At most `maxKeys` filters
 * are kept, so arbitrary tag filters cannot grow memory without bound.
 */
import type { RecordFilter } from '../db/store.ts';

interface Entry {
  value: number;
  at: number;
}

export interface CountCacheOptions {
  ttlMs: number;
  maxKeys: number;
  now?: () => number;
}

/** Wrap a count function so that totals are shared for `ttlMs` and concurrent misses share one query. */
export function cachedCount(count: (filter: RecordFilter) => Promise<number>, options: CountCacheOptions): (filter: RecordFilter) => Promise<number> {
  const now = options.now ?? Date.now;
  const fresh = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<number>>();
  return (filter) => {
    const key = JSON.stringify([filter.tag ?? null, filter.operation ?? null]);
    const entry = fresh.get(key);
    if (entry !== undefined && now() - entry.at < options.ttlMs) return Promise.resolve(entry.value);
    const pending = inFlight.get(key);
    if (pending !== undefined) return pending;
    const started = now();
    const query = count(filter).then(
      (value) => {
        inFlight.delete(key);
        fresh.delete(key);
        if (fresh.size >= options.maxKeys) fresh.delete(fresh.keys().next().value as string);
        fresh.set(key, { value, at: started });
        return value;
      },
      (error: unknown) => {
        inFlight.delete(key);
        throw error;
      },
    );
    inFlight.set(key, query);
    return query;
  };
}
