// The word pairs of big.txt seen exactly once, for the spelling context only, and the data/bigrams-once.txt format.
//
// data/bigrams.txt (shared with the segmenter) keeps the pairs seen twice or more: 96,000 pairs of a
// 1.1 M-word corpus, too few for short words in a sentence with several slips. The pairs seen once are
// twice as many again; for spelling they still tell a pair the corpus saw (`stay off`, c = 1) from one it
// never saw (`stay of`, c = 0), which the backoff alone cannot. The segmenter measured no gain from them,
// so they live in their own file that only the spelling context reads (spell/context.ts).
//
// Format, compact to load (no word strings to build or look up for the 211,000 followers): a `#` header line,
// then one line per context v that has once-seen pairs, `v<TAB>n<TAB>g1 g2 ...`: n is the number of v's
// once-seen followers, and the g are the gaps, in base 36, between the ascending ranks in data/wordfreq.txt
// (0 = the most frequent word, the word model's ids) of those the word model knows (the first gap is the
// first rank itself). Contexts are sorted by code units; `<s>` is the run start (segment/bigrams.ts counts
// runs the same way). Because followers are ranks, rebuild this file after data/wordfreq.txt. A context
// missing from data/bigrams.txt saw every follower once, so its total c(v) is n.
import { byCodeUnits, countAllPairs } from '../segment/bigrams.ts';

/** The once-seen pairs by context: context k's followers are ids[from[k]] ... ids[from[k + 1] - 1], ascending. */
export interface OncePairs {
  readonly contexts: readonly string[];
  /** n: every once-seen follower of each context, known to the word model or not. */
  readonly seen: Int32Array;
  readonly from: Int32Array;
  readonly ids: Int32Array;
}

/** No once-seen pairs (the ablation, and tests that need none). */
export const NO_ONCE_PAIRS: OncePairs = { contexts: [], seen: new Int32Array(0), from: new Int32Array(1), ids: new Int32Array(0) };

/** The pairs of running text seen exactly once (runs as segment/bigrams.ts cuts them), followers sorted. */
export function countOncePairs(text: string): Map<string, string[]> {
  const counts = countAllPairs(text);
  const once = new Map<string, string[]>();
  for (const [v, followers] of counts) {
    const seenOnce = [...followers].filter(([, count]) => count === 1).map(([w]) => w).sort(byCodeUnits);
    if (seenOnce.length > 0) once.set(v, seenOnce);
  }
  return once;
}

/** The data/bigrams-once.txt text: followers as rank gaps by `rankOf` (the word model's ids), contexts sorted by code units. */
export function formatOncePairs(once: ReadonlyMap<string, readonly string[]>, rankOf: (word: string) => number | undefined, source: string): string {
  const lines = [`# textops once-seen pairs v1 from ${source}: "v<TAB>n<TAB>g1 g2 ...", n pairs (v, w) seen exactly once; g: base-36 gaps between the data/wordfreq.txt ranks of the w it lists`];
  for (const v of [...once.keys()].sort(byCodeUnits)) {
    const followers = once.get(v) as readonly string[];
    const ranks = followers.map(rankOf).filter((rank) => rank !== undefined).sort((a, b) => a - b);
    const gaps = ranks.map((rank, k) => (k === 0 ? rank : rank - ranks[k - 1]!).toString(36));
    lines.push(`${v}\t${followers.length}\t${gaps.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/** The value of a base-36 digit's code unit, or -1. */
function digit36(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

const SPACE = 32;

/** Parses data/bigrams-once.txt; throws naming the first malformed line. */
export function parseOncePairs(text: string, source = 'bigrams-once'): OncePairs {
  const contexts: string[] = [];
  const seen: number[] = [];
  const from: number[] = [0];
  // Every id takes at least one digit and a separator.
  const ids = new Int32Array(Math.ceil(text.length / 2));
  let count = 0;
  let lineNumber = 0;
  let start = 0;
  let end = 0;
  const fail = (): never => {
    throw new Error(`${source}:${lineNumber}: expected "v<TAB>n<TAB>g1 g2 ...", got ${JSON.stringify(text.slice(start, Math.min(end, start + 80)))}`);
  };
  for (; start < text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber += 1;
    if (end === start || text.charCodeAt(start) === 35) continue;
    const tab = text.indexOf('\t', start);
    const secondTab = tab === -1 ? -1 : text.indexOf('\t', tab + 1);
    if (tab <= start || secondTab === -1 || secondTab >= end) fail();
    const n = Number(text.slice(tab + 1, secondTab));
    if (!Number.isSafeInteger(n) || n <= 0) fail();
    let id = 0;
    let value = 0;
    let digits = 0;
    let listed = 0;
    // An empty list (none of v's once-seen followers is in the word model) reads no gap.
    for (let at = secondTab + 1; secondTab + 1 < end && at <= end; at++) {
      const code = at === end ? SPACE : text.charCodeAt(at);
      if (code === SPACE) {
        if (digits === 0) fail();
        id += value;
        ids[count++] = id;
        listed++;
        value = 0;
        digits = 0;
        continue;
      }
      const d = digit36(code);
      if (d === -1) fail();
      value = value * 36 + d;
      digits++;
    }
    if (listed > n) fail();
    contexts.push(text.slice(start, tab));
    seen.push(n);
    from.push(count);
  }
  return { contexts, seen: Int32Array.from(seen), from: Int32Array.from(from), ids: ids.slice(0, count) };
}
