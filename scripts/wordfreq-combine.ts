// Pure steps of the wordfreq build: tokenising Norvig's big.txt, rebuilding the contractions that
// SUBTLEX-US split at the apostrophe, and averaging the sources into one running-text distribution.
//
// Each source becomes a rate r_s(w) = count_s(w) / N_s. wordninja ships only a rank list, so its rate is
// the Zipf estimate wordninja itself uses, 1 / ((rank + 1) · ln N). The combined rate is the plain mean
// r(w) = (r_big + r_subtlex + r_ninja) / 3 (a missing source contributes 0), with three corrections:
// a contraction is averaged over the corpora that saw it (wordninja and, for 've, SUBTLEX have none);
// wordninja's rate counts only for dictionary words; and it is capped at NINJA_BOOST times the larger
// corpus rate (or one SUBTLEX occurrence), because a rank list built from Wikipedia puts markup and
// fragments near the top (`th`, `pp`, `rowspan`): wordninja may lift a word, not invent it.
// The written count is round(r(w) · 10⁹), at least 1. Hunspell stems that no source saw are listed
// too, at count 1, so that rare but valid words are known (and not "corrected") without weight.
// A word is kept only if it is lowercase a–z (plus an apostrophe in a known contraction), is 'a' or 'i'
// or has at least two letters, and either a Hunspell dictionary (en_US or en_GB) accepts it (capitalised, for
// names, only from three letters on: `Th`, `Ln` are symbols) or both running-text corpora saw it at
// least MIN_UNLISTED_COUNT times. The dictionary keeps misspellings out; the corpora keep slang.

/** Counts of words in one source. */
export type Counts = Map<string, number>;

/** How many times each of big.txt and SUBTLEX must show a word the dictionary lacks. */
export const MIN_UNLISTED_COUNT = 3;
/** How far above the running-text rate wordninja's Zipf estimate may lift a word. */
export const NINJA_BOOST = 10;
/** The written counts are rates per this many words. */
export const COUNT_SCALE = 1e9;

const PRONOUN_STEMS = new Set([
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how',
  'when', 'why', 'let', 'everybody', 'somebody', 'nobody', 'everyone', 'someone', 'this',
]);
const CLITICS = new Set(['s', 'm', 'll', 're', 've', 'd']);
const FIXED_CONTRACTIONS = new Set(["o'clock", "ma'am", "y'all"]);
/** n't stems that are also common words, so their split count cannot be read off directly. */
const WORD_STEMS_OF_NT = new Set(['can', 'won']);

/** True for the contractions kept as words: n't forms, pronoun + clitic, and a few fixed ones. */
export function isContraction(token: string): boolean {
  if (FIXED_CONTRACTIONS.has(token)) return true;
  if (/^[a-z]+n't$/.test(token)) return true;
  const apostrophe = token.indexOf("'");
  if (apostrophe <= 0 || token.indexOf("'", apostrophe + 1) !== -1) return false;
  return PRONOUN_STEMS.has(token.slice(0, apostrophe)) && CLITICS.has(token.slice(apostrophe + 1));
}

/** Adds `by` to the count of `word`. */
function add(counts: Counts, word: string, by: number): void {
  counts.set(word, (counts.get(word) ?? 0) + by);
}

/** Counts the words of a running text: contractions kept, possessive 's credited to the noun, digits skipped. */
export function countRunningText(text: string): Counts {
  const counts: Counts = new Map();
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+(?:'[a-z0-9]+)*/g)) {
    const token = match[0];
    if (/[0-9]/.test(token)) continue;
    if (!token.includes("'") || isContraction(token)) add(counts, token, 1);
    else if (token.endsWith("'s") && !token.slice(0, -2).includes("'")) add(counts, token.slice(0, -2), 1);
    else for (const part of token.split("'")) add(counts, part, 1);
  }
  return counts;
}

/** Lowercases SUBTLEX entries, merging case variants such as `What` and `what`. */
export function mergeCase(entries: Iterable<{ word: string; count: number }>): Counts {
  const counts: Counts = new Map();
  for (const { word, count } of entries) add(counts, word.toLowerCase(), count);
  return counts;
}

/**
 * Rebuilds contractions in a corpus tokenised at the apostrophe (`don't` → `don` + `t`).
 * A fragment that is no word of its own (`didn`, `isn`) gives its contraction's count directly; a
 * clitic's total (`ll`, `s`, the rest of `t`) is shared among the contractions that end in it in
 * proportion to `reference` (big.txt), and each share is taken back from the stem it was counted under.
 */
export function rebuildContractions(split: Counts, reference: Counts): Counts {
  const result: Counts = new Map(split);
  const bySuffix = new Map<string, string[]>();
  for (const word of [...reference.keys()].sort()) {
    if (!isContraction(word) || FIXED_CONTRACTIONS.has(word)) continue;
    const apostrophe = word.indexOf("'");
    const stem = word.slice(0, apostrophe);
    const suffix = word.slice(apostrophe + 1);
    if (suffix === 't' && !WORD_STEMS_OF_NT.has(stem) && (split.get(stem) ?? 0) > 0) {
      result.set(word, split.get(stem) as number);
      result.delete(stem);
      result.set('t', (result.get('t') ?? 0) - (split.get(stem) as number));
      continue;
    }
    bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), word]);
  }
  for (const [suffix, words] of [...bySuffix].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pool = Math.max(0, result.get(suffix) ?? 0);
    const weight = words.reduce((sum, word) => sum + (reference.get(word) as number), 0);
    for (const word of words) {
      const share = Math.round((pool * (reference.get(word) as number)) / weight);
      if (share <= 0) continue;
      result.set(word, (result.get(word) ?? 0) + share);
      const stem = word.slice(0, word.indexOf("'"));
      result.set(stem, Math.max(0, (result.get(stem) ?? 0) - share));
    }
  }
  for (const clitic of CLITICS) result.delete(clitic);
  result.delete('t');
  for (const [word, count] of result) if (count <= 0) result.delete(word);
  return result;
}

