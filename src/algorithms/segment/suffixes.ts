// Productive suffixes: how the segmenter reads a word the vocabulary lacks but derives from one it has.
//
// `unfathomableness` is no listed word, so the search used to cut it into the listed `unfathomable` and
// `ness`. English makes such words from a stem and a suffix, and the vocabulary shows which suffixes do
// it: `-ness` follows hundreds of listed stems (`dark`/`darkness`). The segmenter therefore also reads
// a known word followed by a suffix as one derived word (segment/viterbi.ts), priced
//   cost(stem in its context) - ln(s(x) / S) + SUFFIX
// where s(x) counts the listed stems (words of at least MIN_STEM letters) that the vocabulary also lists
// with suffix x, S counts the listed words of at least MIN_STEM letters (the stems there could be), and
// SUFFIX (segment/model.ts) prices an unlisted derivation against a listed one. A derived word has no
// pair counts: the word after it goes on from no context, as after an unknown word.
// The counts come from data/wordfreq.txt alone, built by scripts/build-segment-suffixes.ts into
// data/segment-suffixes.txt (counting them at start-up cost ~180 ms): `x<TAB>s(x)` for the suffixes
// of 1 to MAX_SUFFIX letters with at least MIN_STEMS stems, sorted by code units, and `*<TAB>S`.
// Prefixes, the same way from the other end: `non` goes before hundreds of listed stems (`sense`/`nonsense`),
// so `nonreactivity` is read as one word, not `non reactivity`: priced
//   -ln alpha(context) - ln(p(x) / S) + PREFIX + cost(stem)
// with p(x) the listed stems that the vocabulary also lists with x in front; the stem is priced as a unigram
// (what a prefix makes of its pairs is unknown) and the word leaves no context. Prefixes of MIN_PREFIX to
// MAX_SUFFIX letters are counted (single letters, `s` + `tone`, are coincidences, not prefixes), written
// `x-<TAB>p(x)` in the same file, sorted with the suffixes.
// Suffixes chain (`hypothalamic` + `ally`): which suffix a stem takes depends on how the stem ends. Of the
// listed stems ending in `ic`, 31% also list `+ally` (0.5% of all stems do), and almost none `+ly`. So the
// share a derived word pays is the one among stems with the same last ENDING letters t, smoothed towards
// the overall share with a prior worth BETA stems (Dirichlet / MacKay-Peto):
//   share(x | t) = (s(t, x) + BETA s(x) / S) / (S(t) + BETA)
// where s(t, x) counts the stems ending in t that take x and S(t) the stems ending in t. Written as
// `t:x<TAB>s(t, x)` (the productive suffixes only, counts of at least 1) and `t:*<TAB>S(t)`.

/** The shortest stem a suffix attaches to: shorter ones (`even` + `ance`) make derived words of fragments. */
export const MIN_STEM = 4;
/** The longest suffix counted. */
const MAX_SUFFIX = 5;
/** A suffix that follows fewer listed stems than this is not productive enough to derive words (50 also kept `h`, `o`, `ia`: the same dev score, more work per letter). */
export const MIN_STEMS = 200;

/** The shortest prefix counted. */
export const MIN_PREFIX = 2;
/** How many of a stem's last letters its suffixes are counted by (`ic` + `ally`). */
const ENDING = 2;

/** The suffixes with the number of listed stems each follows, the prefixes with the number each goes before, and the number of possible stems. */
export interface SuffixCounts {
  readonly stemsTaking: ReadonlyMap<string, number>;
  readonly prefixesTaking: ReadonlyMap<string, number>;
  readonly stems: number;
  /** `t:x` -> the stems ending in t that take the productive suffix x; `t:*` -> the stems ending in t. */
  readonly byEnding: ReadonlyMap<string, number>;
}

/** No suffixes or prefixes: no word is derived. */
export const NO_SUFFIXES: SuffixCounts = { stemsTaking: new Map(), prefixesTaking: new Map(), stems: 1, byEnding: new Map() };

