// Real-word errors: a known word typed for another known word (`their` for `there`, `then` for `than`).
//
// No dictionary lookup can see these; only the neighbours can. For a typed word w of a confusion set
// S, with v the word before and x the word after (spell/context.ts), each member s is scored by
//   f(s) = ln P(s | v) + ln P(x | s)      (spell/context.ts, without the class lift: the members of a set
//                                          often share a class, and the lift measured worse here)
// and the best other member c replaces w only when
//   f(c) - f(w) > T     and the pair (v, c) or (c, x) was observed in the corpus,
// i.e. when the neighbours make c e^T times likelier than what was typed, on real evidence rather
// than on the backoff alone. T is the log prior odds against a known word being a slip: a false alarm
// on correct text costs a user more than a missed fix, so T is set for precision on the clean dev text
// (bench/RESULTS.md). A side with no neighbour (an unknown word) contributes nothing, and a word with no
// neighbour on either side is left alone. Punctuation after the word (`read too.`) is a neighbour of its own
// when the run-end counts are loaded: ln P(end | s) of spell/run-ends.ts stands for ln P(x | s) there. The
// posterior over the set, with the typed word given the prior weight e^T, gives the change's confidence and
// alternatives (the typed word among them).
import { posterior } from './candidates.ts';
import type { SpellContext } from './context.ts';
import { isObservedPair, logPairProbabilityUnlifted, NO_WORD } from './context-score.ts';

/** The classic confusion sets (homophones and near-homophones), plus pairs measured to help. */
export const CONFUSION_SETS: readonly (readonly string[])[] = [
  ['their', 'there', "they're"],
  ['then', 'than'],
  ['its', "it's"],
  ['your', "you're"],
  ['to', 'too'],
  ['lose', 'loose'],
  ['affect', 'effect'],
  ['accept', 'except'],
  ['weather', 'whether'],
  ['quiet', 'quite'],
  ['advice', 'advise'],
  ['principal', 'principle'],
  ['whose', "who's"],
  ['were', 'where'],
  ['passed', 'past'],
  ['peace', 'piece'],
  ['desert', 'dessert'],
  ['breath', 'breathe'],
  ['lead', 'led'],
  ['of', 'off'],
  ['brake', 'break'],
  ['hear', 'here'],
  ['know', 'now'],
  ['week', 'weak'],
  ['threw', 'through'],
];

const setOf = new Map<string, readonly string[]>();
for (const set of CONFUSION_SETS) for (const word of set) setOf.set(word, set);

/** The confusion set a word belongs to, if any. */
export function confusionSetOf(word: string): readonly string[] | undefined {
  return setOf.get(word);
}

/** A decided real-word fix: the set's words best first (the replacement first) with posterior shares. */
export interface RealWordFix {
  readonly words: string[];
  readonly confidences: number[];
}

/**
 * The fix for known lowercase `typed` between neighbour ids `before` and `after`, or undefined to leave it;
 * `endsRun`: the word ends its run (punctuation or the text's end follows), scored by the run-end counts.
 */
export function realWordCorrection(typed: string, before: number, after: number, context: SpellContext, threshold: number, endsRun = false): RealWordFix | undefined {
  const set = setOf.get(typed);
  if (set === undefined || !Number.isFinite(threshold) || (before === NO_WORD && after === NO_WORD)) return undefined;
  const typedId = context.idOf.get(typed);
  if (typedId === undefined) return undefined;
  const runEnds = endsRun && after === NO_WORD ? context.runEnds : undefined;
  const fit = (id: number, word: string): number =>
    (before === NO_WORD ? context.logUnigram[id]! : logPairProbabilityUnlifted(context, before, id)) +
    (after === NO_WORD ? (runEnds?.get(word) ?? 0) : logPairProbabilityUnlifted(context, id, after));
  const typedFit = fit(typedId, typed);
  const words: string[] = [typed];
  const scores: number[] = [typedFit + threshold];
  let best = '';
  let bestMargin = -Infinity;
  for (const word of set) {
    const id = context.idOf.get(word);
    if (word === typed || id === undefined) continue;
    const score = fit(id, word);
    words.push(word);
    scores.push(score);
    const observed = (before !== NO_WORD && isObservedPair(context, before, id)) || (after !== NO_WORD && isObservedPair(context, id, after));
    if (observed && score - typedFit > bestMargin) {
      best = word;
      bestMargin = score - typedFit;
    }
  }
  if (bestMargin <= threshold) return undefined;
  const ranked = posterior(words, scores);
  return ranked.words[0] === best ? ranked : undefined;
}
