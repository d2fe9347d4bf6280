/**
 * Text engines for a server: cheap texts run inline, the rest on worker threads through a bounded
 * queue with a deadline per job and cancellation.
 *
 * - Inline: a text runs on the main thread only when cost.ts estimates it under `inlineBudgetUs`
 *   (2 ms by default), so no request can hold the event loop (and /healthz) for long.
 * - Queue: other jobs wait, first in first out, for the first idle worker; each worker runs one job
 *   at a time. A job is refused at once with EngineBusyError (the api's 429) when `maxQueued` jobs
 *   already wait, or when it could not finish within its deadline anyway: the expected wait,
 *   (waiting + running) jobs times the mean job time (an exponential average) over the workers,
 *   plus its own mean time, exceeds `deadlineMs`. Without that second rule a FIFO queue under
 *   overload times out every job it holds (each waits behind all the others) and answers nothing
 *   but 503s; with it, admitted jobs finish and the rest learn at once when to come back: the
 *   Retry-After is that expected wait, rounded up to whole seconds.
 * - Deadline: a job not finished `deadlineMs` after it was queued rejects with EngineDeadlineError
 *   (the api's 503). A job still waiting is removed; one already running cannot be interrupted
 *   short of killing the thread (and reloading its models), so its answer is dropped when it comes.
 *   The algorithms bound their own worst case, which bounds how long that worker stays busy.
 * - Cancellation: when the caller's AbortSignal fires (the client hung up), a waiting job is
 *   removed and a running job's answer dropped; the promise rejects with the signal's reason.
 * - Crashes: a worker that dies fails only its own job and is replaced once (see worker-slot.ts);
 *   the replacement is logged, and a replacement that fails to start is logged as an error and
 *   retried with backoff (1 s doubling to 30 s) while the queue's deadlines keep answering callers.
 */
import { encodeOutput, loadEngineModels, runEngine, type EncodedOutput, type EngineModels, type EngineRunOptions, type LocalOperation } from './run.ts';
import { INLINE_BUDGET_US, runsInline } from './cost.ts';
import { EngineBusyError, EngineDeadlineError } from './errors.ts';
import { startSlot, type Slot, type WorkerMessage } from './worker-slot.ts';

export interface TextEngines {
  /** Process a text (its edits encoded, see run.ts); rejects with EngineBusyError, EngineDeadlineError, the signal's reason, or a worker's failure. */
  run(operation: LocalOperation, text: string, signal?: AbortSignal, options?: EngineRunOptions): Promise<EncodedOutput>;
  /** What the pool holds right now. */
  stats(): EngineStats;
  /** Stop the worker threads. */
  close(): Promise<void>;
}

export interface EngineStats {
  workers: number;
  busy: number;
  queued: number;
  /** Workers replaced after a crash since start. */
  respawns: number;
}

