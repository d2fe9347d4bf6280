// Word pairs of modern running prose for the segmenter: those of WordNet's example sentences that big.txt lacks.
//
// The segmenter's pairs come from big.txt (data/bigrams.txt), mostly 19th-century books: a modern pair it never saw
// twice (`a reasonable price`, `took office`) is priced by the unigram backoff, and a split of older words may then
// beat it. WordNet's glosses end with example sentences in quotes (`"he took office in 1961"`): short, modern,
// edited running prose, about 70,000 of them. Their pairs seen at least MIN_PAIR_COUNT times that data/bigrams.txt
// does not keep, after a context it has pairs for, are added to that context: c(v, w) joins v's pairs and v's total
// grows by it, so big.txt's own pairs keep their counts, the new ones are discounted as they are, and the backoff
// mass shrinks by what they took (segment/model.ts). Only the examples: the definitions' telegraphic style
// (`a person who...`, `(of a room) ...`) did worse on the dev set (bench/RESULTS.md).
// The file keeps `v<TAB>w<TAB>count`, sorted by v then w (code units), `<s>` for a run's start as in bigrams.txt.
import { byCodeUnits, countAllPairs, RUN_START, type BigramCounts } from './bigrams.ts';

/** Pairs rarer than this in the examples are left out (as in data/bigrams.txt). */
const MIN_PAIR_COUNT = 2;

/** c(v, w) of the added pairs, keyed by v then w. */
export type ExamplePairs = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** No added pairs. */
export const NO_EXAMPLE_PAIRS: ExamplePairs = new Map();

/** The example sentences of WordNet's glosses (the text glossesOf of spell/gloss-pairs.ts returns), one a line. */
export function examplesOf(glossText: string): string {
  return [...glossText.matchAll(/"([^"]+)"/g)].map((match) => `${match[1]}.`).join('\n');
}

/** The examples' pairs seen MIN_PAIR_COUNT+ times that `bigrams` does not keep, after a context it keeps pairs for. */
export function selectExamplePairs(examples: string, bigrams: BigramCounts): Map<string, Map<string, number>> {
  const selected = new Map<string, Map<string, number>>();
  for (const [v, followers] of countAllPairs(examples)) {
    const kept = bigrams.pairs.get(v);
    if (!kept) continue;
    for (const [w, count] of followers) {
      if (count < MIN_PAIR_COUNT || kept.has(w)) continue;
      let added = selected.get(v);
      if (!added) selected.set(v, (added = new Map()));
      added.set(w, count);
    }
  }
  return selected;
}

/** Writes the pairs in the data/example-pairs.txt format, sorted, with a header line. */
export function formatExamplePairs(pairs: ExamplePairs, source: string): string {
  const lines = [`# textops example pairs v1 from ${source}: "v<TAB>w<TAB>count" (count >= ${MIN_PAIR_COUNT}), pairs data/bigrams.txt does not keep`];
  for (const v of [...pairs.keys()].sort(byCodeUnits)) {
    const followers = pairs.get(v) as ReadonlyMap<string, number>;
    for (const w of [...followers.keys()].sort(byCodeUnits)) lines.push(`${v}\t${w}\t${followers.get(w)}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses the data/example-pairs.txt format; throws naming the first malformed line. */
export function parseExamplePairs(text: string, source = 'example-pairs'): ExamplePairs {
  const pairs = new Map<string, Map<string, number>>();
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    if (line === '' || line.charCodeAt(0) === 35) continue;
    const [v = '', w = '', countText = '', ...rest] = line.split('\t');
    const count = Number(countText);
    if (v === '' || w === '' || rest.length > 0 || !Number.isSafeInteger(count) || count <= 0) {
      throw new Error(`${source}:${lineNumber}: expected "v<TAB>w<TAB>positive count", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    let followers = pairs.get(v);
    if (!followers) pairs.set(v, (followers = new Map()));
    followers.set(w, count);
  }
  return pairs;
}

/** The added pairs of one context as word ids (-1 for a word without one, counted in the total all the same), and their total. */
export interface AddedPairs {
  readonly followerIds: readonly number[];
  readonly counts: readonly number[];
  readonly total: number;
}

/** The added pairs by context id (`<s>` is `startId`); contexts without an id are left out. */
export function examplePairIds(pairs: ExamplePairs, idOf: ReadonlyMap<string, number>, startId: number): Map<number, AddedPairs> {
  const byContext = new Map<number, AddedPairs>();
  for (const [v, followers] of pairs) {
    const vId = v === RUN_START ? startId : idOf.get(v);
    if (vId === undefined) continue;
    const followerIds: number[] = [];
    const counts: number[] = [];
    let total = 0;
    for (const [w, count] of followers) {
      followerIds.push(idOf.get(w) ?? -1);
      counts.push(count);
      total += count;
    }
    byContext.set(vId, { followerIds, counts, total });
  }
  return byContext;
}
