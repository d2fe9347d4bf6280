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

/** The shortest stem a suffix attaches to: shorter ones (`even` + `ance`) make derived words of fragments. */
export const MIN_STEM = 4;
/** The longest suffix counted. */
const MAX_SUFFIX = 5;
/** A suffix that follows fewer listed stems than this is not productive enough to derive words (50 also kept `h`, `o`, `ia`: the same dev score, more work per letter). */
export const MIN_STEMS = 200;

/** The suffixes with the number of listed stems each follows, and the number of possible stems. */
export interface SuffixCounts {
  readonly stemsTaking: ReadonlyMap<string, number>;
  readonly stems: number;
}

/** No suffixes: no word is derived. */
export const NO_SUFFIXES: SuffixCounts = { stemsTaking: new Map(), stems: 1 };

/** Counts, over a vocabulary, the stems each suffix follows (both stem and stem + suffix listed). */
export function countSuffixes(words: readonly string[]): SuffixCounts {
  const listed = new Set(words);
  const counts = new Map<string, number>();
  let stems = 0;
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue;
    if (word.length >= MIN_STEM) stems++;
    for (let length = 1; length <= MAX_SUFFIX && word.length - length >= MIN_STEM; length++) {
      if (!listed.has(word.slice(0, word.length - length))) continue;
      const suffix = word.slice(word.length - length);
      counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
    }
  }
  const stemsTaking = new Map([...counts].filter(([, count]) => count >= MIN_STEMS));
  return { stemsTaking, stems };
}

/** The data/segment-suffixes.txt text: a header naming the source, the suffixes sorted by code units, then the stem total. */
export function formatSuffixes(counts: SuffixCounts, source: string): string {
  const suffixes = [...counts.stemsTaking.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`# textops segment-suffixes v1 from ${source}: "suffix<TAB>stems taking it" (at least ${MIN_STEMS}; stems of ${MIN_STEM}+ letters) and "*<TAB>stems"`];
  for (const suffix of suffixes) lines.push(`${suffix}\t${counts.stemsTaking.get(suffix)}`);
  lines.push(`*\t${counts.stems}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the data/segment-suffixes.txt format; throws naming the first bad line. */
export function parseSuffixes(text: string, source = 'segment-suffixes'): SuffixCounts {
  const stemsTaking = new Map<string, number>();
  let stems = 0;
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-z]{1,16}|\*)\t([1-9][0-9]*)$/.exec(line);
    if (!match) throw new Error(`${source}:${k + 1}: expected "suffix<TAB>count" or "*<TAB>count", got ${JSON.stringify(line.slice(0, 80))}`);
    if (match[1] === '*') stems = Number(match[2]);
    else stemsTaking.set(match[1], Number(match[2]));
  }
  if (stems === 0) throw new Error(`${source}: the "*<TAB>stems" line is missing`);
  return { stemsTaking, stems };
}
