/**
 * The engine worker thread: loads the models once, then answers `{ id, operation, text, options }`
 * messages with `{ id, output }` or `{ id, error }`. The output's edits travel encoded, as the one
 * JSON string a record keeps (run.ts encodeOutput): a string crosses threads as a copy of its bytes.
 *
 * Why threads: spelling a 20,000-character text takes tens of milliseconds of pure CPU; on the
 * main thread that would stall every other request behind it. Large texts come here instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeOutput, loadEngineModels, runEngine, type EngineRunOptions, type LocalOperation } from './run.ts';

interface Job {
  id: number;
  operation: LocalOperation;
  text: string;
  options?: EngineRunOptions;
}

const port = parentPort;
if (port === null) throw new Error('engines/worker.ts must run as a worker thread');
const models = loadEngineModels((workerData as { dataDir: string }).dataDir);
port.on('message', (job: Job) => {
  try {
    port.postMessage({ id: job.id, output: encodeOutput(runEngine(job.operation, job.text, models, job.options), job.text) });
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
