/**
 * The event loop's side of the SQLite writer thread (sqlite-writer-thread.ts): inserts go there
 * and their promises resolve with the new row's id once the row is committed, so an answer that
 * says "saved" is never sent before the row is durable.
 *
 * A second thread checkpoints the WAL (sqlite-checkpoint-thread.ts), so commits need not. The
 * threads start with the first insert, so a process that never saves (home, unless someone
 * reviews a record) does not pay the ~20 MB of memory a thread costs. It holds the event loop open
 * only while an insert is pending, so a store nobody closes does not keep a process alive. A thread
 * that dies fails the inserts it held (they may or may not have been committed: StoreUnavailableError
 * with maybeSaved) and is replaced on the next insert; one that cannot start fails that insert.
 */
import { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from './errors.ts';
import type { SqlValue } from './queries.ts';
import type { WriterFailure } from './sqlite-writer-thread.ts';

export interface SqliteWriter {
  /** Insert one record (INSERT_DETAILED_RECORD's values), waiting up to `waitMs` for another connection's lock; resolves with its id. */
  insert(values: SqlValue[], waitMs: number): Promise<number>;
  /** Finish the pending inserts, then close the thread's connection and stop it. */
  close(): Promise<void>;
}

interface Pending {
  resolve(rowId: number): void;
  reject(error: unknown): void;
}

interface Answer {
  ready?: true;
  id?: number;
  rowId?: number;
  error?: WriterFailure;
}

// Run from source the threads are the .ts files beside this one; in the esbuild bundle each is its own entry.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const THREAD_URL = new URL(FROM_SOURCE ? './sqlite-writer-thread.ts' : './sqlite-writer.mjs', import.meta.url);
const CHECKPOINT_THREAD_URL = new URL(FROM_SOURCE ? './sqlite-checkpoint-thread.ts' : './sqlite-checkpoint.mjs', import.meta.url);
/** How often the checkpointer copies the WAL back into the database. */
const CHECKPOINT_INTERVAL_MS = 250;

/** The thread's error as the driver's error would have been, so the store classifies it the same way. */
function driverError(failure: WriterFailure): Error {
  return Object.assign(new Error(failure.message), { code: failure.code, errcode: failure.errcode, errstr: failure.errstr });
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  exited: Promise<void>;
}

// With nothing pending the thread does not hold the process open.
const settled = (thread: Thread): void => {
  if (thread.pending.size === 0) thread.worker.unref();
};

export interface SqliteWriterOptions {
  /** The thread's script (tests use one that crashes); default sqlite-writer-thread.ts. */
  threadUrl?: URL;
}

/**
 * Start the checkpointer thread (sqlite-checkpoint-thread.ts). It is an optimisation only: the writer
 * bounds the WAL by itself, so a checkpointer that fails to start or dies is not replaced.
 */
function startCheckpointer(path: string): { worker: Worker; exited: Promise<void> } {
  const worker = new Worker(CHECKPOINT_THREAD_URL, { workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS } });
  worker.on('error', () => undefined);
  worker.unref();
  return { worker, exited: new Promise((done) => worker.once('exit', () => done())) };
}

/** Start a thread on `path` (which must exist and be migrated); resolves once its connection is open. */
function startThread(url: URL, path: string, onGone: (thread: Thread) => void): Promise<Thread> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { path } });
    let lastError: Error | undefined;
    let ready = false;
    const thread: Thread = { worker, pending: new Map(), exited: new Promise((done) => worker.once('exit', () => done())) };
    worker.on('message', (answer: Answer) => {
      if (answer.ready === true) {
        ready = true;
        worker.unref();
        resolve(thread);
        return;
      }
      const pending = thread.pending.get(answer.id ?? -1);
      if (pending === undefined) return;
      thread.pending.delete(answer.id ?? -1);
      if (answer.error === undefined) pending.resolve(answer.rowId ?? NaN);
      else pending.reject(driverError(answer.error));
      settled(thread);
    });
    worker.on('error', (error: Error) => {
      lastError = error;
    });
    worker.once('exit', (code: number) => {
      const reason = `the SQLite writer thread stopped (exit code ${code}${lastError === undefined ? '' : `: ${lastError.message}`})`;
      if (!ready) {
        reject(lastError ?? new Error(reason));
        return;
      }
      for (const pending of thread.pending.values()) pending.reject(new StoreUnavailableError(`sqlite database unavailable: ${reason}`, { cause: lastError, maybeSaved: true }));
      thread.pending.clear();
      settled(thread);
      onGone(thread);
    });
  });
}

/** The writer for a store's file (its thread starts with the first insert). */
export function sqliteWriter(path: string, options: SqliteWriterOptions = {}): SqliteWriter {
  const url = options.threadUrl ?? THREAD_URL;
  let nextId = 1;
  let closing = false;
  let live: Thread | null = null;
  let starting: Promise<Thread> | null = null;
  let checkpointer: { worker: Worker; exited: Promise<void> } | null = null;
  const onGone = (thread: Thread) => {
    if (live === thread) live = null;
  };
  // The live thread, or a new one when there is none (at start, or after one died).
  const thread = (): Promise<Thread> => {
    if (live !== null) return Promise.resolve(live);
    starting ??= startThread(url, path, onGone).then(
      (fresh) => {
        live = fresh;
        starting = null;
        if (options.threadUrl === undefined) checkpointer ??= startCheckpointer(path);
        return fresh;
      },
      (error: unknown) => {
        starting = null;
        throw error;
      },
    );
    return starting;
  };

  // Inserts not yet answered, counted from the call (before a thread is there to take them), so close() waits for them all.
  let unanswered = 0;
  const onIdle: (() => void)[] = [];
  const send = async (values: SqlValue[], waitMs: number): Promise<number> => {
    const target = await thread();
    return new Promise<number>((resolve, reject) => {
      const id = nextId++;
      if (target.pending.size === 0) target.worker.ref();
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, values, deadline: Date.now() + waitMs });
    });
  };

  return {
    async insert(values, waitMs) {
      if (closing) throw new Error('the store is closed');
      unanswered += 1;
      try {
        return await send(values, waitMs);
      } finally {
        unanswered -= 1;
        if (unanswered === 0) for (const notify of onIdle.splice(0)) notify();
      }
    },
    async close() {
      closing = true;
      if (unanswered > 0) await new Promise<void>((idle) => onIdle.push(idle));
      const open = live ?? (await starting?.catch(() => null)) ?? null;
      // Each thread is held open until it has exited: a process waiting on close() must not end first.
      for (const running of [open, checkpointer]) {
        running?.worker.ref();
        running?.worker.postMessage({ close: true });
      }
      await Promise.all([open?.exited, checkpointer?.exited]);
    },
  };
}
