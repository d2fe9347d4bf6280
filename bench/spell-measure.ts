// Measures one spelling engine in a fresh process and prints its figures as one JSON line.
//
// A fresh process per engine keeps load time and heap honest (no engine pays for another's garbage).
// Accuracy is top-1, case-insensitive. Words/s is the median of several passes over the dev set's
// misspellings after a warm-up pass; the slow peers get one pass over fewer words, which their rate
// makes long enough to time. The running-text figures (textops only) come first, right after load, each after a
// second of warm-up passes: the steady state of a service process, which runs that path alone.
// Run by bench/spell.bench.ts: node bench/spell-measure.ts ENGINE
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { SPELL_ENGINES, type Corrector } from './peers/spell-engines.ts';
import { everyNth, loadCodespellSet, loadDevSet, loadTyposSet, loadWikipediaSet, type Misspelling } from './spell-sets.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** What one engine scored, as bench/spell.bench.ts tabulates it. */
export interface EngineFigures {
  engine: string;
  loadMs: number;
  heapMB: number;
  externalMB: number;
  accuracy: Record<string, { n: number; percent: number }>;
  /** textops only: the same sets through the whole-text corrector with its context model (each word alone). */
  accuracyInText?: Record<string, { n: number; percent: number }>;
  misspelledPerSecond: number;
  /** textops only: misspelled words/s inside running text with the context model on. */
  misspelledInContextPerSecond?: number;
  knownPerSecond: number;
  text10kMs?: number;
}

