// The end of the Viterbi search (segment/viterbi.ts): the cheapest path through a finished lattice, read back as offsets.
//
// Every word paid for going on, -ln (1 - P(end | w)), when it was added. Before a space that stands, so it
// is; before punctuation the last word pays -ln P(end | w) instead (segment/model.ts: endAdjust is the
// difference), so the cheapest state at the run's end is chosen once that is added. A run written before a
// number may instead leave its last one or two letters on it (`mp3`).
import type { SegmentModel } from './model.ts';
import { APOSTROPHE } from './cues.ts';
import { NAME_CONTEXT, NO_CONTEXT, NUMBER_SUFFIX, OPENING_QUOTE, type States } from './states.ts';

/** Where spaces go in a letter run, and whether its first letters stay on the number before it (`9th`, `4k`) or its last ones on the number after it (`mp3`). */
export interface RunSplit {
  readonly offsets: number[];
  readonly suffixKept: boolean;
  readonly prefixKept: boolean;
  /** The word id of the run's last word, or -1 when it is no model word (unknown, supplementary, a clitic). */
  readonly lastWord: number;
  /** The search's lattice, which the second pass reads the path's words from (segment/spelled.ts); valid only until the next run is searched, as the next search reuses it (segment/states.ts). */
  readonly lattice?: States;
}

/** The cost of ending the run at state `s`: its own, plus what ending costs more than going on before punctuation. */
function finalCost(states: States, s: number, model: SegmentModel, endsRun: boolean): number {
  const word = states.word[s]!;
  if (!endsRun) return states.cost[s]!;
  return states.cost[s]! + (word >= 0 ? model.endAdjust[word]! : word === NO_CONTEXT || word === NAME_CONTEXT ? model.endAdjust[model.startId]! : 0);
}

/** The state at the run's end n that is cheapest once the end is priced (see the header). */
function lastState(states: States, n: number, model: SegmentModel, endsRun: boolean): number {
  if (!endsRun) return states.bestState[n]!;
  let best = -1;
  let cheapest = Infinity;
  for (let s = states.head[n]!; s >= 0; s = states.next[s]!) {
    const cost = finalCost(states, s, model, true);
    if (cost < cheapest) {
      cheapest = cost;
      best = s;
    }
  }
  return best;
}

/** The best path through the finished lattice, as offsets. A run before a number may leave its last one or two letters on it (`mp3`): then the path ends at the state before them. */
export function splitOf(states: States, n: number, start: number, model: SegmentModel, endsRun: boolean, beforeDigits: boolean): RunSplit {
  const { codes } = states;
  const offsets: number[] = [];
  let last = lastState(states, n, model, endsRun);
  let prefixKept = false;
  if (beforeDigits) {
    let cheapest = finalCost(states, last, model, endsRun);
    for (let k = 1; k <= Math.min(2, n); k++) {
      const at = n - k;
      if (codes[at] === APOSTROPHE || (at > 0 && codes[at - 1] === APOSTROPHE)) continue;
      const cost = states.bestAt[at]! + model.numberLettersCost;
      if (cost < cheapest) {
        cheapest = cost;
        last = states.bestState[at]!;
        prefixKept = true;
      }
    }
    if (prefixKept && states.position[last]! > 0) offsets.push(start + states.position[last]!);
  }
  let first = last;
  for (let s = states.back[first]!; s > 0; s = states.back[s]!) {
    if (states.word[s] !== OPENING_QUOTE) offsets.push(start + states.position[s]!);
    first = s;
  }
  const lastWord = prefixKept || states.word[last] === model.startId ? -1 : Math.max(states.word[last]!, -1);
  return { offsets: offsets.reverse(), suffixKept: states.word[first] === NUMBER_SUFFIX, prefixKept, lastWord, lattice: states };
}
