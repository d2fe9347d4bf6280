// Space restoration benchmark: accuracy and speed of textops, wordsninja and (optionally) a baseline
// version of textops, side by side in one run; then the ablation table (bench/space-ablation.ts).
//
// Sets (bench/space-sets.ts): dev (Brown, tuned on), fortunes and State of the Union (held out, never tuned
// on), each unspaced (all whitespace removed) and mixed (30% of the spaces dropped). Exact = word sequence
// equal (case and punctuation ignored), F1 = word-span F1 (bench/segment-score.ts). Speed is
// characters of unspaced input per second on one core after a warm-up pass, the median of several passes.
// Against a baseline (SPACE_BASELINE=DIR, a tree with the baseline's src/ and data/, e.g. from
// `git archive main src data | tar -x -C DIR`), the speed ratio is measured as CPU time of alternating passes
// in this one process, each order in turn (which engine runs first is worth a few percent here), the median
// ratio quoted: on a shared machine that is steadier than comparing two runs' wall-clock rates.
// Run: npm run bench (prints the Markdown tables recorded in bench/RESULTS.md).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadModel } from '../src/algorithms/model.ts';
import { loadSegmenter, segment, SEGMENTER_ENGINE } from '../src/algorithms/segment/segment.ts';
import { ablationTable } from './space-ablation.ts';
import { accuracyOf, inputsOf, percent, sentencesOf, SPACE_SETS } from './space-sets.ts';

interface Ninja {
  loadDictionary(): Promise<unknown>;
  splitSentence(text: string): string[];
}

type Run = (text: string) => string;

const root = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median characters per second of `run` over the inputs, after one untimed warm-up pass. */
function charsPerSecond(inputs: readonly string[], run: Run, passes: number): number {
  const chars = inputs.reduce((sum, text) => sum + text.length, 0);
  for (const text of inputs) run(text);
  const rates: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const started = process.hrtime.bigint();
    for (const text of inputs) run(text);
    rates.push(chars / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return median(rates);
}

/** CPU seconds of one pass of `run` over the inputs. */
function cpuSeconds(inputs: readonly string[], run: Run): number {
  const before = process.cpuUsage();
  for (const text of inputs) run(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** Median over rounds of (baseline CPU time / new CPU time), the two run in turn, each order half the rounds. */
function speedRatio(inputs: readonly string[], fresh: Run, baseline: Run, rounds: number): number {
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const [first, second] = round % 2 === 0 ? [fresh, baseline] : [baseline, fresh];
    const a = cpuSeconds(inputs, first);
    const b = cpuSeconds(inputs, second);
    ratios.push(round % 2 === 0 ? b / a : a / b);
  }
  return median(ratios);
}

/** The baseline segmenter of the tree at SPACE_BASELINE, if that is set. */
async function baselineEngine(): Promise<Run | undefined> {
  const dir = process.env.SPACE_BASELINE;
  if (!dir) return undefined;
  const models = (await import(join(dir, 'src/algorithms/model.ts'))) as typeof import('../src/algorithms/model.ts');
  const loader = (await import(join(dir, 'src/algorithms/segment/load.ts'))) as typeof import('../src/algorithms/segment/load.ts');
  const segmenter = (await import(join(dir, 'src/algorithms/segment/segment.ts'))) as typeof import('../src/algorithms/segment/segment.ts');
  const model = loader.loadSegmenter(models.loadModel(join(dir, 'data/wordfreq.txt')), join(dir, 'data/bigrams.txt'));
  return (text) => segmenter.segment(text, model).text;
}

describe('space restoration benchmark', () => {
  it('measures textops, wordsninja and the baseline on every set', async () => {
    const loadStarted = process.hrtime.bigint();
    const wordModel = loadModel(new URL('data/wordfreq.txt', root).pathname);
    const modelLoaded = process.hrtime.bigint();
    const model = loadSegmenter(wordModel, new URL('data/bigrams.txt', root).pathname);
    const segmenterLoaded = process.hrtime.bigint();
    const WordsNinja = require('wordsninja') as new () => Ninja;
    const ninja = new WordsNinja();
    await ninja.loadDictionary();
    const fresh: Run = (text) => segment(text, model).text;
    const baseline = await baselineEngine();

    const engines: [name: string, run: Run, passes: number, mixed: boolean][] = [
      [SEGMENTER_ENGINE, fresh, 9, true],
      ...(baseline ? [[`baseline (${process.env.SPACE_BASELINE})`, baseline, 9, true] as [string, Run, number, boolean]] : []),
      ['wordsninja 1.1.0', (text) => ninja.splitSentence(text).join(' '), 3, false],
    ];
    const rows: string[] = [];
    const allInputs: string[] = [];
    for (const set of SPACE_SETS) {
      const references = sentencesOf(root, set);
      const unspaced = inputsOf(references, 'unspaced');
      const mixed = inputsOf(references, 'mixed');
      allInputs.push(...unspaced);
      for (const [name, run, passes, runsMixed] of engines) {
        const plain = accuracyOf(references, unspaced, run);
        const spaced = runsMixed ? accuracyOf(references, mixed, run) : undefined;
        const rate = charsPerSecond(unspaced, run, passes);
        const mixedCells = spaced ? `${percent(spaced.exact)} | ${percent(spaced.f1, 2)}` : '— | —';
        rows.push(`| ${set.label} | ${name} | ${percent(plain.exact)} | ${percent(plain.f1, 2)} | ${mixedCells} | ${Math.round(rate).toLocaleString('en-US')} |`);
        assert.ok(plain.f1 > 0.5);
      }
    }
    const ratio = baseline ? speedRatio(allInputs, fresh, baseline, 10) : undefined;
    const longRun = 'thequickbrownfoxjumpsoverthelazydog'.repeat(30_000);
    const longStarted = process.hrtime.bigint();
    segment(longRun, model);
    const longMs = Number(process.hrtime.bigint() - longStarted) / 1e6;

    const ms = (from: bigint, to: bigint): string => (Number(to - from) / 1e6).toFixed(0);
    const table = [
      `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC; load average ${loadavg()[0].toFixed(1)}`,
      '',
      '| set | engine | exact (unspaced) | word F1 (unspaced) | exact (mixed) | word F1 (mixed) | chars/s (unspaced) |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      ...(ratio ? [`Speed against the baseline (CPU time of alternating passes over the 3,000 unspaced sentences, median of 10 rounds): ${ratio.toFixed(3)}× the baseline's chars/s.`] : []),
      `Load: word model ${ms(loadStarted, modelLoaded)} ms, segmenter tables ${ms(modelLoaded, segmenterLoaded)} ms; heap after load ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB.`,
      `One run of ${longRun.length.toLocaleString('en-US')} letters with no spaces: ${longMs.toFixed(0)} ms.`,
    ].join('\n');
    console.log(`\n${table}\n`);
  });

  it('measures what each part of the segmenter is worth', () => {
    console.log(`\n${ablationTable(root).join('\n')}\n`);
  });
});