/** The Zipf rate wordninja assigns to the word at 0-based `rank` of an `n`-word list. */
export function zipfRate(rank: number, n: number): number {
  return 1 / ((rank + 1) * Math.log(n));
}

/** The inputs of the combination: two corpora of counts, a rank list, and a dictionary check. */
export interface Sources {
  readonly big: Counts;
  readonly subtlex: Counts;
  readonly ninjaRanked: readonly string[];
  readonly inDictionary: (word: string) => boolean;
  /** dictionary words to list even when no corpus saw them (at the lowest count, 1). */
  readonly dictionaryStems: readonly string[];
}

/** True for the shapes a word may take in the file. */
export function isWordShape(word: string): boolean {
  if (word === 'a' || word === 'i') return true;
  if (isContraction(word)) return true;
  return /^[a-z]{2,}$/.test(word);
}

/** Averages the source rates into integer counts, filtered, most frequent first (ties alphabetical). */
export function combine(sources: Sources): [string, number][] {
  const total = (counts: Counts): number => [...counts.values()].reduce((a, b) => a + b, 0);
  const bigTotal = total(sources.big);
  const subTotal = total(sources.subtlex);
  const ninjaRank = new Map<string, number>();
  sources.ninjaRanked.forEach((word, rank) => {
    if (!ninjaRank.has(word)) ninjaRank.set(word, rank);
  });
  const candidates = new Set([...sources.big.keys(), ...sources.subtlex.keys(), ...ninjaRank.keys(), ...sources.dictionaryStems]);
  const rows: [string, number][] = [];
  for (const word of candidates) {
    if (!isWordShape(word)) continue;
    const big = sources.big.get(word) ?? 0;
    const sub = sources.subtlex.get(word) ?? 0;
    const listed = sources.inDictionary(word);
    if (!listed && (big < MIN_UNLISTED_COUNT || sub < MIN_UNLISTED_COUNT)) continue;
    if (big === 0 && sub === 0 && isContraction(word)) continue;
    const rank = ninjaRank.get(word);
    const ninja = rank === undefined || !listed ? 0 : zipfRate(rank, sources.ninjaRanked.length);
    const rate = combinedRate(big / bigTotal, sub / subTotal, ninja, {
      contraction: isContraction(word),
      floor: 1 / subTotal,
    });
    rows.push([word, Math.max(1, Math.round(rate * COUNT_SCALE))]);
  }
  rows.sort(([wa, ca], [wb, cb]) => cb - ca || (wa < wb ? -1 : wa > wb ? 1 : 0));
  return rows;
}

/** The mean rate of one word over its sources, with the contraction and wordninja corrections. */
export function combinedRate(big: number, sub: number, ninja: number, word: { contraction: boolean; floor: number }): number {
  if (word.contraction) {
    const seen = [big, sub].filter((rate) => rate > 0);
    return seen.reduce((a, b) => a + b, 0) / Math.max(1, seen.length);
  }
  const lifted = Math.min(ninja, NINJA_BOOST * Math.max(big, sub, word.floor));
  return (big + sub + lifted) / 3;
}

/** Formats rows as the `word<TAB>count` file text. */
export function formatWordFreq(rows: readonly (readonly [string, number])[]): string {
  return rows.map(([word, count]) => `${word}\t${count}\n`).join('');
}