/** Where the pool reports crashes and replacements. */
export interface EngineLog {
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface EngineOptions {
  /** The main thread's models; loaded from dataDir (while the workers load theirs) when absent. */
  models?: EngineModels;
  dataDir: string;
  workers: number;
  /** Estimated microseconds a text may cost to run inline; default 2,000; 0 sends every text to a worker. */
  inlineBudgetUs?: number;
  /** Most jobs waiting for a worker; default 32. */
  maxQueued?: number;
  /** Longest a job may take from queueing to answer; default 10,000 ms. */
  deadlineMs?: number;
  log?: EngineLog;
  /** The worker script (tests use one that crashes); default engines/worker.ts. */
  workerUrl?: URL;
  /** Extra workerData for that script. */
  workerData?: Record<string, unknown>;
}

interface Job {
  id: number;
  operation: LocalOperation;
  text: string;
  options: EngineRunOptions;
  settle(error: unknown, output?: EncodedOutput): void;
  done: boolean;
}

// Run from source the worker is the .ts file beside this one; in the esbuild bundle it is its own entry.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './engine-worker.mjs', import.meta.url);
const RESPAWN_MAX_DELAY_MS = 30_000;
const MEAN_WEIGHT = 0.2;

/** Start the engines: resolves once the main thread and every worker thread have loaded their models. */
export async function startEngines(options: EngineOptions): Promise<TextEngines> {
  const budgetUs = options.inlineBudgetUs ?? INLINE_BUDGET_US;
  const maxQueued = options.maxQueued ?? 32;
  const deadlineMs = options.deadlineMs ?? 10_000;
  const url = options.workerUrl ?? WORKER_URL;
  const workerData = { dataDir: options.dataDir, ...options.workerData };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  const running = new Map<number, Job>();
  let nextId = 1;
  let closing = false;
  let respawns = 0;
  let meanJobMs = 50;
  const started = new Map<number, number>();

  // The wait a new job can expect: the jobs ahead of it, at the mean job time, shared by the workers.
  const expectedWaitMs = () => ((queue.length + running.size) * meanJobMs) / Math.max(1, slots.length);
  const retryAfterSeconds = () => Math.min(60, Math.max(1, Math.ceil(expectedWaitMs() / 1000)));

  const dispatch = (): void => {
    for (const slot of slots) {
      if (slot.running !== null) continue;
      const job = queue.shift();
      if (job === undefined) return;
      slot.running = job.id;
      running.set(job.id, job);
      started.set(job.id, performance.now());
      slot.worker.postMessage({ id: job.id, operation: job.operation, text: job.text, options: job.options });
    }
  };

  const finish = (slot: Slot, id: number): Job | undefined => {
    const job = running.get(id);
    running.delete(id);
    const at = started.get(id);
    started.delete(id);
    if (at !== undefined) meanJobMs += MEAN_WEIGHT * (performance.now() - at - meanJobMs);
    if (slot.running === id) slot.running = null;
    return job;
  };

  const events = {
    onAnswer(slot: Slot, message: WorkerMessage) {
      const job = finish(slot, message.id ?? -1);
      if (message.output !== undefined) job?.settle(undefined, message.output);
      else job?.settle(new Error(message.error ?? 'engine failed'));
      dispatch();
    },
    onExit(slot: Slot, reason: Error) {
      const index = slots.indexOf(slot);
      if (index !== -1) slots.splice(index, 1);
      if (slot.running !== null) finish(slot, slot.running)?.settle(reason);
      if (closing) return;
      options.log?.warn('engine worker died; replacing it', { error: reason.message });
      replace(1);
    },
  };

  const replace = (attempt: number): void => {
    startSlot(url, workerData, events).then(
      (fresh) => {
        if (closing) {
          void fresh.worker.terminate();
          return;
        }
        respawns += 1;
        slots.push(fresh);
        options.log?.warn('engine worker replaced', { workers: slots.length, attempt });
        dispatch();
      },
      (error: unknown) => {
        const delayMs = Math.min(RESPAWN_MAX_DELAY_MS, 1000 * 2 ** (attempt - 1));
        options.log?.error('engine worker could not be replaced; retrying', { error: error instanceof Error ? error.message : String(error), attempt, delayMs });
        if (!closing) setTimeout(() => !closing && replace(attempt + 1), delayMs).unref();
      },
    );
  };

  // The workers load their copies on their own threads while this one loads its own.
  const starting = Array.from({ length: options.workers }, () => startSlot(url, workerData, events));
  let models: EngineModels;
  try {
    models = options.models ?? loadEngineModels(options.dataDir);
  } catch (error) {
    // The threads read the same files and fail the same way: wait for each, stop any that started,
    // and report this thread's error, so a bad DATA_DIR leaves no thread behind.
    const settled = await Promise.allSettled(starting);
    await Promise.all(settled.flatMap((slot) => (slot.status === 'fulfilled' ? [slot.value.worker.terminate()] : [])));
    throw error;
  }
  slots.push(...(await Promise.all(starting)));

  return {
    run(operation, text, signal, runOptions = {}) {
      if (signal?.aborted === true) return Promise.reject(signal.reason);
      if (options.workers === 0 || runsInline(operation, text, models.words, budgetUs)) {
        return new Promise((resolve) => resolve(encodeOutput(runEngine(operation, text, models, runOptions), text)));
      }
      const idle = slots.some((slot) => slot.running === null);
      if (!idle && (queue.length >= maxQueued || expectedWaitMs() + meanJobMs > deadlineMs)) {
        return Promise.reject(new EngineBusyError(queue.length, retryAfterSeconds()));
      }
      return new Promise<EncodedOutput>((resolve, reject) => {
        const onAbort = () => cancel(signal?.reason);
        const timer = setTimeout(() => cancel(new EngineDeadlineError(deadlineMs, retryAfterSeconds())), deadlineMs);
        const job: Job = {
          id: nextId++,
          operation,
          text,
          options: runOptions,
          done: false,
          settle(error, output) {
            if (job.done) return;
            job.done = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (error === undefined) resolve(output as EncodedOutput);
            else reject(error);
          },
        };
        // Waiting jobs leave the queue; a running one keeps its worker until it answers, and that answer is dropped.
        const cancel = (reason: unknown) => {
          const at = queue.indexOf(job);
          if (at !== -1) queue.splice(at, 1);
          job.settle(reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    stats: () => ({ workers: slots.length, busy: running.size, queued: queue.length, respawns }),
    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.settle(new Error('the engines are shutting down'));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
