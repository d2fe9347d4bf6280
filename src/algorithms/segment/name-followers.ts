// What follows a name: the context the segmenter gives the word after an unknown capitalized string.
//
// Most strings the vocabulary lacks are names (segment/letters.ts), and the word after an unknown string was priced
// with no context, by P(w) alone. But names are followed by their own words: `at`, `and`, `was`, `had`, `said`,
// `'s` often; `gold`, `wood`, `field`, `ring` seldom. Without that, the search cannot tell `Tsitouris at` from
// `Tsitourisat`, nor `Korngold` from `Korn gold`: both readings differ only by a common word's unigram price
// against a few letters'. So the word after a capitalized unknown string (or a census name) takes the context
// <name>, whose pair counts are those of the words that followed a name in big.txt: c(<name>, w), priced like any
// context's (Katz backing off with the same discount, segment/model.ts), so a follower names never took costs
// more than its unigram price and a frequent one less.
// A name in big.txt is a Capitalized word (a capital, then lowercase letters) inside a run, after another word of
// the run (so never a sentence's first word), whose every sighting there is Capitalized (MIN_CAPITALIZED of them at
// least): `Holmes`, `Pierre`, `London`, not `The` or `Will`. The follower is the next word of the same run,
// lowercased. The file keeps `w<TAB>c(<name>, w)` for followers seen at least MIN_PAIR_COUNT times and one
// `*<TAB>total` line (every follower, pruned or not), sorted by code units for a reproducible build.
import { setPairCost, type PairTable } from './pairs.ts';
import type { SegmentTuning } from './tuning.ts';

/** Capitalized sightings a word needs inside runs to count as a name. */
const MIN_CAPITALIZED = 2;
/** Followers rarer than this are left to the backoff (as in data/bigrams.txt). */
const MIN_PAIR_COUNT = 2;

/** c(<name>, w) for the kept followers, and the total of all followers. */
export interface NameFollowers {
  readonly followers: ReadonlyMap<string, number>;
  readonly total: number;
}

/** No counts: the word after a name is priced by P(w) alone. */
export const NO_NAME_FOLLOWERS: NameFollowers = { followers: new Map(), total: 0 };

/** The runs of running text with their case, as words (segment/bigrams.ts's runsOf, case kept). */
function* casedRunsOf(text: string): Generator<string[]> {
  for (const match of text.matchAll(/[A-Za-z]+(?:'[A-Za-z]+)*(?:\s+[A-Za-z]+(?:'[A-Za-z]+)*)*/g)) yield match[0].split(/\s+/);
}

/** Counts the words that follow a name inside a run of running text (see the header). */
export function countNameFollowers(text: string): NameFollowers {
  const CAPITALIZED = /^[A-Z][a-z]+$/;
  // Per lowercase word, its sightings inside runs after a word: [Capitalized, any other case].
  const sightings = new Map<string, [number, number]>();
  for (const run of casedRunsOf(text)) {
    for (let k = 1; k < run.length; k++) {
      const word = run[k]!.toLowerCase();
      let entry = sightings.get(word);
      if (!entry) sightings.set(word, (entry = [0, 0]));
      entry[CAPITALIZED.test(run[k]!) ? 0 : 1]++;
    }
  }
  const isName = (word: string): boolean => {
    const entry = sightings.get(word.toLowerCase());
    return entry !== undefined && entry[0] >= MIN_CAPITALIZED && entry[1] === 0;
  };
  const counts = new Map<string, number>();
  let total = 0;
  for (const run of casedRunsOf(text)) {
    for (let k = 1; k + 1 < run.length; k++) {
      if (!CAPITALIZED.test(run[k]!) || !isName(run[k]!)) continue;
      const follower = run[k + 1]!.toLowerCase();
      counts.set(follower, (counts.get(follower) ?? 0) + 1);
      total++;
    }
  }
  const followers = new Map<string, number>();
  for (const [word, count] of counts) if (count >= MIN_PAIR_COUNT) followers.set(word, count);
  return { followers, total };
}

/** Writes counts in the data/name-followers.txt format, sorted, with a header line. */
export function formatNameFollowers(counts: NameFollowers, source: string): string {
  const lines = [`# textops name followers v1 from ${source}: "w<TAB>count of w after a name" (count >= ${MIN_PAIR_COUNT}) and "*<TAB>total"`];
  lines.push(`*\t${counts.total}`);
  for (const word of [...counts.followers.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(`${word}\t${counts.followers.get(word)}`);
  return lines.join('\n') + '\n';
}

/** Parses the data/name-followers.txt format; throws naming the first malformed line. */
export function parseNameFollowers(text: string, source = 'name-followers'): NameFollowers {
  const followers = new Map<string, number>();
  let total = 0;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    if (line === '' || line.charCodeAt(0) === 35) continue;
    const tab = line.indexOf('\t');
    const word = tab > 0 ? line.slice(0, tab) : '';
    const count = word === '' ? Number.NaN : Number(line.slice(tab + 1));
    if (!Number.isSafeInteger(count) || count <= 0) throw new Error(`${source}:${lineNumber}: expected "w<TAB>count", got ${JSON.stringify(line.slice(0, 80))}`);
    if (word === '*') total = count;
    else followers.set(word, count);
  }
  if (total === 0) throw new Error(`${source}: no "*<TAB>total" line`);
  return { followers, total };
}

/** The segmenter's tables the context <name> writes its pairs into (segment/model.ts). */
export interface NameContextTables {
  readonly idOf: ReadonlyMap<string, number>;
  /** -ln P(w) by word id (before the going-on cost is folded in). */
  readonly wordCost: Float64Array;
  readonly goOnCost: Float64Array;
  readonly pairs: PairTable;
  readonly hasPairs: Uint32Array;
  readonly isFollower: Uint8Array;
}

/** Stores the pairs of the context <name> (id `nameId`) as any context's, discounted and backed off (segment/model.ts); returns its backoff cost. */
export function addNameContext(names: NameFollowers, nameId: number, tables: NameContextTables, tuning: SegmentTuning): number {
  const { idOf, wordCost, goOnCost, pairs, hasPairs, isFollower } = tables;
  let kept = 0;
  let seenMass = 0;
  for (const [w, count] of names.followers) {
    kept += Math.max(count - tuning.discount, 0);
    const wId = idOf.get(w);
    if (wId !== undefined) seenMass += Math.exp(-wordCost[wId]!);
  }
  const alpha = Math.max(1 - kept / names.total, 1e-9);
  for (const [w, count] of names.followers) {
    const wId = idOf.get(w);
    if (wId === undefined) continue;
    const p = Math.max(count - tuning.discount, 0) / names.total + (tuning.interpolate ? alpha * Math.exp(-wordCost[wId]!) : 0);
    setPairCost(pairs, nameId, wId, -Math.log(p) + goOnCost[wId]!);
    hasPairs[nameId >>> 5] = hasPairs[nameId >>> 5]! | (1 << (nameId & 31));
    isFollower[wId] = 1;
  }
  return -Math.log(tuning.interpolate ? alpha : alpha / Math.max(1 - seenMass, 1e-6));
}