/** Counts, over a vocabulary, the stems each suffix follows and each prefix goes before (both stem and derived word listed). */
export function countSuffixes(words: readonly string[]): SuffixCounts {
  const listed = new Set(words);
  const counts = new Map<string, number>();
  const prefixCounts = new Map<string, number>();
  let stems = 0;
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue;
    if (word.length >= MIN_STEM) stems++;
    for (let length = 1; length <= MAX_SUFFIX && word.length - length >= MIN_STEM; length++) {
      if (!listed.has(word.slice(0, word.length - length))) continue;
      const suffix = word.slice(word.length - length);
      counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
    for (let length = MIN_PREFIX; length <= MAX_SUFFIX && word.length - length >= MIN_STEM; length++) {
      if (!listed.has(word.slice(length))) continue;
      const prefix = word.slice(0, length);
      prefixCounts.set(prefix, (prefixCounts.get(prefix) ?? 0) + 1);
    }
  }
  const productive = (all: Map<string, number>): Map<string, number> => new Map([...all].filter(([, count]) => count >= MIN_STEMS));
  const stemsTaking = productive(counts);
  const byEnding = new Map<string, number>();
  for (const word of words) {
    if (!/^[a-z]+$/.test(word) || word.length < MIN_STEM) continue;
    const ending = word.slice(-ENDING);
    byEnding.set(`${ending}:*`, (byEnding.get(`${ending}:*`) ?? 0) + 1);
    for (const suffix of stemsTaking.keys()) if (listed.has(word + suffix)) byEnding.set(`${ending}:${suffix}`, (byEnding.get(`${ending}:${suffix}`) ?? 0) + 1);
  }
  return { stemsTaking, prefixesTaking: productive(prefixCounts), stems, byEnding };
}

/** The data/segment-suffixes.txt text: a header naming the source, the suffixes and prefixes (`x-`) sorted by code units, then the stem total. */
export function formatSuffixes(counts: SuffixCounts, source: string): string {
  const entries = new Map([...counts.stemsTaking, ...[...counts.prefixesTaking].map(([prefix, stems]): [string, number] => [`${prefix}-`, stems]), ...counts.byEnding]);
  const affixes = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`# textops segment-suffixes v3 from ${source}: "suffix<TAB>stems taking it", "prefix-<TAB>stems taking it" (at least ${MIN_STEMS}; stems of ${MIN_STEM}+ letters), "t:suffix<TAB>stems ending in t taking it", "t:*<TAB>stems ending in t" and "*<TAB>stems"`];
  for (const affix of affixes) lines.push(`${affix}\t${entries.get(affix)}`);
  lines.push(`*\t${counts.stems}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the data/segment-suffixes.txt format; throws naming the first bad line. */
export function parseSuffixes(text: string, source = 'segment-suffixes'): SuffixCounts {
  const stemsTaking = new Map<string, number>();
  const prefixesTaking = new Map<string, number>();
  const byEnding = new Map<string, number>();
  let stems = 0;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '' || line.startsWith('#')) continue;
    const ending = /^([a-z]+:(?:[a-z]{1,16}|\*))\t([1-9][0-9]*)$/.exec(line);
    if (ending) {
      byEnding.set(ending[1]!, Number(ending[2]));
      continue;
    }
    const match = /^([a-z]{1,16})?(-)?(\*)?\t([1-9][0-9]*)$/.exec(line);
    const affix = match?.[1];
    if (!match || (affix === undefined) === (match[3] === undefined) || (match[2] !== undefined && affix === undefined)) {
      throw new Error(`${source}:${k + 1}: expected "suffix<TAB>count", "prefix-<TAB>count", "t:suffix<TAB>count" or "*<TAB>count", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    const count = Number(match[4]);
    if (affix === undefined) stems = count;
    else if (match[2] === '-') prefixesTaking.set(affix, count);
    else stemsTaking.set(affix, count);
  }
  if (stems === 0) throw new Error(`${source}: the "*<TAB>stems" line is missing`);
  return { stemsTaking, prefixesTaking, stems, byEnding };
}

/** BETA: how many stems' worth the overall share of a suffix weighs in the share among stems of one ending. */
export const BETA = 10;

/** share(x | t): the smoothed share of the stems ending in t that take suffix x (see the header). */
export function shareAfterEnding(counts: SuffixCounts, ending: string, suffix: string): number {
  const overall = (counts.stemsTaking.get(suffix) ?? 0) / counts.stems;
  return ((counts.byEnding.get(`${ending}:${suffix}`) ?? 0) + BETA * overall) / ((counts.byEnding.get(`${ending}:*`) ?? 0) + BETA);
}
