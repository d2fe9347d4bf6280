// Ablation of the spelling error model: each slip's cheaper cost removed in turn, on every set.
//
// This is the record behind "keep a change only if it improves both the dev set and a held-out set":
// each row shows what the full model loses without one component. "Norvig ordering" charges every
// edit 1 with a very large λ, so that any distance-1 word beats any distance-2 word, as in his essay.
import { join } from 'node:path';
import type { Model } from '../src/algorithms/model.ts';
import { loadWordModel } from '../src/engines/run.ts';
import { correctWord } from '../src/algorithms/spell/spell.ts';
import { DEFAULT_SPELL_OPTIONS, type SpellOptions } from '../src/algorithms/spell/options.ts';
import { DEFAULT_EDIT_COSTS, type EditCosts } from '../src/algorithms/spell/error-model.ts';
import { loadCodespellSet, loadDevSet, loadTyposSet, loadWikipediaSet, type Misspelling } from './spell-sets.ts';

const FULL = DEFAULT_SPELL_OPTIONS;
const uniform: EditCosts = { any: 1, transpose: 1, doubleLetter: 1, vowelSwap: 1, keyboardNeighbour: 1, phonetic: 1, apostrophe: 1, vowelInsert: 1, omission: 1, firstLetter: 0, firstSwap: 0, firstNearKey: 0, repeatPair: Infinity };

/** The variants compared: the full model, each component removed, and Norvig's ordering. */
export const VARIANTS: readonly [name: string, options: SpellOptions][] = [
  ['full model', FULL],
  ['without cheap transpositions', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, transpose: 1 } }],
  ['without cheap double letters', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, doubleLetter: 1 } }],
  ['without cheap vowel swaps', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, vowelSwap: 1 } }],
  ['without cheap left-out letters', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, omission: 1 } }],
  ['with cheap extra vowels at 0.7 (rejected)', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, vowelInsert: 0.7 } }],
  ['without cheap phonetic pairs', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, phonetic: 1 } }],
  ['with keyboard neighbours at 0.8 (rejected)', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, keyboardNeighbour: 0.8 } }],
  ['without the first-letter penalty', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, firstLetter: 0, firstSwap: 0, firstNearKey: 0 } }],
  ['first-letter penalty on a swap of the first two letters too (0.5, textops-spell/3)', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, firstSwap: DEFAULT_EDIT_COSTS.firstLetter } }],
  ['first-letter penalty on a first letter typed as the key beside it too (0.5, textops-spell/9)', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, firstNearKey: DEFAULT_EDIT_COSTS.firstLetter } }],
  ['without the repeated pair as one slip (repeatPair = ∞: two extra letters, textops-spell/10)', { ...FULL, costs: { ...DEFAULT_EDIT_COSTS, repeatPair: Infinity } }],
  ['without the consonant-skeleton fallback', { ...FULL, fallbackMaxCost: 0 }],
  ['skeleton only when nothing lies within distance 2 (σ = −∞, textops-spell/9)', { ...FULL, skeletonBelow: -Infinity }],
  ['prior from raw counts (k = 0, textops-spell/4)', { ...FULL, priorPseudoCount: 0 }],
  ['uniform costs, same λ', { ...FULL, costs: uniform }],
  ['Norvig ordering (uniform, λ = 1000, no fallback, raw counts)', { ...FULL, lambda: 1000, costs: uniform, fallbackMaxCost: 0, priorPseudoCount: 0 }],
];

function accuracy(pairs: readonly Misspelling[], model: Model, options: SpellOptions): number {
  return (100 * pairs.filter((pair) => correctWord(pair.wrong, model, options) === pair.right).length) / pairs.length;
}

/** Accuracy (%) of every variant on every set: `sets` names the columns of each row's `percents`. */
export interface Ablation {
  readonly sets: string[];
  readonly rows: { name: string; percents: number[] }[];
}

/** Runs every variant over the dev set and both held-out sets. */
export function ablation(root: string): Ablation {
  const model = loadWordModel(join(root, 'data'));
  const sets: [string, Misspelling[]][] = [
    ['dev', loadDevSet(root)],
    ['codespell (tuning)', loadCodespellSet(root)],
    ['wikipedia (held out)', loadWikipediaSet()],
    ['typos (held out, never tuned)', loadTyposSet()],
  ];
  // The same model without its spelling-only words (data/dictionary-extra.txt as candidates, model.ts).
  const counted: Model = { counts: model.counts, total: model.total, maxWordLength: model.maxWordLength, words: model.words };
  const rows = VARIANTS.map(([name, options]) => ({ name, percents: sets.map(([, pairs]) => accuracy(pairs, model, options)) }));
  rows.splice(1, 0, { name: 'without the spelling-only words (textops-spell/5)', percents: sets.map(([, pairs]) => accuracy(pairs, counted, FULL)) });
  return { sets: sets.map(([name]) => name), rows };
}

/** Markdown table: one row per variant, one column per set. */
export function formatAblation({ sets, rows }: Ablation): string {
  const lines = [`| variant | ${sets.join(' | ')} |`, `|---|${sets.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.name} | ${row.percents.map((percent) => `${percent.toFixed(1)}%`).join(' | ')} |`);
  return lines.join('\n');
}
