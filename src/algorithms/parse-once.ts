// One parse of a data file per process, however many engines read it at start-up.
//
// Both engines read data/bigrams.txt, data/segment-extra.txt and data/run-ends.txt: the segmenter (segment/load.ts) and the
// spelling corrector's context model (spell/context.ts); data/dictionary-extra.txt is read for the word
// model's spelling-only words (src/engines/run.ts) and for the context's dictionary gate. Loaded one after the other (src/engines/run.ts),
// each parsed both files again, about a sixth of the start-up. `parseOnce` hands the second reader the
// first reader's result. Parsed values are read-only to every reader, so one copy serves both.
//
// The cache holds each value through a WeakRef, so it keeps nothing alive: the value lives as long as an
// engine holds it (and, by the WeakRef rules, at least until the current synchronous job ends, which
// covers back-to-back loads). A value is reused only for the same file, kind, size and modification time,
// so a data file replaced on disk is parsed afresh.
import { readFileSync, statSync } from 'node:fs';
import { parseBigrams, type BigramCounts } from './segment/bigrams.ts';
import { parseSegmentExtra, type SegmentExtra } from './segment/extra.ts';
import { parseDictionaryWords } from './spell/dictionary.ts';
import { parseRunEnds, type RunEnds } from './segment/ends.ts';

const cache = new Map<string, WeakRef<object>>();

/** Parses `path` with `parse` (named by `kind`), or returns the value an earlier call parsed from the same, unchanged file. */
export function parseOnce<T extends object>(path: string, kind: string, parse: (bytes: Buffer, path: string) => T): T {
  const stat = statSync(path);
  const key = `${kind}\u0000${path}\u0000${stat.size}\u0000${stat.mtimeMs}`;
  const earlier = cache.get(key)?.deref();
  if (earlier !== undefined) return earlier as T;
  const value = parse(readFileSync(path), path);
  cache.set(key, new WeakRef(value));
  return value;
}

/** data/bigrams.txt, parsed once (segment/bigrams.ts reads the format). */
export function readBigrams(path: string): BigramCounts {
  return parseOnce(path, 'bigrams', (bytes, source) => parseBigrams(bytes.toString('utf8'), source));
}

/** data/segment-extra.txt, indexed once (segment/extra.ts reads the format). */
export function readSegmentExtra(path: string): SegmentExtra {
  return parseOnce(path, 'segment-extra', parseSegmentExtra);
}

/** data/dictionary-extra.txt, parsed once (spell/dictionary.ts reads the format). */
export function readDictionaryWords(path: string): ReadonlySet<string> {
  return parseOnce(path, 'dictionary-extra', (bytes, source) => parseDictionaryWords(bytes.toString('utf8'), source));
}

/** data/run-ends.txt, parsed once (segment/ends.ts reads the format). */
export function readRunEnds(path: string): RunEnds {
  return parseOnce(path, 'run-ends', (bytes, source) => parseRunEnds(bytes.toString('utf8'), source));
}
