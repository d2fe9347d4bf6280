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
// data/example-pairs.bin holds them as word ids (ranks in data/wordfreq.txt; the run start `<s>` is the id after the
// vocabulary; -1 for a word the model lacks, still counted in its context's total), so that the start-up reads three
// views and parses nothing (a text file of the 11,000 pairs took as long to parse as data/run-ends.txt):
//   "TXEP", uint32 version 1, uint32 word count (the start id), uint32 n; int32 context[n], follower[n], count[n];
// little-endian, sorted by context then follower. A file built for another word count fails the start-up.
import { countAllPairs, RUN_START, type BigramCounts } from './bigrams.ts';

/** Pairs rarer than this in the examples are left out (as in data/bigrams.txt). */
const MIN_PAIR_COUNT = 2;

/** c(v, w) of the added pairs, keyed by v then w (as selected and written). */
export type ExamplePairs = ReadonlyMap<string, ReadonlyMap<string, number>>;

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

/** The added pairs as word ids, sorted by context then follower (see the header). */
export interface ExamplePairIds {
  readonly contexts: Int32Array;
  readonly followers: Int32Array;
  readonly counts: Int32Array;
}

/** No added pairs. */
export const NO_EXAMPLE_PAIRS: ExamplePairIds = { contexts: new Int32Array(0), followers: new Int32Array(0), counts: new Int32Array(0) };

const MAGIC = 0x50455854; // "TXEP" read little-endian
const VERSION = 1;
const HEADER_BYTES = 16;

/** The bytes of data/example-pairs.bin: the pairs as ids (`idOf`; `<s>` is `startId`, the word count; a context without an id is left out). */
export function encodeExamplePairs(pairs: ExamplePairs, idOf: ReadonlyMap<string, number>, startId: number): Uint8Array {
  const rows: [number, number, number][] = [];
  for (const [v, followers] of pairs) {
    const vId = v === RUN_START ? startId : idOf.get(v);
    if (vId === undefined) continue;
    for (const [w, count] of followers) rows.push([vId, idOf.get(w) ?? -1, count]);
  }
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const n = rows.length;
  const bytes = new Uint8Array(HEADER_BYTES + 12 * n);
  const view = new DataView(bytes.buffer);
  for (const [k, value] of [MAGIC, VERSION, startId, n].entries()) view.setUint32(4 * k, value, true);
  rows.forEach(([vId, wId, count], k) => {
    view.setInt32(HEADER_BYTES + 4 * k, vId, true);
    view.setInt32(HEADER_BYTES + 4 * (n + k), wId, true);
    view.setInt32(HEADER_BYTES + 4 * (2 * n + k), count, true);
  });
  return bytes;
}

/** Views of data/example-pairs.bin (no copy when the bytes are 4-byte aligned); throws when the file is not one, or was built for another word count. */
export function decodeExamplePairs(bytes: Uint8Array, startId: number, source = 'example-pairs.bin'): ExamplePairIds {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error(`${source}: not a textops example-pairs file, version ${VERSION}`);
  if (view.getUint32(8, true) !== startId) throw new Error(`${source}: built for ${view.getUint32(8, true)} words, the word model has ${startId}: rebuild it (npm run build:example-pairs)`);
  const n = view.getUint32(12, true);
  if (bytes.byteLength !== HEADER_BYTES + 12 * n) throw new Error(`${source}: ${bytes.byteLength} bytes, expected ${HEADER_BYTES + 12 * n}`);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const at = (k: number): Int32Array => new Int32Array(aligned.buffer, aligned.byteOffset + HEADER_BYTES + 4 * k * n, n);
  return { contexts: at(0), followers: at(1), counts: at(2) };
}

/** By context id: the range [from, to) of its added pairs and their total count. */
export function addedRanges(pairs: ExamplePairIds): Map<number, { from: number; to: number; total: number }> {
  const ranges = new Map<number, { from: number; to: number; total: number }>();
  for (let k = 0; k < pairs.contexts.length; ) {
    const vId = pairs.contexts[k]!;
    let total = 0;
    const from = k;
    for (; k < pairs.contexts.length && pairs.contexts[k] === vId; k++) total += pairs.counts[k]!;
    ranges.set(vId, { from, to: k, total });
  }
  return ranges;
}
