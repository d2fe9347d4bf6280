/**
 * Text engines for a server: small texts run inline, large ones on worker threads.
 *
 * A 50-word text takes well under a millisecond, less than a round trip to a thread, so it runs
 * on the main thread. Beyond `inlineMaxChars` the work goes to the least busy of `workers`
 * threads (each holds its own copy of the models), so a 20,000-character request never stalls
 * the event loop for the small ones beside it. A worker that dies fails only its own jobs and is
 * replaced.
 */
import { Worker } from 'node:worker_threads';
import { loadEngineModels, runEngine, type EngineModels, type EngineOutput, type LocalOperation } from './run.ts';

export interface TextEngines {
  /** Process a text; rejects only if the worker running it died. */
  run(operation: LocalOperation, text: string): Promise<EngineOutput>;
  /** Stop the worker threads. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** The main thread's models; loaded from dataDir (while the workers load theirs) when absent. */
  models?: EngineModels;
  dataDir: string;
  workers: number;
  inlineMaxChars: number;
}

interface Pending {
  resolve: (output: EngineOutput) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

// Run from source the worker is the .ts file beside this one; in the esbuild bundle it is its own entry.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './engine-worker.mjs', import.meta.url);

/** Start the engines: resolves once the main thread and every worker thread have loaded their models. */
export async function startEngines(options: EngineOptions): Promise<TextEngines> {
  let nextId = 1;
  let closing = false;
  const slots: Slot[] = [];

  const spawn = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const slot: Slot = { worker: new Worker(WORKER_URL, { workerData: { dataDir: options.dataDir } }), pending: new Map() };
      let ready = false;
      slot.worker.on('message', (message: { ready?: true; id?: number; output?: EngineOutput; error?: string }) => {
        if (message.ready) {
          ready = true;
          resolve(slot);
          return;
        }
        const job = slot.pending.get(message.id ?? -1);
        if (job === undefined) return;
        slot.pending.delete(message.id ?? -1);
        if (message.output !== undefined) job.resolve(message.output);
        else job.reject(new Error(message.error ?? 'engine failed'));
      });
      const fail = (error: Error): void => {
        for (const job of slot.pending.values()) job.reject(error);
        slot.pending.clear();
        const index = slots.indexOf(slot);
        if (index !== -1) slots.splice(index, 1);
        if (!ready) reject(error);
        else if (!closing) spawn().then((fresh) => slots.push(fresh), () => {});
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`engine worker exited with code ${code}`)));
    });

  // The workers load their copies on their own threads while this one loads its own.
  const spawning = Promise.all(Array.from({ length: options.workers }, spawn));
  const models = options.models ?? loadEngineModels(options.dataDir);
  for (const slot of await spawning) slots.push(slot);

  return {
    run(operation, text) {
      if (text.length <= options.inlineMaxChars || slots.length === 0) {
        return new Promise((resolve) => resolve(runEngine(operation, text, models)));
      }
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, operation, text });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
