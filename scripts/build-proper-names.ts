// Builds data/proper-names.txt: the words of data/wordfreq.txt that Hunspell's en_US and en_GB dictionaries
// (npm `dictionary-en`, `dictionary-en-gb`, dev dependencies already used for data/wordfreq.txt) list only
// Capitalised (`Shanna/M`, `Shawn/M`), never in lowercase: names, by a curated source rather than by
// counting capitals. The spelling corrector (spell/spell.ts) judges a sentence-initial Capitalised unknown
// word whose best guess is one of them under the names policy, as it does mid-sentence.
// Usage: npm run build:proper-names [-- --check] (--check compares with the committed file instead of writing).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type Model } from '../src/algorithms/model.ts';
import { writeOrCheck } from './write-or-check.ts';

/** The Hunspell dictionaries read, in node_modules. */
const DICTIONARIES = ['dictionary-en', 'dictionary-en-gb'];

/** The stems of a Hunspell .dic file (its first line is the entry count; flags after `/` are dropped). */
export function dicStems(dic: string): string[] {
  return dic.split('\n').slice(1).map((line) => line.split('/')[0]!.trim()).filter((stem) => stem !== '');
}

/** The data/proper-names.txt text: model words listed only Capitalised (a capital, then a–z) in every dictionary's stems. */
export function buildProperNamesText(stemLists: readonly (readonly string[])[], model: Model): string {
  const lowercase = new Set<string>();
  const capitalised = new Set<string>();
  for (const stem of stemLists.flat()) {
    if (/^[a-z]/.test(stem)) lowercase.add(stem.toLowerCase());
    else if (/^[A-Z][a-z]+$/.test(stem)) capitalised.add(stem.toLowerCase());
  }
  const names = [...capitalised].filter((word) => !lowercase.has(word) && model.counts.has(word)).sort();
  return `# textops proper names v1: words of data/wordfreq.txt that Hunspell en_US and en_GB (npm ${DICTIONARIES.join(', ')}) list only Capitalised\n${names.join('\n')}\n`;
}

/** The text built from the installed dictionaries and the committed word model. */
export function buildProperNames(root: string): string {
  const stems = DICTIONARIES.map((name) => dicStems(readFileSync(join(root, 'node_modules', name, 'index.dic'), 'utf8')));
  return buildProperNamesText(stems, loadModel(join(root, 'data', 'wordfreq.txt')));
}

if (import.meta.main) {
  const root = process.cwd();
  writeOrCheck(join(root, 'data', 'proper-names.txt'), buildProperNames(root), 'npm run build:proper-names');
}
