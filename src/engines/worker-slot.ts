/**
 * One engine worker thread and the one job it runs at a time.
 *
 * A slot starts a Worker and resolves once the thread has loaded its models (it posts
 * `{ ready: true }`); it then answers `{ id, output }` or `{ id, error }` per job. A thread that
 * dies reports it exactly once, on 'exit': node fires 'error' and then 'exit' for an uncaught
 * exception, and handling both would replace the thread twice (the pool would grow by one thread,
 * each holding its own copy of the models). 'error' is only remembered, to say why it exited.
 */
import { Worker } from 'node:worker_threads';
import type { EncodedOutput } from './run.ts';

export interface WorkerMessage {
  ready?: true;
  id?: number;
  output?: EncodedOutput;
  error?: string;
}

export interface SlotEvents {
  /** A job's answer (output or error message). */
  onAnswer(slot: Slot, message: WorkerMessage): void;
  /** The thread is gone, after it was ready; `reason` says why. Called once. */
  onExit(slot: Slot, reason: Error): void;
}

export interface Slot {
  readonly worker: Worker;
  /** The id of the job the thread is running, or null when it is idle. */
  running: number | null;
}

/** Start a worker thread; resolves with its slot once it is ready, rejects if it dies before. */
export function startSlot(url: URL, workerData: unknown, events: SlotEvents): Promise<Slot> {
  return new Promise((resolve, reject) => {
    const slot: Slot = { worker: new Worker(url, { workerData }), running: null };
    let ready = false;
    let lastError: Error | undefined;
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.ready === true) {
        ready = true;
        resolve(slot);
        return;
      }
      events.onAnswer(slot, message);
    });
    slot.worker.on('error', (error: Error) => {
      lastError = error;
    });
    slot.worker.once('exit', (code: number) => {
      const reason = new Error(`engine worker exited with code ${code}${lastError === undefined ? '' : `: ${lastError.message}`}`, { cause: lastError });
      if (ready) events.onExit(slot, reason);
      else reject(reason);
    });
  });
}
