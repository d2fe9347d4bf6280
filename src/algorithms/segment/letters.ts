// A letter model for the strings the vocabulary lacks: how name-like the letters of an unknown string are.
//
// Without it every letter of an unknown string costs the same ln B (segment/model.ts), so the search cannot
// tell where a name ends: `Cottyis` and `Cotty is`, `Beaverton` and `Beaver ton` differ only by a common word's
// price against two letters'. Most strings a vocabulary lacks are names, and names have their own letters
// (`...ton`, `...son`, `Mc...`; rarely `...yis`, `...lof`). So an unknown string s = c1..cL, read with a
// boundary # on each side, also costs
//   LETTERS * sum over its L + 1 letter pairs (a, b) of [-ln P(b | a) - H(a)],
// P(b | a) the add-½ smoothed share of b after a (b a letter or the closing #) over the census names of
// data/segment-extra.txt, and H(a) = sum over b of -P(b | a) ln P(b | a) its entropy: each term is 0 on
// average over the names, so the letter model moves strings against each other (name-like against not),
// and leaves the average unknown string at the price that K and B were tuned for. Characters other than
// a-z (an apostrophe inside a string) add nothing.
// The search prices an unknown string from any start in O(1) per start (segment/unknown-words.ts): the sum
// over the pairs inside s[i, j) is a difference of prefix sums over the run, so the part that depends
// on the start joins the start's cost and the rest is added once per end.
import type { SegmentExtra } from './extra.ts';

/** Symbols of the model: 0 the boundary #, 1..26 the letters a-z, 27 anything else (priced 0). */
export const LETTER_SYMBOLS = 28;
const OTHER = 27;
const LOWER_A = 97;
const LOWER_Z = 122;
const SMOOTHING = 0.5;

/** The model's symbol of a lowercase code. */
export function letterSymbol(code: number): number {
  return code >= LOWER_A && code <= LOWER_Z ? code - LOWER_A + 1 : OTHER;
}

/** [a * LETTER_SYMBOLS + b]: the centred, weighted cost of b after a (see the header); all 0 when `weight` is 0 or no names are listed. */
export function letterPairCosts(extra: SegmentExtra, weight: number): Float64Array {
  const costs = new Float64Array(LETTER_SYMBOLS * LETTER_SYMBOLS);
  if (weight === 0) return costs;
  const counts = new Float64Array(LETTER_SYMBOLS * LETTER_SYMBOLS);
  let names = 0;
  for (let entry = 0; entry < extra.ranks.length; entry++) {
    if (extra.ranks[entry] === 0) continue;
    names++;
    let before = 0;
    const start = extra.starts[entry]!;
    for (let at = start; at < start + extra.lengths[entry]!; at++) {
      const symbol = letterSymbol(extra.bytes[at]!);
      counts[before * LETTER_SYMBOLS + symbol]! += 1;
      before = symbol;
    }
    counts[before * LETTER_SYMBOLS]! += 1;
  }
  if (names === 0) return costs;
  // Rows a = # and the letters; b = the letters and the closing #.
  for (let a = 0; a < OTHER; a++) {
    let total = 0;
    for (let b = 0; b < OTHER; b++) total += counts[a * LETTER_SYMBOLS + b]! + SMOOTHING;
    let entropy = 0;
    for (let b = 0; b < OTHER; b++) {
      const p = (counts[a * LETTER_SYMBOLS + b]! + SMOOTHING) / total;
      entropy -= p * Math.log(p);
    }
    for (let b = 0; b < OTHER; b++) {
      const p = (counts[a * LETTER_SYMBOLS + b]! + SMOOTHING) / total;
      costs[a * LETTER_SYMBOLS + b] = weight * (-Math.log(p) - entropy);
    }
  }
  return costs;
}

/** [k]: the letter model's cost of the run's letter pairs (codes[m - 1], codes[m]) for 0 < m <= k. */
export function fillLetterPairs(codes: Int32Array, n: number, costs: Float64Array, before: Float64Array): void {
  before[0] = 0;
  for (let k = 1; k < n; k++) before[k] = before[k - 1]! + costs[letterSymbol(codes[k - 1]!) * LETTER_SYMBOLS + letterSymbol(codes[k]!)]!;
}
