// The segmenter's supplementary vocabulary: census names and dictionary words data/wordfreq.txt lacks.
//
// data/segment-extra.txt (built by scripts/build-segment-extra.ts) lists, sorted by code units, lines
// `name<TAB>rank` (a census name with its rank among all the census names, most frequent first) and
// `word<TAB>w` (a dictionary word no corpus counted). segment/model.ts prices them: a name of rank r
// costs -ln(NAME_P / (r ln R)) (NAME_P: the chance that a word is such a name; R: the highest rank, a
// Zipf law as wordninja uses) and is read only where the text has it capitalized; a word costs what a
// word seen once costs.
// The list is large (about 280,000 entries), so it is indexed from its bytes in one pass, with no string
// per entry; segment/trie.ts then adds the entries to the segmenter's trie, which the sorted order makes
// cheap (each entry only adds the letters after the prefix it shares with the entry before it).

/** Names with their census ranks and plain words, sorted by code units, kept as the file's bytes. */
export interface SegmentExtra {
  /** The file's bytes: entry i is bytes[starts[i], starts[i] + lengths[i]), lowercase ASCII a-z. */
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly lengths: Uint8Array;
  /** The census rank of each name entry, 0 for a dictionary word. */
  readonly ranks: Int32Array;
  /** The length of the prefix each entry shares with the entry before it (0 for the first). */
  readonly shared: Uint8Array;
  /** The highest rank listed: R of the names' Zipf law. */
  readonly highestRank: number;
}

/** No supplementary vocabulary. */
export const NO_EXTRA: SegmentExtra = {
  bytes: new Uint8Array(0),
  starts: new Int32Array(0),
  lengths: new Uint8Array(0),
  ranks: new Int32Array(0),
  shared: new Uint8Array(0),
  highestRank: 0,
};

const HASH = 35;
const TAB = 9;
const NEWLINE = 10;
const LOWER_A = 97;
const LOWER_Z = 122;
const LOWER_W = 119;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LONGEST_ENTRY = 255;

/** `wider` holding a copy of `old` at its start. */
function widened<T extends Int32Array | Uint8Array>(old: T, wider: T): T {
  wider.set(old);
  return wider;
}

/**
 * Indexes the data/segment-extra.txt format (its bytes) without making a string per entry (that would cost more
 * start-up time than the rest of the segmenter); throws naming the first malformed or out-of-order line.
 */
export function parseSegmentExtra(file: Uint8Array, source = 'segment-extra'): SegmentExtra {
  // A plain Uint8Array view (not a Buffer) keeps every read of the bytes, here and in the trie builder, of one kind.
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const size = bytes.length;
  // Room for lines of 10 bytes on average (those of the file have about 13), grown if the lines are shorter.
  let starts = new Int32Array(Math.ceil(size / 10) + 16);
  let lengths = new Uint8Array(starts.length);
  let ranks = new Int32Array(starts.length);
  let shared = new Uint8Array(starts.length);
  let count = 0;
  let lineNumber = 0;
  let highestRank = 0;
  // One scan: each byte is read once (a native indexOf per line would cost more than the whole scan).
  for (let at = 0; at < size; at++) {
    lineNumber++;
    const line = at;
    if (bytes[at] === HASH || bytes[at] === NEWLINE) {
      while (at < size && bytes[at] !== NEWLINE) at++;
      continue;
    }
    // The letters, and how many of them the entry before has at the same places (read in the same scan).
    const previous = count - 1;
    const previousStart = count > 0 ? starts[previous]! : 0;
    const previousLength = count > 0 ? lengths[previous]! : 0;
    let common = 0;
    while (at < size && bytes[at]! >= LOWER_A && bytes[at]! <= LOWER_Z) {
      if (common === at - line && common < previousLength && bytes[at] === bytes[previousStart + common]) common++;
      at++;
    }
    const length = at - line;
    // The tag after the tab: `w` (rank 0) or a positive rank; -1 for anything else.
    let rank = -1;
    if (at < size && bytes[at] === TAB) {
      at++;
      const digits = at;
      if (at < size && bytes[at] === LOWER_W) {
        rank = 0;
        at++;
      } else {
        let value = 0;
        while (at < size && bytes[at]! >= DIGIT_0 && bytes[at]! <= DIGIT_9 && value < 1e8) value = value * 10 + bytes[at++]! - DIGIT_0;
        if (at > digits && value > 0) rank = value;
      }
    }
    // In order: the first differing byte is larger, or the entry before is a prefix of this one.
    const ordered = count === 0 || (common < length && (common === previousLength || bytes[line + common]! > bytes[previousStart + common]!));
    if (rank < 0 || (at < size && bytes[at] !== NEWLINE) || length === 0 || length > LONGEST_ENTRY || !ordered) {
      let end = line;
      while (end < size && end < line + 80 && bytes[end] !== NEWLINE) end++;
      const shown = Buffer.from(bytes.buffer, bytes.byteOffset + line, end - line).toString('latin1');
      throw new Error(`${source}:${lineNumber}: expected sorted "name<TAB>rank" or "word<TAB>w" in a-z, got ${JSON.stringify(shown)}`);
    }
    if (count === starts.length) {
      starts = widened(starts, new Int32Array(2 * count));
      lengths = widened(lengths, new Uint8Array(2 * count));
      ranks = widened(ranks, new Int32Array(2 * count));
      shared = widened(shared, new Uint8Array(2 * count));
    }
    starts[count] = line;
    lengths[count] = length;
    ranks[count] = rank;
    shared[count] = common;
    if (rank > highestRank) highestRank = rank;
    count++;
  }
  // Views, not copies: the index is only read while the trie is built.
  return { bytes, starts: starts.subarray(0, count), lengths: lengths.subarray(0, count), ranks: ranks.subarray(0, count), shared: shared.subarray(0, count), highestRank };
}
