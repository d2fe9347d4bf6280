// The candidate prior, smoothed: candidates are ranked by ln(count(c) + k) rather than ln count(c).
//
// data/wordfreq.txt gives every word a count per 10⁹ running words, and the Hunspell words no corpus saw
// count 1. Read as raw maximum-likelihood rates, those priors span 17 nats, so a dictionary word no corpus
// happened to contain (`initialise`, `abseiling`) loses to a frequent word at a slightly higher edit cost,
// although corpora of ~55 M words cannot tell a rate of 1 per 10⁹ from one of 500. Adding a pseudo-count k
// to every count (Lidstone smoothing) floors the rarest priors near ln k and leaves common words as they
// were (ln(count + k) ≈ ln count once count ≫ k). The order of the words by prior is unchanged, so the
// candidate search may still stop at the first word too rare to make its list.
//
// The smoothing decides which candidate is likeliest, not how sure the corrector is that the word is a slip
// at all: the gates of spell/spell.ts (the score floor, the lexicon's θ) compare the best score against
// fixed bars measured on raw counts. So the ranked scores are shifted, all by one constant (which changes
// neither their order nor their softmax shares), to put the best candidate back at its raw-count score.
// Unshifted, k = 500 added two false alarms in the dev sentences (`rumdum` → `dumdum`); shifted, none.
// k = 500 (0.5 per million words) was chosen on the dev sets (Norvig's list and the codespell tuning set of
// bench/spell-sets.ts), and the held-out sets agreed (bench/RESULTS.md).
//
// A spelling-only word (model.ts: a curated dictionary's word no corpus counted, such as the inflection
// `initialises` of the counted `initialise`) is ranked below every counted word: its smoothed prior is
// ln(s · k) with s = SPELLING_ONLY_SHARE < 1, against ln(1 + k) for the rarest counted word. It wins where
// it is the cheaper edit by more than ln((1 + k) / (s · k)) / λ ≈ 0.17 of a unit (s = 1/4, k = 500, λ = 8).
import type { SpellIndex } from './deletion-index.ts';

/** s: a spelling-only word's smoothed prior as a share of the pseudo-count (chosen on the dev sets: 1, ½, ¼, ⅒, 1/20). */
export const SPELLING_ONLY_SHARE = 0.25;

const tables = new WeakMap<SpellIndex, { pseudoCount: number; logPriors: Float64Array }>();

/** ln(count + pseudoCount) by word id: the index's log counts when pseudoCount is 0, else built once and cached. */
export function smoothedLogCounts(index: SpellIndex, pseudoCount: number): Float64Array {
  if (pseudoCount === 0) return index.logCounts;
  const cached = tables.get(index);
  if (cached !== undefined && cached.pseudoCount === pseudoCount) return cached.logPriors;
  const spellingOnly = Math.log(SPELLING_ONLY_SHARE * pseudoCount);
  const logPriors = index.logCounts.map((logCount, id) => (id < index.modelWords ? Math.log(Math.exp(logCount) + pseudoCount) : spellingOnly));
  tables.set(index, { pseudoCount, logPriors });
  return logPriors;
}

/** Shifts scores ranked by `smoothed` priors so that the best one carries its `raw` prior instead. */
export function anchorScores(ranked: { readonly ids: readonly number[]; readonly scores: number[] }, raw: Float64Array, smoothed: Float64Array): void {
  const best = ranked.ids[0];
  if (best === undefined || raw === smoothed) return;
  const shift = raw[best]! - smoothed[best]!;
  for (let k = 0; k < ranked.scores.length; k++) ranked.scores[k] = ranked.scores[k]! + shift;
}
