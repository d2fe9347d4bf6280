// The search's beam: positions of a run that no competitive split starts a word at, skipped before their trie walk
// is priced.
//
// The search (segment/viterbi.ts) reaches nearly every position of a run, since an unknown string may end anywhere,
// and from each it prices every known word that starts there against every context: most of its time. Most of those
// positions lie inside a word of the best split (`bea|utiful`), where the cheapest path costs far more than the path
// that a word reaching over the position already found a little further on. When the search reaches j, the states at
// p > j hold the cheapest paths found so far (words that started before j: upper bounds of the final costs). If some
// p with p − j ≥ MIN_LEAD has, cost(j) being the cheapest path that goes on from j (bestAt[j], or that of a prefix
// pending at j, segment/derived.ts: `dis` of `discountess`),
//     bestAt[p] < cost(j) − BEAM + SLOPE · (p − j),
// a path that starts a word at j would have to make up more than BEAM nats on the letters j..p, less SLOPE a letter
// (about half what the model's best splits pay a letter), against a path that already covers them; j's words are not
// priced. BEAM = 6 nats is less than one rare word; SLOPE = 1 nat a letter. Both were chosen on the dev sets (Brown and
// the spelling dev fortunes, unspaced and mixed: 2 outputs of 6,000 changed, both closer to the reference), then
// checked on the held-out sets (no output of their 6,000 inputs changed) and on 6,849 sentences of Debian changelogs
// and licences never used before (5 outputs of 13,698 changed, word F1 85.94 -> 85.95%; bench/RESULTS.md,
// textops-space/13). p = j + 1 is never the witness: a cheap word one letter longer than j's (`ob` over
// `o|beautiful`) says nothing about whether j starts the next word (most of the dev sets' losses at narrower beams
// came from there). Unknown strings still start and end at every position, so every run still has a split.
// The beam makes the search inexact: a random run of rare words and letters can get a split a few nats dearer than
// the cheapest (7 of 4,000 runs of test/property/viterbi.property.test.ts's kind, by up to 8.5 nats; that test checks
// the search with the beam off, where it is exact; test/property/beam.property.test.ts checks the beam's). It skips
// about 43% of the positions of English text: the segmenter runs about 1.12–1.15 times as fast, 1.2 times with the
// walks taken only from the positions not skipped (segment/walks.ts).

/** The nearest position whose path may show j dominated: p = j + 1 never does (see the header). */
export const MIN_LEAD = 2;

/** How far ahead the beam looks: further positions are rarely cheaper (on the dev sets 24 skips no more positions, 8 skips 0.4% fewer). */
export const LOOK_AHEAD = 12;

/**
 * True when a position p in [j + MIN_LEAD, j + LOOK_AHEAD] (and ≤ n) was reached more cheaply than cost − width +
 * slope · (p − j), `cost` the cheapest path that goes on from j (bestAt[j], or a pending prefix's if cheaper): no
 * competitive split starts a word at j (see the header). width = Infinity: never.
 */
export function dominatedAhead(cost: number, bestAt: Float64Array, j: number, n: number, width: number, slope: number): boolean {
  const limit = cost - width - slope * j;
  const last = Math.min(n, j + LOOK_AHEAD);
  for (let p = j + MIN_LEAD; p <= last; p++) if (bestAt[p]! - slope * p < limit) return true;
  return false;
}
