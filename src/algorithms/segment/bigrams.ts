// Bigram counts for the segmenter's context model: counting running text, and the data/bigrams.txt format.
//
// A "run" is what the segmenter sees as one letter run: words (lowercase letters with inner apostrophes)
// separated only by whitespace; any other character ends the run. Each run opens with the start symbol
// `<s>`, so P(w | <s>) learns how runs begin. The file keeps every pair seen at least MIN_PAIR_COUNT
// times, `v<TAB>w<TAB>count`, and for each such context v the total of all its pairs, pruned or not,
// as `v<TAB>*<TAB>total`: that total is the denominator of P(w | v), and the pruned mass goes to the
// unigram backoff (segment/model.ts). Lines are sorted by v, then `*`, then w, so the build is reproducible.

/** The start-of-run symbol used as the context of a run's first word. */
export const RUN_START = '<s>';

/** Pairs rarer than this are left to the backoff. */
const MIN_PAIR_COUNT = 2;

/** Pair counts and per-context totals. */
export interface BigramCounts {
  /** c(v): how often v was followed by any word, pruned pairs included. */
  readonly contextTotals: ReadonlyMap<string, number>;
  /** c(v, w) for the kept pairs, keyed by v then w. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** The runs of running text, lowercased, each as its words: broken at anything but letters, apostrophes and spaces. */
export function* runsOf(text: string): Generator<string[]> {
  for (const match of text.toLowerCase().matchAll(/[a-z]+(?:'[a-z]+)*(?:\s+[a-z]+(?:'[a-z]+)*)*/g)) yield match[0].split(/\s+/);
}

/** c(v, w) for every word pair of running text (each run starts after RUN_START), keyed by v then w. */
export function countAllPairs(text: string): Map<string, Map<string, number>> {
  const pairs = new Map<string, Map<string, number>>();
  for (const run of runsOf(text)) {
    let previous = RUN_START;
    for (const word of run) {
      let followers = pairs.get(previous);
      if (!followers) pairs.set(previous, (followers = new Map()));
      followers.set(word, (followers.get(word) ?? 0) + 1);
      previous = word;
    }
  }
  return pairs;
}

/** Counts the word pairs of running text, runs broken at anything but letters, apostrophes and spaces. */
export function countBigrams(text: string): BigramCounts {
  const pairs = countAllPairs(text);
  const contextTotals = new Map<string, number>();
  const kept = new Map<string, Map<string, number>>();
  for (const [v, followers] of pairs) {
    let total = 0;
    const keep = new Map<string, number>();
    for (const [w, count] of followers) {
      total += count;
      if (count >= MIN_PAIR_COUNT) keep.set(w, count);
    }
    if (keep.size === 0) continue;
    contextTotals.set(v, total);
    kept.set(v, keep);
  }
  return { contextTotals, pairs: kept };
}

/** Orders strings by UTF-16 code units, as the data files are sorted (independent of locale). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes counts in the data/bigrams.txt format, sorted, with a header line. */
export function formatBigrams(counts: BigramCounts, source: string): string {
  const lines = [`# textops bigrams v1 from ${source}: "v<TAB>w<TAB>count" (count >= ${MIN_PAIR_COUNT}) and "v<TAB>*<TAB>total"`];
  for (const v of [...counts.pairs.keys()].sort(byCodeUnits)) {
    lines.push(`${v}\t*\t${counts.contextTotals.get(v)}`);
    const followers = counts.pairs.get(v) as ReadonlyMap<string, number>;
    for (const w of [...followers.keys()].sort(byCodeUnits)) lines.push(`${v}\t${w}\t${followers.get(w)}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses the data/bigrams.txt format; throws naming the first malformed line. */
export function parseBigrams(text: string, source = 'bigrams'): BigramCounts {
  const contextTotals = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  let followers: Map<string, number> | undefined;
  let context = '';
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    lineNumber += 1;
    if (line === '' || line.charCodeAt(0) === 35) continue;
    const firstTab = line.indexOf('\t');
    const secondTab = line.indexOf('\t', firstTab + 1);
    const v = firstTab > 0 ? line.slice(0, firstTab) : '';
    const w = secondTab > firstTab + 1 ? line.slice(firstTab + 1, secondTab) : '';
    const count = secondTab > 0 && line.indexOf('\t', secondTab + 1) === -1 ? Number(line.slice(secondTab + 1)) : Number.NaN;
    if (v === '' || w === '' || !Number.isSafeInteger(count) || count <= 0) {
      throw new Error(`${source}:${lineNumber}: expected "v<TAB>w<TAB>positive count", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    if (v !== context) {
      context = v;
      followers = pairs.get(v);
      if (!followers) pairs.set(v, (followers = new Map()));
    }
    if (w === '*') contextTotals.set(v, count);
    else (followers as Map<string, number>).set(w, count);
  }
  for (const v of pairs.keys()) {
    if (!contextTotals.has(v)) throw new Error(`${source}: context ${JSON.stringify(v)} has pairs but no "*" total line`);
  }
  return { contextTotals, pairs };
}
