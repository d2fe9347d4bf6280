// The segmenter's supplementary vocabulary: census names and dictionary words data/wordfreq.txt lacks.
//
// data/segment-extra.txt (built by scripts/build-segment-extra.ts) lists, sorted by code units, lines
// `name<TAB>rank` (a census name with its rank among all the census names, most frequent first) and
// `word<TAB>w` (a dictionary word no corpus counted). segment-model.ts prices them: a name of rank r
// costs -ln(NAME_P / (r ln R)) (NAME_P: the chance that a word is such a name; R: the highest rank, a
// Zipf law as wordninja uses) and is read only where the text has it capitalized; a word costs what a
// word seen once costs.
// The list is large (about 280,000 entries) and is searched as it is, sorted, rather than put in the
// trie: inserting that many words into the trie's hash table would cost ~100 ms of start-up. The
// segmenter walks it forward like the trie: the entries that start with the letters read so far form a
// contiguous range of the sorted list; the range of the first four letters is looked up in a table of
// 27^4 starts built while parsing, and each further letter narrows it by two binary searches. The walk
// costs about 0.1 µs per character: it halves the segmenter's throughput (bench/RESULTS.md).

const LETTER_BASE = 96;
/** Entries are bucketed by their first KEY_LETTERS letters (a missing letter counts as 0): 27^4 keys. */
const KEY_LETTERS = 4;
const KEYS = 27 ** KEY_LETTERS;

/** Names with their census ranks and plain words, sorted by code units, kept as the file's bytes. */
export interface SegmentExtra {
  /** The file's bytes: entry i is bytes[starts[i], starts[i] + lengths[i]), lowercase ASCII a-z. */
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly lengths: Uint8Array;
  /** The census rank of each name entry, 0 for a dictionary word. */
  readonly ranks: Int32Array;
  /** The highest rank listed: R of the names' Zipf law. */
  readonly highestRank: number;
  /** First entry whose key (its first KEY_LETTERS letters in base 27, a missing letter 0) is at least k: the walk's first steps. */
  readonly keyStarts: Int32Array;
}

/** No supplementary vocabulary. */
export const NO_EXTRA: SegmentExtra = {
  bytes: new Uint8Array(0),
  keyStarts: new Int32Array(KEYS + 1),
  starts: new Int32Array(0),
  lengths: new Uint8Array(0),
  ranks: new Int32Array(0),
  highestRank: 0,
};

const HASH = 35;
const LOWER_W = 119;
const DIGIT_0 = 48;

/** Whether entry text[a, a + lengthA) sorts after text[b, b + lengthB) by code units. */
function sortsAfter(text: string, a: number, lengthA: number, b: number, lengthB: number): boolean {
  const shared = Math.min(lengthA, lengthB);
  for (let k = 0; k < shared; k++) {
    const difference = text.charCodeAt(a + k) - text.charCodeAt(b + k);
    if (difference !== 0) return difference > 0;
  }
  return lengthA > lengthB;
}

/**
 * Indexes the data/segment-extra.txt format (its bytes) without making a string per entry (that would cost more
 * start-up time than the rest of the segmenter); throws naming the first malformed or out-of-order line.
 * Entries are lowercase a-z as the builder writes them; their first KEY_LETTERS letters are checked (the
 * lookup table needs them), and a later character outside a-z would only make its entry unreachable.
 */
