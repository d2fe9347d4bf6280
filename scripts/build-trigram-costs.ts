// Builds data/trigram-costs.bin: the second pass's model prepared from data/trigrams.txt, as the start-up reads it.
//
// The costs are the counts of data/trigrams.txt priced over the search's model, with the class bigram over
// data/word-classes.txt (segment/second-order.ts: prepareTrigrams, over data/wordfreq.txt, data/bigrams.txt and the files loadSearch reads beside it, default
// tuning), written as typed arrays (segment/trigram-costs.ts has the layout). No registry source: rebuild after any
// of those files or the tuning changes; scripts/build-trigram-costs.test.ts fails until then.
// Usage: npm run build:trigram-costs [-- --check] (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { loadSearch } from '../src/algorithms/segment/load.ts';
import { parseTrigrams } from '../src/algorithms/segment/trigrams.ts';
import { prepareTrigrams } from '../src/algorithms/segment/second-order.ts';
import { parseWordClasses } from '../src/algorithms/segment/word-classes.ts';
import { encodeTrigramModel } from '../src/algorithms/segment/trigram-costs.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The bytes of data/trigram-costs.bin from the committed data files under `root`. */
export function buildTrigramCosts(root: string): Uint8Array {
  const data = (name: string): string => join(root, 'data', name);
  const words = loadModel(data('wordfreq.txt'));
  const search = loadSearch(words, data('bigrams.txt'));
  const classes = parseWordClasses(readFileSync(data('word-classes.txt'), 'utf8'), search.startId, data('word-classes.txt'));
  const trigrams = prepareTrigrams(parseTrigrams(readFileSync(data('trigrams.txt'), 'utf8'), search.startId, data('trigrams.txt')), search, words.words, classes);
  return encodeTrigramModel(trigrams, search.startId);
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'trigram-costs.bin'), buildTrigramCosts(root), 'npm run build:trigram-costs');
}
