/**
 * A stand-in engine worker for the pool's tests, speaking the real protocol without models:
 * it echoes the text upper-cased, after `workerData.slowMs` of busy CPU for a text starting `slow`; the text `crash` throws
 * an uncaught exception on the thread (node then fires 'error' and 'exit'); and once
 * `workerData.starts` (a shared counter) passes `workerData.failFromStart`, it dies while loading.
 */
import { parentPort, workerData } from 'node:worker_threads';

interface Settings {
  slowMs?: number;
  starts?: Int32Array;
  failFromStart?: number;
}

const settings = workerData as Settings;
const port = parentPort;
if (port === null) throw new Error('test-worker.ts must run as a worker thread');
const start = settings.starts === undefined ? 0 : Atomics.add(settings.starts, 0, 1) + 1;
if (settings.failFromStart !== undefined && start >= settings.failFromStart) throw new Error(`start ${start} fails on purpose`);

port.on('message', (job: { id: number; text: string }) => {
  if (job.text === 'crash') {
    setImmediate(() => {
      throw new Error('crashed on purpose');
    });
    return;
  }
  const until = performance.now() + (job.text.startsWith('slow') ? (settings.slowMs ?? 0) : 0);
  while (performance.now() < until);
  port.postMessage({ id: job.id, output: { text: job.text.toUpperCase(), edits: { encoded: '[]' }, engine: 'test' } });
});
port.postMessage({ ready: true });
