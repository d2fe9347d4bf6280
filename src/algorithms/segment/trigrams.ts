// Second-order counts for the segmenter's second pass (segment/rescore.ts), and the data/trigrams.txt format.
//
// Runs are cut from running text exactly as for data/bigrams.txt (segment/bigrams.ts: runsOf), each opening
// with `<s>`, so the triples of a run r1 r2 ... are (<s>, r1, r2), (r1, r2, r3), ... . The texts counted are big.txt
// and WordNet's example sentences (scripts/build-trigrams.ts: big.txt's 19th-century books lack the triples of
// modern prose, `may be installed`, `there is a way`), each cut into its own runs, the counts added. Two kinds of count:
//   triples: c(u v w) for every triple seen MIN_COUNT+ times, with c(u v ·), every word seen after u v;
//   continuations: Kneser-Ney's N1+(· v w), how many distinct words came before the pair v w, for the pairs
//       seen after MIN_COUNT+ distinct words, with N1+(· v ·), the distinct triples whose middle word is v.
// The continuation counts are what the second pass backs off to from a triple never seen: `with in` is
// frequent in big.txt, but 174 of its 176 are `met with in`, so it follows one word, not many.
// The start-up reads the costs prepared from it (data/trigram-costs.bin, segment/trigram-costs.ts), not this file;
// it stays compact and cheap to parse for the build and the tests: words are their ranks in
// data/wordfreq.txt (the model's word ids; rebuild this file after that one), in base 36, followers as
// ascending gaps. One line per context, continuations first (by v), then triples (by u, then v; `<s>` last):
//   `v<TAB>total<TAB>g:n g:n ...`  and  `u v<TAB>total<TAB>g:c g:c ...`.
// Words the word model lacks are left out of the lines (their counts stay in the totals).
import { byCodeUnits, RUN_START, runsOf } from './bigrams.ts';
import { MAX_PAIR_IDS } from './pairs.ts';

/** Triples seen fewer times, and pairs after fewer distinct words, are left to the backoff. */
const MIN_COUNT = 2;

/** One context: the total after it and its kept followers' counts. */
interface ContextCounts {
  readonly total: number;
  readonly followers: ReadonlyMap<string, number>;
}

/** Triple counts by context pair `u v` (one space between), and continuation counts by middle word v. */
interface TrigramCounts {
  readonly triples: ReadonlyMap<string, ContextCounts>;
  readonly continuations: ReadonlyMap<string, ContextCounts>;
}

/** Keeps the followers counted MIN_COUNT+ times; the total counts them all. Contexts with none kept are dropped. */
function pruned(all: Map<string, Map<string, number>>): Map<string, ContextCounts> {
  const out = new Map<string, ContextCounts>();
  for (const [key, followers] of all) {
    let total = 0;
    const kept = new Map<string, number>();
    for (const [w, count] of followers) {
      total += count;
      if (count >= MIN_COUNT) kept.set(w, count);
    }
    if (kept.size > 0) out.set(key, { total, followers: kept });
  }
  return out;
}

/** Adds one to counts[key][w]. */
function bump(counts: Map<string, Map<string, number>>, key: string, w: string): void {
  let followers = counts.get(key);
  if (!followers) counts.set(key, (followers = new Map()));
  followers.set(w, (followers.get(w) ?? 0) + 1);
}

/** Counts the word triples of running texts (runs cut as for the bigrams, each text on its own, the counts added) and the continuation counts of their pairs. */
export function countTrigrams(...texts: string[]): TrigramCounts {
  const triples = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const run of runsOf(text)) {
      let u = RUN_START;
      for (let k = 1; k < run.length; k++) {
        bump(triples, `${u} ${run[k - 1]}`, run[k]!);
        u = run[k - 1]!;
      }
    }
  }
  // Each distinct triple u v w is one more distinct word before v w.
  const continuations = new Map<string, Map<string, number>>();
  for (const [key, followers] of triples) {
    const v = key.slice(key.indexOf(' ') + 1);
    for (const w of followers.keys()) bump(continuations, v, w);
  }
  return { triples: pruned(triples), continuations: pruned(continuations) };
}

