// The names policy: when a Capitalised unknown word mid-sentence is a slip rather than a name.
//
// Mid-sentence, a capital usually marks a name, and most names are not in the vocabulary, so such a
// word is left alone. But writers also mistype the words they always capitalise (`Firday`, `Janaury`,
// `Engish`). A Capitalised unknown word w is corrected to c only when all of these hold:
//   - c is a word the corpus writes mostly capitalised mid-sentence (data/capitalised.txt);
//   - w has at least MIN_LENGTH letters, and cost(w, c) ≤ MAX_COST (one slip of the error model:
//     short names such as `Jon`, `Ana` lie within one edit of too many words to be judged);
//   - w is not c's plural (`the Burkes`, `the Kennedys`: a family, not a slip of `Burke`);
//   - c is among the corrector's few best candidates for w standing alone (spell/candidates.ts);
//   - the context agrees: the corpus has seen c next to the word before or after it, and c's context
//     bonus (spell/context-score.ts) is positive.
// Otherwise the word is taken for a real name and left alone. Both sides are measured in
// bench/RESULTS.md (names left alone in clean text, capitalised slips fixed).
import type { Model } from '../model.ts';
import { posterior, rankCandidates, type Budget, type ChannelOptions } from './candidates.ts';
import type { SpellContext } from './context.ts';
import { contextBonus, isObservedPair, NO_WORD } from './context-score.ts';
import { editCost } from './error-model.ts';
import { spellIndex } from './deletion-index.ts';

/** Shortest Capitalised unknown word the policy considers. */
const MIN_LENGTH = 4;
/** The largest edit cost between the word and a capitalised candidate: one arbitrary slip. */
const MAX_COST = 1;

/** The correction of lowercase `typed` (written Capitalised mid-sentence), best first with shares, or undefined. */
export function nameCorrection(
  typed: string,
  before: number,
  after: number,
  model: Model,
  context: SpellContext,
  options: ChannelOptions & { readonly candidates: number; readonly contextWeight: number },
  budget?: Budget,
): { words: string[]; confidences: number[] } | undefined {
  if (typed.length < MIN_LENGTH || (before === NO_WORD && after === NO_WORD)) return undefined;
  const index = spellIndex(model);
  const ranked = rankCandidates(typed, model, options, options.candidates, budget);
  const words: string[] = [];
  const scores: number[] = [];
  for (let k = 0; k < ranked.ids.length; k++) {
    const id = ranked.ids[k]!;
    const word = index.words[id];
    if (word === undefined || context.capitalised[id] !== 1 || editCost(typed, word, options.costs) > MAX_COST || isPluralOf(typed, word)) continue;
    const observed = (before !== NO_WORD && isObservedPair(context, before, id)) || (after !== NO_WORD && isObservedPair(context, id, after));
    const bonus = contextBonus(context, before, id, after);
    if (!observed || bonus <= 0) continue;
    words.push(word);
    scores.push(ranked.scores[k]! + options.contextWeight * bonus);
  }
  return words.length === 0 ? undefined : posterior(words, scores);
}

/** True when `typed` is `word` + s or es, as a family's name is written in the plural. */
function isPluralOf(typed: string, word: string): boolean {
  return typed === `${word}s` || typed === `${word}es`;
}
