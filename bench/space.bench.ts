// Space restoration benchmark: accuracy and speed of textops and of wordsninja, side by side in one run.
//
// Both sets are held out from the corpus behind data/wordfreq.txt: the dev set (Brown Corpus, tuned on)
// and the held-out set (Debian fortunes, never tuned on); see scripts/build-space-*.ts. Each sentence
// loses all its whitespace and each engine puts spaces back; exact = word sequence equal (case and
// punctuation ignored), F1 = word-span F1 (src/algorithms/segment-score.ts). Speed is characters of
// unspaced input per second on one core after a warm-up pass, the median of several passes.
// Run: npm run bench (prints the Markdown table recorded in bench/RESULTS.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { describe, it } from 'node:test';
import { loadModel } from '../src/algorithms/model.ts';
import { loadSegmenter, segment, SEGMENTER_ENGINE } from '../src/algorithms/segment.ts';
import { f1Of, scoreSegmentations, withoutSpaces } from '../src/algorithms/segment-score.ts';

interface Ninja {
  loadDictionary(): Promise<unknown>;
  splitSentence(text: string): string[];
}

const root = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);

function sentencesOf(set: string): string[] {
  return readFileSync(new URL(`bench/data/space-${set}.txt`, root), 'utf8').trim().split('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median characters per second of `run` over the inputs, after one untimed warm-up pass. */
function charsPerSecond(inputs: readonly string[], run: (text: string) => string, passes: number): number {
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

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

describe('space restoration benchmark', () => {
  it('measures textops and wordsninja on the dev and held-out sets', async () => {
    const loadStarted = process.hrtime.bigint();
    const wordModel = loadModel(new URL('data/wordfreq.txt', root).pathname);
    const modelLoaded = process.hrtime.bigint();
    const model = loadSegmenter(wordModel, new URL('data/bigrams.txt', root).pathname);
    const segmenterLoaded = process.hrtime.bigint();
    const WordsNinja = require('wordsninja') as new () => Ninja;
    const ninja = new WordsNinja();
    await ninja.loadDictionary();

    const engines: [name: string, run: (text: string) => string, passes: number][] = [
      [SEGMENTER_ENGINE, (text) => segment(text, model).text, 9],
      ['wordsninja 1.1.0', (text) => ninja.splitSentence(text).join(' '), 3],
    ];
    const rows: string[] = [];
    for (const set of ['dev', 'heldout']) {
      const references = sentencesOf(set);
      const inputs = references.map(withoutSpaces);
      for (const [name, run, passes] of engines) {
        const score = scoreSegmentations(references, inputs.map(run));
        const rate = charsPerSecond(inputs, run, passes);
        rows.push(`| ${set === 'dev' ? 'dev (Brown)' : 'held-out (fortunes)'} | ${name} | ${percent(score.exact / score.sentences)} | ${percent(f1Of(score))} | ${Math.round(rate).toLocaleString('en-US')} |`);
        assert.ok(score.sentences === references.length);
      }
    }
    const longRun = 'thequickbrownfoxjumpsoverthelazydog'.repeat(30_000);
    const longStarted = process.hrtime.bigint();
    segment(longRun, model);
    const longMs = Number(process.hrtime.bigint() - longStarted) / 1e6;

    const ms = (from: bigint, to: bigint): string => (Number(to - from) / 1e6).toFixed(0);
    const table = [
      `Machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
      '',
      '| set | engine | exact sentences | word F1 | chars/s |',
      '|---|---|---|---|---|',
      ...rows,
      '',
      `Load: word model ${ms(loadStarted, modelLoaded)} ms, segmenter tables ${ms(modelLoaded, segmenterLoaded)} ms; heap after load ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB.`,
      `One run of ${longRun.length.toLocaleString('en-US')} letters with no spaces: ${longMs.toFixed(0)} ms.`,
    ].join('\n');
    console.log(`\n${table}\n`);
  });
});
