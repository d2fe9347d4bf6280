// The cold load of two checkouts side by side: `node bench/engines/load-paired.ts <base root> <other root> [pairs]`.
//
// Timings on a shared machine drift by tens of percent within minutes, so a figure means something only
// against another taken in the same minutes. This alternates fresh processes of bench/engines/load-once.ts
// loading each root's code and data (which one goes first flips every pair), and prints the medians of
// each and the ratio other / base of the wall time and of the CPU time of the load, with the load average.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

interface Sample {
  loadMs: number;
  loadCpuMs: number;
  firstCallMs: number;
  heapMB: number;
  arrayBuffersMB: number;
}

const [base, other, pairsArg = '9'] = process.argv.slice(2);
if (base === undefined || other === undefined) throw new Error('usage: node bench/engines/load-paired.ts <base root> <other root> [pairs]');
const pairs = Number(pairsArg);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`pairs must be a positive integer, got ${pairsArg}`);
const script = fileURLToPath(new URL('./load-once.ts', import.meta.url));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const samples = new Map<string, Sample[]>([[base, []], [other, []]]);
const loadBefore = loadavg();
for (let pair = 0; pair < pairs; pair++) {
  for (const root of pair % 2 === 0 ? [base, other] : [other, base]) {
    const output = execFileSync(process.execPath, ['--expose-gc', script, root], { encoding: 'utf8' });
    samples.get(root)?.push(JSON.parse(output) as Sample);
  }
}
const of = (root: string, name: keyof Sample) => median((samples.get(root) ?? []).map((sample) => sample[name]));
console.log(`${pairs} pairs of cold loads, load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadavg().map((x) => x.toFixed(1)).join(' ')} after`);
console.log('| root | load (ms) | load CPU (ms) | first call (ms) | heap (MB) | typed arrays (MB) |\n|---|---|---|---|---|---|');
for (const root of [base, other]) {
  console.log(`| ${root} | ${of(root, 'loadMs').toFixed(0)} | ${of(root, 'loadCpuMs').toFixed(0)} | ${of(root, 'firstCallMs').toFixed(1)} | ${of(root, 'heapMB').toFixed(1)} | ${of(root, 'arrayBuffersMB').toFixed(1)} |`);
}
console.log(`ratio other / base: load ${(of(other, 'loadMs') / of(base, 'loadMs')).toFixed(3)}, load CPU ${(of(other, 'loadCpuMs') / of(base, 'loadCpuMs')).toFixed(3)}`);
