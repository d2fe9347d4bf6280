// Builds data/segment-suffixes.txt: the productive suffixes of data/wordfreq.txt's vocabulary, which the
// segmenter uses to read derived words it does not list (`unfathomableness`); the counting and the format
// live in src/algorithms/segment/suffixes.ts.
// Usage: npm run build:segment-suffixes [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { parseWordFreq } from '../src/algorithms/model.ts';
import { countSuffixes, formatSuffixes } from '../src/algorithms/segment/suffixes.ts';

/** The text of data/segment-suffixes.txt as built from the given data/wordfreq.txt contents. */
export function buildSegmentSuffixesText(wordfreq: string): string {
  return formatSuffixes(countSuffixes(parseWordFreq(wordfreq).words), 'data/wordfreq.txt');
}

if (import.meta.main) {
  const root = process.cwd();
  const built = buildSegmentSuffixesText(readFileSync(join(root, 'data', 'wordfreq.txt'), 'utf8'));
  writeOrCheck(join(root, 'data', 'segment-suffixes.txt'), built, 'npm run build:segment-suffixes');
}
