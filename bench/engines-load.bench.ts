/**
 * Start-up cost of both engines together: the time to load data/wordfreq.txt, build the spelling
 * index and the segmenter's tables, and the memory they hold. The budget is 500 ms and 150 MB of
 * heap on this machine. Each run is a fresh process (a cold start, as in a new container);
 * the figures are medians of RUNS runs. `npm run bench` prints the table.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const RUNS = 9;
const script = fileURLToPath(new URL('./engines/load-once.ts', import.meta.url));

interface Sample {
  loadMs: number;
  firstCallMs: number;
  heapMB: number;
  arrayBuffersMB: number;
  rssMB: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

describe('engine start-up (both engines together)', () => {
  it(`loads within 500 ms and 150 MB of heap (median of ${RUNS} cold starts)`, () => {
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      samples.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', script], { encoding: 'utf8' })) as Sample);
    }
    const row = (name: keyof Sample) => `${median(samples.map((s) => s[name])).toFixed(1)} (min ${Math.min(...samples.map((s) => s[name])).toFixed(1)}, max ${Math.max(...samples.map((s) => s[name])).toFixed(1)})`;
    console.log(`\nEngine start-up, ${RUNS} cold starts, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${new Date().toISOString()}`);
    console.log('| measure | median (min, max) |\n|---|---|');
    console.log(`| load both engines (ms) | ${row('loadMs')} |`);
    console.log(`| first spell + space call after load (ms) | ${row('firstCallMs')} |`);
    console.log(`| JS heap after load (MB) | ${row('heapMB')} |`);
    console.log(`| typed arrays after load (MB) | ${row('arrayBuffersMB')} |`);
    console.log(`| resident set (MB) | ${row('rssMB')} |`);
    assert.ok(median(samples.map((s) => s.heapMB)) < 150, 'heap over the 150 MB budget');
  });
});
