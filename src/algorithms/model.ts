// The shared word model: unigram counts from data/wordfreq.txt, read once at start-up.
//
// Both engines are pure functions of this model: the spelling corrector takes P(w) = count(w) / total
// as its language model, and the segmenter turns the same probabilities into word costs. The file is
// `word<TAB>count` per line, most frequent first (see data/README.md), so `words` keeps that rank order
// and a rank-based engine needs nothing else. Loading never happens at import: the entry point calls
// `loadModel` once and passes the model down; tests build small models with `modelFromCounts`.
import { readFileSync } from 'node:fs';

/** A unigram word model: lowercase words with their corpus counts. */
export interface Model {
  /** count of each lowercase word; every count is a positive integer. */
  readonly counts: ReadonlyMap<string, number>;
  /** sum of all counts: the denominator of P(w). */
  readonly total: number;
  /** length in UTF-16 code units of the longest word: bounds any search window. */
  readonly maxWordLength: number;
  /** the words, most frequent first (ties in input order). */
  readonly words: readonly string[];
  /**
   * Words the spelling corrector may suggest that no corpus counted (a curated dictionary's words, among them
   * inflections such as `initialises`): not in `counts`, so no engine takes them for known words; the
   * segmenter ignores them (spell/deletion-index.ts indexes them after the counted words).
   */
  readonly spellingOnly?: readonly string[];
}

/** One `[word, count]` pair as a tiny hand-made model lists it. */
export type WordCount = readonly [word: string, count: number];

/** Builds a model from `[word, count]` pairs; words are lowercased and duplicate counts added. */
export function modelFromCounts(entries: Iterable<WordCount>): Model {
  const counts = new Map<string, number>();
  for (const [rawWord, count] of entries) {
    const word = rawWord.toLowerCase();
    if (word === '' || !Number.isSafeInteger(count) || count <= 0) {
      throw new Error(`invalid word count entry: ${JSON.stringify([rawWord, count])}`);
    }
    counts.set(word, (counts.get(word) ?? 0) + count);
  }
  return modelFromMap(counts);
}

/** Reads a `word<TAB>count` file (most frequent first) into a model; throws naming the bad line. */
export function loadModel(path: string): Model {
  return parseWordFreq(readFileSync(path, 'utf8'), path);
}

/** Parses the text of a `word<TAB>count` file into a model; `source` names it in error messages. */
export function parseWordFreq(text: string, source = 'wordfreq'): Model {
  const counts = new Map<string, number>();
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNumber += 1;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const word = tab > 0 ? line.slice(0, tab) : '';
    const count = tab > 0 ? Number(line.slice(tab + 1)) : Number.NaN;
    if (word === '' || !Number.isSafeInteger(count) || count <= 0) {
      throw new Error(`${source}:${lineNumber}: expected "word<TAB>positive count", got ${JSON.stringify(line.slice(0, 80))}`);
    }
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  return modelFromMap(counts);
}

/** The model with `words` (those it does not count already) as its spelling-only words; counts and ranks unchanged. */
export function withSpellingOnly(model: Model, words: Iterable<string>): Model {
  const spellingOnly: string[] = [];
  for (const word of words) if (!model.counts.has(word)) spellingOnly.push(word);
  return { ...model, spellingOnly };
}

/** Derives total, maxWordLength and the rank order from a finished count map, in one pass over it. */
function modelFromMap(counts: Map<string, number>): Model {
  let total = 0;
  let maxWordLength = 0;
  const words: string[] = [];
  // Whether the words already run from most to least frequent, as data/wordfreq.txt does: then no sort.
  let rankOrdered = true;
  let previous = Infinity;
  // forEach rather than for-of: no [key, value] array for each of the 82,000 entries.
  counts.forEach((count, word) => {
    total += count;
    if (word.length > maxWordLength) maxWordLength = word.length;
    words.push(word);
    if (count > previous) rankOrdered = false;
    previous = count;
  });
  if (!rankOrdered) {
    // A stable sort keeps input order among equal counts, so the rank order is deterministic.
    words.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
  }
  return { counts, total, maxWordLength, words };
}
