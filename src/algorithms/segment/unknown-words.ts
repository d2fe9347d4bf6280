// The unknown strings of the Viterbi search (segment/viterbi.ts): at each position j, the cheapest unknown string
// ending there, from any start. An unknown word has no context, so it is priced from the cheapest state at its start;
// strings of up to UNKNOWN_WINDOW letters by their length's cost, longer ones by the geometric tail, which is linear
// in the length, so that the cheapest start of any longer length is one running minimum (segment/model.ts). Every
// string also pays its letter pairs under the letter model of names (segment/letters.ts), read from a prefix sum, so
// a string's letters cost two reads whatever its length.
import { APOSTROPHE } from './cues.ts';
import type { SegmentModel } from './model.ts';
import { addState, NAME_CONTEXT, NO_CONTEXT, type States } from './states.ts';
import { LETTER_SYMBOLS, letterSymbol } from './letters.ts';

/**
 * What an unknown string starting at j costs before its length and its end's cues are known: the cheapest
 * path to j, less the name bonus when a capitalized word starts there, less the case steps up to its first
 * letter (so that the count at its end leaves those inside it), plus its first letter's letter-model cost less the
 * letter pairs before it (the string's end adds those up to its last letter). Nothing starts at an apostrophe.
 */
export function unknownStartCostAt(states: States, j: number, model: SegmentModel, sentenceInitial: boolean): number {
  if (states.codes[j] === APOSTROPHE) return Infinity;
  const nameBonus = states.capitalized[j] === 1 ? (j === 0 && sentenceInitial ? model.sentenceNameBonus : model.nameBonus) : 0;
  const letters = model.letterCosts[letterSymbol(states.codes[j]!)]! - states.letterPairsBefore[j]!;
  return states.bestAt[j]! - nameBonus + letters - model.casePenalty * states.caseStepsBefore[j + 1]!;
}

/**
 * The start of the cheapest unknown string longer than the window seen so far. Such a string costs
 * unknownTailBase + unknownSlope * length plus its case cues, so for strings ending at j the start i that
 * minimises unknownStartCost[i] - CASE * acronymEndsBefore[i + 2] - unknownSlope * i (the `key`) is the
 * cheapest whatever j is: one running minimum, updated as each start leaves the window, prices every length.
 */
export interface LongUnknownStart {
  key: number;
  start: number;
}

/** Adds the cheapest unknown string ending at j (any start, priced from the cheapest state there: an unknown word has no context). */
export function addUnknownWordEndingAt(states: States, j: number, model: SegmentModel, longStart: LongUnknownStart): void {
  const { unknownStartCost, acronymEndsBefore } = states;
  const { unknownCost, casePenalty, unknownSlope } = model;
  let cheapest = Infinity;
  let from = -1;
  // Strings of up to UNKNOWN_WINDOW letters, priced by their length.
  const lowest = Math.max(0, j - unknownCost.length + 1);
  // acronymEndsBefore never decreases: when it is the same at j as just after the window's first start, no string in the window holds one.
  const acronymEndInWindow = acronymEndsBefore[j] !== acronymEndsBefore[Math.min(lowest + 2, j)];
  if (acronymEndInWindow) {
    for (let i = j - 1; i >= lowest; i--) {
      const cost = unknownStartCost[i]! + unknownCost[j - i]! + casePenalty * Math.max(0, acronymEndsBefore[j]! - acronymEndsBefore[i + 2]!);
      if (cost < cheapest) {
        cheapest = cost;
        from = i;
      }
    }
  } else if (lowest === j - 8) {
    // The full window of UNKNOWN_WINDOW (8) starts, written out: the same sums compared in the same order as the loop
    // below, without its per-start overhead (this runs at every position of every run).
    const start = unknownStartCost;
    const cost = unknownCost;
    let sum = start[j - 1]! + cost[1]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 1;
    }
    sum = start[j - 2]! + cost[2]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 2;
    }
    sum = start[j - 3]! + cost[3]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 3;
    }
    sum = start[j - 4]! + cost[4]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 4;
    }
    sum = start[j - 5]! + cost[5]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 5;
    }
    sum = start[j - 6]! + cost[6]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 6;
    }
    sum = start[j - 7]! + cost[7]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 7;
    }
    sum = start[j - 8]! + cost[8]!;
    if (sum < cheapest) {
      cheapest = sum;
      from = j - 8;
    }
  } else {
    for (let i = j - 1; i >= lowest; i--) {
      const cost = unknownStartCost[i]! + unknownCost[j - i]!;
      if (cost < cheapest) {
        cheapest = cost;
        from = i;
      }
    }
  }
  // Longer strings: the start that has just left the window joins the running minimum (LongUnknownStart).
  const newest = j - unknownCost.length;
  if (newest >= 0) {
    const key = unknownStartCost[newest]! - casePenalty * acronymEndsBefore[newest + 2]! - unknownSlope * newest;
    if (key < longStart.key) {
      longStart.key = key;
      longStart.start = newest;
    }
    const cost = longStart.key + casePenalty * acronymEndsBefore[j]! + model.unknownTailBase + unknownSlope * j;
    if (cost < cheapest) {
      cheapest = cost;
      from = longStart.start;
    }
  }
  // The letter pairs up to j's and the closing boundary's (segment/letters.ts): the same for every start.
  const letters = states.letterPairsBefore[j - 1]! + model.letterCosts[letterSymbol(states.codes[j - 1]!) * LETTER_SYMBOLS]!;
  // A capitalized string is taken for a name: the word after it takes the context <name>.
  if (from >= 0) addState(states, j, states.capitalized[from] === 1 ? NAME_CONTEXT : NO_CONTEXT, cheapest + letters + casePenalty * states.caseStepsBefore[j]! + model.goOnCost[model.startId]!, states.bestState[from]!);
}