/** One line: the key, the total and the followers the model knows, as base-36 rank gaps and counts. */
function lineOf(key: string, context: ContextCounts, rankOf: (word: string) => number | undefined): string | undefined {
  const listed = [...context.followers].flatMap(([word, count]) => {
    const rank = rankOf(word);
    return rank === undefined ? [] : [[rank, count] as const];
  });
  if (listed.length === 0) return undefined;
  listed.sort((a, b) => a[0] - b[0]);
  const items = listed.map(([rank, count], k) => `${(k === 0 ? rank : rank - listed[k - 1]![0]).toString(36)}:${count.toString(36)}`);
  return `${key}\t${context.total.toString(36)}\t${items.join(' ')}`;
}

/** Writes counts in the data/trigrams.txt format (see the header), words as their ranks by `rankOf`. */
export function formatTrigrams(counts: TrigramCounts, rankOf: (word: string) => number | undefined, source: string): string {
  const lines = [`# textops trigrams v1 from ${source}: "v<TAB>N1+(. v .)<TAB>g:N1+(. v w) ..." then "u v<TAB>c(u v .)<TAB>g:c(u v w) ...", base 36, g gaps between ranks (counts >= ${MIN_COUNT})`];
  const ranked = <T>(keys: Iterable<string>, rank: (key: string) => T | undefined): [string, T][] =>
    [...keys].flatMap((key) => {
      const r = rank(key);
      return r === undefined ? [] : [[key, r] as [string, T]];
    });
  for (const [v, rank] of ranked(counts.continuations.keys(), rankOf).sort((a, b) => a[1] - b[1])) {
    const line = lineOf(rank.toString(36), counts.continuations.get(v)!, rankOf);
    if (line !== undefined) lines.push(line);
  }
  const startRank = Number.MAX_SAFE_INTEGER;
  const pairRank = (key: string): [number, number] | undefined => {
    const [u, v] = key.split(' ') as [string, string];
    const ur = u === RUN_START ? startRank : rankOf(u);
    const vr = rankOf(v);
    return ur === undefined || vr === undefined ? undefined : [ur, vr];
  };
  const pairs = ranked(counts.triples.keys(), pairRank).sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1] || byCodeUnits(a[0], b[0]));
  for (const [key, [ur, vr]] of pairs) {
    const line = lineOf(`${ur === startRank ? RUN_START : ur.toString(36)} ${vr.toString(36)}`, counts.triples.get(key)!, rankOf);
    if (line !== undefined) lines.push(line);
  }
  return lines.join('\n') + '\n';
}

/** The counts of a data/trigrams.txt as word ids, in compressed-row form (see rescore.ts for their use). */
export interface TrigramIds {
  /** Continuations of v are entries continuationFrom[v] .. continuationFrom[v + 1] - 1 (v up to the start id). */
  readonly continuationFrom: Int32Array;
  readonly continuationTotal: Float64Array;
  /** Triple contexts, ascending by u * MAX_PAIR_IDS + v (`<s>` is the start id), as segment/rescore.ts looks them up; the followers of context k are from[k] .. from[k + 1] - 1. */
  readonly contextKey: Float64Array;
  readonly contextTotal: Float64Array;
  readonly contextFrom: Int32Array;
  /** Followers of both kinds, side by side: continuations first, then triples (offset by the continuation count). */
  readonly word: Int32Array;
  readonly count: Float64Array;
  /** Where the triples' followers start in `word` and `count`. */
  readonly tripleStart: number;
}

