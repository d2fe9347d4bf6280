// What the context model of spell/context.ts says about a candidate: ln P(w | v) from its tables, and the
// candidate's bonus.
//
// For a candidate c between the words v (before) and x (after), the corrector adds to its isolated score
// ln P(c) - λ · cost(w, c) the log likelihood ratio of its neighbours against the unigram:
//   bonus(c) = [ln P(c | v) - ln P(c)] + [ln P(x | c) - ln P(x)]
// so that with no context (or no counts) the ranking is the isolated one: the noisy channel
// P(c | v) · P(x | c) · P(w | c) / P(c) up to factors the same for every candidate.
// A spelling-only candidate (model.ts: a curated dictionary's word no corpus counted) has no pairs and no id
// in the tables. It is read as a count-1 word never seen after v: P(c | v) = alpha(v) · P(c) · L(v, k(c)),
// capped at (1 - D) / c(v) like any unseen pair, and P(x | c) = P(x), so
//   bonus(c) = min(ln alpha(v) + ln L(v, k(c)), ln((1 - D) / c(v)) - ln P(c))
// which is what a counted word of the same class that v was never seen with would get.
// When ranking a misspelled word's candidates (spell/spell.ts rerank), a pair big.txt never saw but WordNet's glosses
// have (spell/gloss-pairs.ts) counts as β of a once-seen pair: P(w | v) = β (1 - D) / c(v) + backoff (β = ½ chosen
// on the dev sentence sets, bench/RESULTS.md); the score floors are judged without them.
// When ranking, too, a candidate that big.txt never saw before any word (no pairs as a context: a word that other
// corpora count, or a spelling-only one) gets ν for the word after instead of 0: ln P(x | c) - ln P(x) of an
// unseen pair is below 0 for every counted context (the cap and the backoff price it so), and the 0 of "no evidence"
// let a rare word no corpus pairs (`aces`, `weals`) outrank a common one whose pair with x big.txt happened to miss
// (`access will`). ν = -1 was chosen on the dev sentence sets (-0.5 and -1 tie there, -2 and -3 lose a dev fix);
// the floors are judged without it (bench/RESULTS.md, spellctx4).
// When ranking, lastly, what the word after says is shrunk towards "no evidence" for a candidate big.txt saw rarely:
// a context seen n times gives its followers ratios r = P(x | c) / P(x) that one or two pairs decide (`wears down`: one
// WordNet gloss pair makes ln r = 3.45 for a word big.txt has 4 times before another word, while `was down`, after
// 11,193 `was`, is read at its real, lower rate, ln r = -1.91: `Pete weas down` went to `wears`). With m pseudo-counts
// of the unigram, P'(x | c) = (n P(x | c) + m P(x)) / (n + m), so
//   ln r' = ln[(n r + m) / (n + m)]
// which leaves a frequent candidate's ratio as it was and pulls a rare one's towards 0 (Dirichlet smoothing of the
// candidate's followers): with m = 100, `wears down` 3.45 -> 0.78, `was down` -1.91 -> -1.86, `easier for` (n = 23)
// 3.41 -> 1.87, `earlier for` (n = 24) -0.84 -> -0.12. Only the word after: the word before is the one the text
// has, usually frequent, and shrinking that side too added a dev false alarm. Every m from 30 to 300 gains on the dev
// sentence sets with no false alarm added; 70 and 100 gain most (m = 100, option afterPseudoCount); the held-out
// sentences agreed. The floors are judged without it (bench/RESULTS.md, spellctx5).
import { RUN_START } from '../segment/bigrams.ts';
import { pairCostOf } from '../segment/pairs.ts';
import { CLASSES, UNKEPT_COUNT, type SpellContext } from './context.ts';
import { isGlossPair } from './gloss-pairs.ts';
import { entryOf } from '../sorted-ids.ts';

/**
 * ln P(w | v) for word ids (v may be `startId`). With `glossShare` β > 0, a pair big.txt never saw that WordNet's
 * glosses have (spell/gloss-pairs.ts) is read as β of a once-seen pair: ln(β (1 - D) / c(v) + backoff).
 */
export function logPairProbability(context: SpellContext, v: number, w: number, glossShare = 0): number {
  if (context.hasPairs[v] === 0) return context.logUnigram[w]!;
  const cost = pairCostOf(context.pairs, v, w);
  if (!Number.isNaN(cost)) return -cost;
  return unseenOrOnce(context, v, w, context.logBackoff[v]! + context.logUnigram[w]! + context.lift[context.contextSlot[v]! * CLASSES + context.classOf[w]!]!, glossShare);
}

