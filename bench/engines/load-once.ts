// One fresh process: load both engines' models from data/ and print the time and memory it took as JSON.
// Run by bench/engines-load.bench.ts, several times, so that each figure is a cold start.
import { fileURLToPath } from 'node:url';
import { loadEngineModels, runEngine } from '../../src/engines/run.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const started = performance.now();
const models = loadEngineModels(dataDir);
const loadMs = performance.now() - started;
// The first call after load shows whether anything was left to build lazily.
const firstCall = performance.now();
runEngine('spell', 'speling', models);
runEngine('space', 'helloworld', models);
const firstCallMs = performance.now() - firstCall;
// What the models hold, not what loading left behind: the shared parses (parse-once.ts) are released
// once the loading job ends, so the heap is measured after it.
await new Promise((resolve) => setImmediate(resolve));
globalThis.gc?.();
const memory = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ loadMs, firstCallMs, heapMB: memory.heapUsed / 2 ** 20, arrayBuffersMB: memory.arrayBuffers / 2 ** 20, rssMB: memory.rss / 2 ** 20, keep: models !== null })}\n`);
