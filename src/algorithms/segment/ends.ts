// How often each word ends a run: the end-of-run context of the segmenter, and the data/run-ends.txt format.
//
// A run (segment/bigrams.ts) is what the segmenter sees as one letter run: it ends where punctuation, a
// digit or the text's end cuts the words. A word that ends runs rarely (`at`, `the`: under 1% of their
// occurrences in big.txt) is unlikely to be the last word before a comma or a full stop, and one that often
// does (`them`, `me`: over a third) is likely there, so the segmenter prices the run's end as one more
// event: P(end | w) = (e(w) + MU P_end) / (n(w) + MU), where e(w) counts the runs w ends, n(w) its
// occurrences, P_end = runs / words the rate for a word never seen, and MU = 2 the prior's weight (a
// Dirichlet prior: a word seen once moves little from the average). A word inside a run pays the other
// side, 1 - P(end | w) (segment/model.ts). The file keeps `w<TAB>e(w)<TAB>n(w)` for words seen at least
// MIN_OCCURRENCES times and one `*<TAB>runs<TAB>words` line, sorted by code units for a reproducible build.
import { runsOf } from './bigrams.ts';
import type { SegmentTuning } from './tuning.ts';

/** Words seen fewer times than this are left to the average end rate. */
const MIN_OCCURRENCES = 2;

/** Run ends and occurrences per word, and the corpus totals. */
export interface RunEnds {
  /** e(w): how many runs end with w, and n(w): how often w occurs, for the listed words. */
  readonly ends: ReadonlyMap<string, readonly [ends: number, occurrences: number]>;
  readonly runs: number;
  readonly words: number;
}

/** Counts how often each word ends a run of running text. */
export function countRunEnds(text: string): RunEnds {
  const counts = new Map<string, [number, number]>();
  let runs = 0;
  let words = 0;
  for (const run of runsOf(text)) {
    runs++;
    words += run.length;
    for (let k = 0; k < run.length; k++) {
      let entry = counts.get(run[k]!);
      if (!entry) counts.set(run[k]!, (entry = [0, 0]));
      entry[1]++;
      if (k === run.length - 1) entry[0]++;
    }
  }
  const ends = new Map<string, readonly [number, number]>();
  for (const [word, entry] of counts) if (entry[1] >= MIN_OCCURRENCES) ends.set(word, entry);
  return { ends, runs, words };
}

/** Writes counts in the data/run-ends.txt format, sorted, with a header line. */
export function formatRunEnds(counts: RunEnds, source: string): string {
  const lines = [`# textops run ends v1 from ${source}: "w<TAB>runs ending with w<TAB>occurrences of w" (occurrences >= ${MIN_OCCURRENCES}) and "*<TAB>runs<TAB>words"`];
  lines.push(`*\t${counts.runs}\t${counts.words}`);
  for (const word of [...counts.ends.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [ends, occurrences] = counts.ends.get(word) as readonly [number, number];
    lines.push(`${word}\t${ends}\t${occurrences}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses the data/run-ends.txt format; throws naming the first malformed line. */
export function parseRunEnds(text: string, source = 'run-ends'): RunEnds {
  const ends = new Map<string, readonly [number, number]>();
  let runs = 0;
  let words = 0;
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const firstTab = text.indexOf('\t', start);
    const secondTab = firstTab >= 0 && firstTab < end ? text.indexOf('\t', firstTab + 1) : -1;
    if (end > start && text.charCodeAt(start) !== 35) {
      const word = firstTab > start && secondTab > firstTab && secondTab < end ? text.slice(start, firstTab) : '';
      const e = word === '' ? Number.NaN : Number(text.slice(firstTab + 1, secondTab));
      const n = word === '' ? Number.NaN : Number(text.slice(secondTab + 1, end));
      if (!Number.isSafeInteger(e) || !Number.isSafeInteger(n) || e < 0 || n <= 0 || e > n) {
        throw new Error(`${source}:${lineNumber}: expected "w<TAB>ends<TAB>occurrences", got ${JSON.stringify(text.slice(start, Math.min(end, start + 80)))}`);
      }
      if (word === '*') [runs, words] = [e, n];
      else ends.set(word, [e, n]);
    }
    start = end + 1;
  }
  if (runs === 0) throw new Error(`${source}: no "*<TAB>runs<TAB>words" line`);
  return { ends, runs, words };
}

/** P(end | w) = (e(w) + MU P_end) / (n(w) + MU) (see the header), from w's counts e and n; (0, 0) for a word without counts. */
export function endProbability(ends: RunEnds, e: number, n: number, prior: number): number {
  return (e + prior * (ends.runs / ends.words)) / (n + prior);
}

/** -ln P(end | w) + ln (1 - P(end | w)) and -ln (1 - P(end | w)) + W by word id, the last index for a word without counts; without run-end counts 0 and W. */
export function endCosts(idOf: ReadonlyMap<string, number>, vocabulary: number, ends: RunEnds | undefined, tuning: SegmentTuning): [Float64Array, Float64Array] {
  const endAdjust = new Float64Array(vocabulary + 1);
  const goOnCost = new Float64Array(vocabulary + 1);
  if (!ends) return [endAdjust, goOnCost.fill(tuning.wordPenalty)];
  const pEnd = (e: number, n: number): number => endProbability(ends, e, n, tuning.endPrior);
  // Words without counts take the average's price; then the listed words (a quarter of the vocabulary) their own.
  const unseen = pEnd(0, 0);
  goOnCost.fill(-Math.log(1 - unseen));
  endAdjust.fill(-Math.log(unseen) + Math.log(1 - unseen));
  // forEach rather than for-of: no [key, value] array for each of the 20,000 entries.
  ends.ends.forEach(([e, n], word) => {
    const id = idOf.get(word);
    if (id === undefined) return;
    const p = pEnd(e, n);
    goOnCost[id] = -Math.log(1 - p);
    endAdjust[id] = -Math.log(p) - goOnCost[id];
  });
  // Each word's price W (see the header), paid with its going on; endAdjust is the difference and stays as it is.
  if (tuning.wordPenalty !== 0) for (let id = 0; id < goOnCost.length; id++) goOnCost[id]! += tuning.wordPenalty;
  return [endAdjust, goOnCost];
}