export function parseSegmentExtra(bytes: Uint8Array, source = 'segment-extra'): SegmentExtra {
  // Lines are found in a string (its indexOf is quicker than a loop over bytes); the walk reads the bytes.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // The shortest line, `a<TAB>w<LF>`, has 4 characters: that bounds the number of entries.
  const most = Math.ceil(text.length / 4);
  const starts = new Int32Array(most);
  const lengths = new Uint8Array(most);
  const ranks = new Int32Array(most);
  let count = 0;
  let lineNumber = 0;
  let highestRank = 0;
  const keyStarts = new Int32Array(KEYS + 1);
  let nextKey = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber++;
    const line = start;
    start = end + 1;
    if (end === line || text.charCodeAt(line) === HASH) continue;
    const tab = text.indexOf('\t', line);
    let valid = tab > line && tab - line < 256 && tab + 1 < end;
    const isWord = valid && text.charCodeAt(tab + 1) === LOWER_W;
    let rank = 0;
    if (isWord) valid = tab + 2 === end;
    else for (let k = tab + 1; k < end && valid; k++) {
      const digit = text.charCodeAt(k) - DIGIT_0;
      valid = digit >= 0 && digit <= 9 && rank < 1e8;
      rank = rank * 10 + digit;
    }
    const previous = count - 1;
    let key = 0;
    for (let k = 0; k < KEY_LETTERS; k++) {
      const letter = line + k < tab ? text.charCodeAt(line + k) - LETTER_BASE : 0;
      valid &&= letter >= (k === 0 ? 1 : 0) && letter <= 26;
      key = key * 27 + letter;
    }
    if (!valid || (!isWord && rank === 0) || (count > 0 && !sortsAfter(text, line, tab - line, starts[previous], lengths[previous]))) {
      throw new Error(`${source}:${lineNumber}: expected sorted "name<TAB>rank" or "word<TAB>w" in a-z, got ${JSON.stringify(text.slice(line, Math.min(end, line + 80)))}`);
    }
    while (nextKey <= key) keyStarts[nextKey++] = count;
    starts[count] = line;
    lengths[count] = tab - line;
    ranks[count] = rank;
    if (rank > highestRank) highestRank = rank;
    count++;
  }
  while (nextKey <= KEYS) keyStarts[nextKey++] = count;
  return { bytes, keyStarts, starts: starts.slice(0, count), lengths: lengths.slice(0, count), ranks: ranks.slice(0, count), highestRank };
}

/** The first entry in [lo, hi) whose letter at `depth` is at least `code`, -1 past an entry's end (entries there share `depth` letters). */
function firstAtLeast(bytes: Uint8Array, starts: Int32Array, lengths: Uint8Array, lo: number, hi: number, depth: number, code: number): number {
  while (hi - lo > 8) {
    const middle = (lo + hi) >>> 1;
    if ((depth < lengths[middle] ? bytes[starts[middle] + depth] : -1) < code) lo = middle + 1;
    else hi = middle;
  }
  // A short range is scanned: fewer reads than halving it.
  while (lo < hi && (depth < lengths[lo] ? bytes[starts[lo] + depth] : -1) < code) lo++;
  return lo;
}

/** How many keys one letter at each depth < KEY_LETTERS spans. */
const KEY_SPANS = Array.from({ length: KEY_LETTERS }, (_, depth) => 27 ** (KEY_LETTERS - depth - 1));

/**
 * Narrows the range [range[0], range[1]) of entries sharing their first `depth` letters to those whose next
 * letter is `code`; returns false (the range is then empty) when none is. range[2] carries the key of the
 * letters read so far while they are few enough to be looked up.
 */
export function narrowRange(extra: SegmentExtra, range: Int32Array, depth: number, code: number): boolean {
  if (depth < KEY_LETTERS) {
    // The first letters are looked up in keyStarts instead of searched.
    const letter = code - LETTER_BASE;
    if (letter < 1 || letter > 26 || range[0] >= range[1]) return false;
    const prefix = (depth === 0 ? 0 : range[2]) * 27 + letter;
    const span = KEY_SPANS[depth];
    range[0] = extra.keyStarts[prefix * span];
    range[1] = extra.keyStarts[(prefix + 1) * span];
    range[2] = prefix;
    return range[0] < range[1];
  }
  const { bytes, starts, lengths } = extra;
  const lo = firstAtLeast(bytes, starts, lengths, range[0], range[1], depth, code);
  const hi = firstAtLeast(bytes, starts, lengths, lo, range[1], depth, code + 1);
  range[0] = lo;
  range[1] = hi;
  return lo < hi;
}