/** The sets every engine runs: full sets for textops, evenly spread subsets for the slow peers. */
function setsFor(root: string, full: boolean): Record<string, Misspelling[]> {
  const wikipedia = loadWikipediaSet();
  const typos = loadTyposSet();
  return {
    dev: loadDevSet(root),
    'wikipedia (subset)': everyNth(wikipedia, 25),
    'typos (subset)': everyNth(typos, 12),
    ...(full ? { 'codespell (tuning, all)': loadCodespellSet(root), 'wikipedia (all)': wikipedia, 'typos (all)': typos } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('the median of no values');
  return middle;
}

/** Words per second of `corrector` over `words`: median of passes lasting at least ~0.2 s each. */
function wordsPerSecond(corrector: Corrector, words: readonly string[], passes: number): number {
  if (corrector.prepare !== undefined) return batchWordsPerSecond(corrector.prepare, words);
  const rates: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const started = performance.now();
    let done = 0;
    do {
      for (const word of words) corrector(word);
      done += words.length;
    } while (performance.now() - started < 200);
    rates.push(done / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

/** Words per second of a batch engine: distinct copies of the words, answered in one batch (its process start included). */
function batchWordsPerSecond(prepare: (words: readonly string[]) => void, words: readonly string[]): number {
  const batch: string[] = [];
  // The misspellings, then each with one more letter (`abc` + `a`…`z`): ~5,000 distinct unknown words.
  for (let copy = 0; copy <= 26 && batch.length < 5_000; copy++) for (const word of words) batch.push(copy === 0 ? word : word + String.fromCharCode(96 + copy));
  const unique = [...new Set(batch)];
  const started = performance.now();
  prepare(unique);
  return unique.length / ((performance.now() - started) / 1000);
}

async function measure(name: string, root: string): Promise<EngineFigures> {
  const engine = SPELL_ENGINES.find((candidate) => candidate.name === name);
  if (engine === undefined) throw new Error(`unknown engine ${name}`);
  collectGarbage();
  const heapBefore = process.memoryUsage();
  const started = performance.now();
  const corrector = await engine.load(root);
  const loadMs = performance.now() - started;
  collectGarbage();
  const heapAfter = process.memoryUsage();
  const fast = name === 'textops';
  // The running-text figures first: the service runs only that path, and the bench-only passes over isolated
  // words below change what V8 optimises for (measured after them, some passes over the 10,000-word text took
  // twice as long while the code was re-optimised: bench/RESULTS.md, "Main after the merges of 2026-12-02").
  const misspelled = loadDevSet(root).map((pair) => pair.wrong);
  const inText = corrector.text === undefined
    ? undefined
    : { text10kMs: text10kMs(root, corrector.text), misspelledInContextPerSecond: inContextPerSecond(corrector.text, misspelled) };
  const accuracy: EngineFigures['accuracy'] = {};
  for (const [set, pairs] of Object.entries(setsFor(root, fast))) {
    corrector.prepare?.(pairs.map((pair) => pair.wrong));
    const right = pairs.filter((pair) => corrector(pair.wrong).toLowerCase() === pair.right.toLowerCase()).length;
    accuracy[set] = { n: pairs.length, percent: (100 * right) / pairs.length };
  }
  const sample = fast || corrector.prepare !== undefined ? misspelled : everyNth(misspelled, 10);
  for (const word of sample.slice(0, fast ? sample.length : 3)) corrector(word);
  const known = ['the', 'spelling', 'of', 'misspelled', 'words', 'changes', 'little', 'and', 'often', 'between', 'languages'];
  const figures: EngineFigures = {
    engine: name,
    loadMs,
    heapMB: (heapAfter.heapUsed - heapBefore.heapUsed) / 1e6,
    externalMB: (heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1e6,
    accuracy,
    misspelledPerSecond: wordsPerSecond(corrector, sample, fast ? 7 : 1),
    knownPerSecond: wordsPerSecond(corrector, known, 5),
  };
  if (corrector.text !== undefined) {
    const correctText = corrector.text;
    figures.accuracyInText = {};
    for (const [set, pairs] of Object.entries(setsFor(root, false))) {
      const right = pairs.filter((pair) => correctText(pair.wrong).toLowerCase() === pair.right.toLowerCase()).length;
      figures.accuracyInText[set] = { n: pairs.length, percent: (100 * right) / pairs.length };
    }
    Object.assign(figures, inText);
  }
  return figures;
}

/** Warm-up of a running-text figure: WARM_UP_MS of passes, since V8 keeps re-optimising the text path for about a second. */
const WARM_UP_MS = 1_000;

function warmUp(pass: () => void): void {
  const started = performance.now();
  do pass();
  while (performance.now() - started < WARM_UP_MS);
}

/**
 * Misspelled words/s in running text with the context model: the dev misspellings, each between two known
 * words (`the X of`), corrected as one text per pass (the memo lasts one call): median of 7 passes.
 */
function inContextPerSecond(correctText: (text: string) => string, misspelled: readonly string[]): number {
  const text = misspelled.map((word) => `the ${word} of`).join(' ');
  collectGarbage();
  warmUp(() => correctText(text));
  const rates: number[] = [];
  for (let pass = 0; pass < 7; pass++) {
    const started = performance.now();
    let done = 0;
    do {
      correctText(text);
      done += misspelled.length;
    } while (performance.now() - started < 200);
    rates.push(done / ((performance.now() - started) / 1000));
  }
  return median(rates);
}

/**
 * Median time of `correct` on a 10,000-word text in which every 20th word is a misspelling, all 500 of
 * them distinct (the dev set's, then Wikipedia's), so that `correct`'s per-call memo does not help.
 */
function text10kMs(root: string, correctText: (text: string) => string): number {
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  const distinct = [...new Set([...loadDevSet(root), ...loadWikipediaSet()].map((pair) => pair.wrong))].slice(0, 500);
  const words: string[] = [];
  for (let i = 0; i < 10_000; i++) words.push((i % 20 === 0 ? distinct[i / 20] : model.words[(i * 7919) % 20_000]) ?? '');
  const text = words.join(' ');
  // The word list's model is the bench's garbage, not the engine's: collected before the clock starts.
  collectGarbage();
  warmUp(() => correctText(text));
  const times: number[] = [];
  for (let run = 0; run < 9; run++) {
    const started = performance.now();
    correctText(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..');
  console.log(JSON.stringify(await measure(process.argv[2] ?? 'textops', root)));
}