/** The value of a base-36 digit's code unit, or -1. */
function digit36(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

/** How many times the code unit occurs in the text. */
function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** The base-36 number at `at` times 8 plus its digit count (0: no digit there; numbers have at most 7 digits). */
function readBase36(text: string, at: number): number {
  let value = 0;
  let k = at;
  for (let d = digit36(text.charCodeAt(k)); d >= 0 && k - at < 7; d = digit36(text.charCodeAt(++k))) value = value * 36 + d;
  return value * 8 + (k - at);
}

/** Reads the ` gap:count` followers after the tab at `at`, to the line's end, into word and count from `entry` on; returns the next entry, or -1 when the line is malformed. */
function readFollowers(text: string, at: number, lineEnd: number, startId: number, word: Int32Array, count: Float64Array, entry: number): number {
  let rank = 0;
  let next = entry;
  for (const item of text.slice(at + 1, lineEnd).split(' ')) {
    const colon = item.indexOf(':');
    const gap = colon > 0 ? parseInt(item.slice(0, colon), 36) : Number.NaN;
    const c = parseInt(item.slice(colon + 1), 36);
    rank += gap;
    if (!(gap >= 0 && c > 0 && rank < startId && next < word.length)) return -1;
    word[next] = rank;
    count[next] = c;
    next++;
  }
  return next;
}

/** The error for a malformed line. */
function malformed(source: string, lineNumber: number, line: string): Error {
  return new Error(`${source}:${lineNumber}: expected "key<TAB>total<TAB>gap:count ...", got ${JSON.stringify(line.slice(0, 80))}`);
}

/**
 * Parses data/trigrams.txt into word ids (ranks < startId; `<s>` is startId); throws naming the first malformed line.
 * One pass over the characters into typed arrays sized by counting first (the build of data/trigram-costs.bin, tests).
 */
export function parseTrigrams(text: string, startId: number, source = 'trigrams'): TrigramIds {
  const entries = occurrences(text, ':');
  const word = new Int32Array(entries);
  const count = new Float64Array(entries);
  const continuationFrom = new Int32Array(startId + 2);
  const continuationTotal = new Float64Array(startId + 1);
  const lines = occurrences(text, '\n') + 1;
  const contextKey = new Float64Array(lines);
  const contextTotal = new Float64Array(lines);
  const contextFrom = new Int32Array(lines + 1);
  let contexts = 0;
  let entry = 0;
  let tripleStart = -1;
  let lastV = -1;
  let lineNumber = 0;
  for (let next = 0; next < text.length; ) {
    const lineStart = next;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    next = lineEnd + 1;
    lineNumber++;
    if (lineStart === lineEnd || text.charCodeAt(lineStart) === 35) continue;
    let at = lineStart;
    let u = startId;
    if (text.startsWith(RUN_START, at)) at += RUN_START.length;
    else {
      const read = readBase36(text, at);
      u = (read & 7) === 0 ? -1 : Math.floor(read / 8);
      at += read & 7;
    }
    let v = -1;
    if (text.charCodeAt(at) === 32) {
      const read = readBase36(text, at + 1);
      v = (read & 7) === 0 ? -1 : Math.floor(read / 8);
      at += 1 + (read & 7);
      if (v < 0 || v >= startId) throw malformed(source, lineNumber, text.slice(lineStart, lineEnd));
    }
    const readTotal = text.charCodeAt(at) === 9 ? readBase36(text, at + 1) : 0;
    const total = Math.floor(readTotal / 8);
    at += 1 + (readTotal & 7);
    if (u < 0 || total <= 0 || text.charCodeAt(at) !== 9) throw malformed(source, lineNumber, text.slice(lineStart, lineEnd));
    if (v < 0) {
      // A continuation line: its key is the middle word.
      if (tripleStart >= 0 || u <= lastV || u >= startId) throw malformed(source, lineNumber, text.slice(lineStart, lineEnd));
      for (let k = lastV + 1; k <= u; k++) continuationFrom[k] = entry;
      continuationTotal[u] = total;
      lastV = u;
    } else {
      if (tripleStart < 0) {
        tripleStart = entry;
        for (let k = lastV + 1; k <= startId + 1; k++) continuationFrom[k] = entry;
      }
      const key = u * MAX_PAIR_IDS + v;
      if (contexts > 0 && key <= contextKey[contexts - 1]!) throw malformed(source, lineNumber, text.slice(lineStart, lineEnd));
      contextKey[contexts] = key;
      contextTotal[contexts] = total;
      contextFrom[contexts] = entry;
      contexts++;
    }
    entry = readFollowers(text, at, lineEnd, startId, word, count, entry);
    if (entry < 0) throw malformed(source, lineNumber, text.slice(lineStart, lineEnd));
  }
  if (tripleStart < 0) {
    tripleStart = entry;
    for (let k = lastV + 1; k <= startId + 1; k++) continuationFrom[k] = entry;
  }
  contextFrom[contexts] = entry;
  return {
    continuationFrom,
    continuationTotal,
    contextKey: contextKey.slice(0, contexts),
    contextTotal: contextTotal.slice(0, contexts),
    contextFrom: contextFrom.slice(0, contexts + 1),
    word: word.slice(0, entry),
    count: count.slice(0, entry),
    tripleStart,
  };
}
