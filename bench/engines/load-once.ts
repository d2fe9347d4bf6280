// One fresh process: load both engines' models from data/ and print the time, CPU time and memory it took as JSON.
// Run by bench/engines-load.bench.ts, several times, so that each figure is a cold start, and by
// bench/engines/load-paired.ts, which passes the root of another checkout (main's, say) to load that one's code and data.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { loadEngineModels as LoadEngineModels, runEngine as RunEngine } from '../../src/engines/run.ts';

const root = process.argv[2] === undefined ? new URL('../../', import.meta.url) : pathToFileURL(`${process.argv[2].replace(/\/$/, '')}/`);
const { loadEngineModels, runEngine } = (await import(new URL('src/engines/run.ts', root).href)) as { loadEngineModels: typeof LoadEngineModels; runEngine: typeof RunEngine };
const dataDir = fileURLToPath(new URL('data/', root));
const cpuBefore = process.cpuUsage();
const started = performance.now();
const models = loadEngineModels(dataDir);
const loadMs = performance.now() - started;
// CPU time of every thread of the process (the GC's and the compiler's helpers too) while loading.
const cpu = process.cpuUsage(cpuBefore);
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
process.stdout.write(`${JSON.stringify({ loadMs, loadCpuMs: (cpu.user + cpu.system) / 1000, firstCallMs, heapMB: memory.heapUsed / 2 ** 20, arrayBuffersMB: memory.arrayBuffers / 2 ** 20, rssMB: memory.rss / 2 ** 20, keep: models !== null })}\n`);