/** ln P(w | v) for a pair data/bigrams.txt lacks: (1 - D) / c(v) plus the backoff if seen once, else the capped backoff. */
function unseenOrOnce(context: SpellContext, v: number, w: number, logBackedOff: number, glossShare = 0): number {
  let share: number;
  if (isSeenOnce(context, v, w)) share = context.logOnceShare[v]!;
  else if (glossShare > 0 && isGlossPair(context.glossPairs, v, w)) share = context.logOnceShare[v]! + Math.log(glossShare);
  else return Math.min(logBackedOff, context.logUnkeptCap[v]!);
  return Math.max(share, logBackedOff) + Math.log1p(Math.exp(-Math.abs(share - logBackedOff)));
}

/** ln P(w | v) without the class lift on the backoff (for weighing known words against each other). */
export function logPairProbabilityUnlifted(context: SpellContext, v: number, w: number): number {
  if (context.hasPairs[v] === 0) return context.logUnigram[w]!;
  const cost = pairCostOf(context.pairs, v, w);
  if (!Number.isNaN(cost)) return -cost;
  return unseenOrOnce(context, v, w, context.logBackoff[v]! + context.logUnigram[w]!);
}

/** True when data/bigrams-once.txt lists (v, w): v's followers are ascending. */
function isSeenOnce(context: SpellContext, v: number, w: number): boolean {
  return entryOf(context.onceIds, context.onceFrom[v]!, context.onceTo[v]!, w) >= 0;
}

/** True when the corpus saw the pair (v, w): data/bigrams.txt keeps it, or data/bigrams-once.txt lists it. */
export function isObservedPair(context: SpellContext, v: number, w: number): boolean {
  return context.hasPairs[v] === 1 && (!Number.isNaN(pairCostOf(context.pairs, v, w)) || isSeenOnce(context, v, w));
}

/** No neighbour: `before`/`after` take this when the context gives no evidence. */
export const NO_WORD = -1;

/**
 * The log likelihood ratio of candidate `c`'s neighbours against the unigram (see the header):
 * [ln P(c | before) - ln P(c)] + [ln P(after | c) - ln P(after)]; a side that is NO_WORD adds 0.
 * `glossShare` β > 0 reads the pairs only WordNet's glosses have (logPairProbability); `unpairedAfter` ν is what
 * the word after adds for a candidate big.txt never saw before any word (0: nothing, as no evidence); `afterPseudoCount`
 * m > 0 shrinks the word after's ratio for a rarely seen candidate (shrunkLogRatio).
 */
export function contextBonus(context: SpellContext, before: number, c: number, after: number, glossShare = 0, unpairedAfter = 0, afterPseudoCount = 0): number {
  const right = after === NO_WORD ? 0 : unpairedAfter;
  if (c >= context.logUnigram.length) return spellingOnlyBonus(context, before, c) + right;
  let bonus = 0;
  if (before !== NO_WORD) bonus += logPairProbability(context, before, c, glossShare) - context.logUnigram[c]!;
  if (after !== NO_WORD) bonus += context.hasPairs[c] === 0 ? right : shrunkLogRatio(context, c, logPairProbability(context, c, after, glossShare) - context.logUnigram[after]!, afterPseudoCount);
  return bonus;
}

/**
 * ln r' = ln[(n r + m) / (n + m)] for the log ratio ln r = ln P(x | c) - ln P(x) of context c, seen n times in big.txt
 * (n = (1 - D) / e^logOnceShare): the ratio shrunk towards 1 by m pseudo-counts of the unigram (see the header).
 */
export function shrunkLogRatio(context: SpellContext, c: number, logRatio: number, m: number): number {
  if (m <= 0) return logRatio;
  const n = UNKEPT_COUNT / Math.exp(context.logOnceShare[c]!);
  return Math.log((n * Math.exp(logRatio) + m) / (n + m));
}

/** The bonus of spelling-only candidate `c` from the word before (see the header): the backoff's, capped. */
function spellingOnlyBonus(context: SpellContext, before: number, c: number): number {
  if (before === NO_WORD || context.hasPairs[before] === 0) return 0;
  const lifted = context.logBackoff[before]! + context.lift[context.contextSlot[before]! * CLASSES + context.classOf[c]!]!;
  return Math.min(lifted, context.logUnkeptCap[before]! - context.logSpellingOnlyUnigram);
}

/** The id of a neighbouring word (lowercase), `startId` for `<s>`, NO_WORD when the model does not know it. */
export function neighbourId(context: SpellContext, word: string): number {
  if (word === RUN_START) return context.startId;
  return context.idOf.get(word) ?? NO_WORD;
}
