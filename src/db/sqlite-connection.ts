/**
 * What every node:sqlite connection of a store shares: how it opens (WAL, NORMAL sync, foreign
 * keys, no SQLite busy timeout) and how it waits for another connection's write lock.
 *
 * SQLite's own busy_timeout sleeps on the calling thread. On the event loop that froze every
 * request for the whole wait, so the timeout is 0 (SQLITE_BUSY comes back at once) and the caller
 * retries after 2, 4, 8 ... ms (at most 50 ms apart) until its wait is over: between event-loop
 * turns on the main thread (whenNotBusy), or asleep on the writer thread, which has nothing else
 * to do meanwhile (whileBusy).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const MAX_PAUSE_MS = 50;

/** True for SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock right now. */
function isBusy(error: unknown): boolean {
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  return typeof errcode === 'number' && ((errcode & 0xff) === 5 || (errcode & 0xff) === 6);
}

/** Open a connection (creating the file's folder), in WAL mode with NORMAL sync. */
export function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path, { timeout: 0, enableForeignKeyConstraints: true });
  try {
    // journal_mode=WAL persists in the file; NORMAL sync is durable across process crashes in WAL mode.
    // synchronous is a setting of each connection, so every connection sets it.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Run `step`; while it fails because the database is busy, try again after a growing pause (not blocking), for up to `waitMs`. */
export async function whenNotBusy<T>(step: () => T, waitMs: number): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (let pauseMs = 2; ; pauseMs = Math.min(pauseMs * 2, MAX_PAUSE_MS)) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || performance.now() + pauseMs > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The same, sleeping between tries: for a thread that is not an event loop anyone waits on. `deadline` is epoch ms. */
export function whileBusy<T>(step: () => T, deadline: number): T {
  for (let pauseMs = 2; ; pauseMs = Math.min(pauseMs * 2, MAX_PAUSE_MS)) {
    try {
      return step();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pauseMs > deadline) throw error;
    }
    Atomics.wait(sleeper, 0, 0, pauseMs);
  }
}
