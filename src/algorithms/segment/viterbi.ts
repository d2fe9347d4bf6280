// Viterbi over the positions of one letter run: the cheapest sequence of words that spells it.
//
// A state is (position j, last word w): the cheapest split of run[0, j) whose last word is w, which is
// exactly what a bigram model needs to price the next word (full first-order Viterbi, not a greedy one
// path per position). The search runs forward, so the states at j are final when j is reached, and
// only then does j start words: known and supplementary words by one walk of the trie that holds both
// (segment/trie.ts; the window is thus capped by the longest word), a known word priced from every state
// at j, a supplementary one from the cheapest backed-off state at j; and unknown
// strings of up to UNKNOWN_WINDOW letters ending at j, priced from the cheapest state at their start
// (an unknown word has no context); longer unknown strings cost linearly in their length, so the cheapest
// start of any length is a running minimum (segment/model.ts).
// A path that ends at an apostrophe is a stem, which goes on as stem + clitic (`'s`, `'ll`, `n't`), as a
// plural possessive (`s'`), or with the apostrophe as a closing or an opening single quote (`'no'`), at
// a higher cost; the stem may be known or not (segment/cues.ts reads the apostrophes and the case cues).
// Work per character is bounded by the trie depth times the few states per position, plus the unknown
// window: linear time, no recursion.
import { childOf, EXTRA_ENDS, EXTRA_SLOT, NODE_SIZE, symbolOf, WORD_ENDS, WORD_SLOT } from './trie.ts';
import type { SegmentModel } from './model.ts';
import { APOSTROPHE, fillCaseCues, CLITIC, cliticAt, CLOSING, foldedCode, LOWER_S, OPENING, rolesOfApostrophes } from './cues.ts';
import { createStates, addState, type States } from './states.ts';
import { EMPTY, MAX_PAIR_IDS, slotOf } from './pairs.ts';

const NO_CONTEXT = -1;
/** The word id of a number's suffix (`th` of `9th`) taken as the run's first word. */
const NUMBER_SUFFIX = -2;
/** -ln of the chance that letters which can end a number (`9th`) do: high, but the run may disagree. */
const NUMBER_SUFFIX_COST = 1;
/** The word id of an apostrophe used as an opening single quote: it sticks to the word after it. */
const OPENING_QUOTE = -3;
/** More distinct last words than this at one position are not used as contexts (never reached in text). */
const MAX_CONTEXTS = 64;
const contextState = new Int32Array(MAX_CONTEXTS);
const contextWord = new Int32Array(MAX_CONTEXTS);
const contextCost = new Float64Array(MAX_CONTEXTS);
const contextBackoff = new Float64Array(MAX_CONTEXTS);

// Helpers of boundariesOfRun, kept out of it because it is hot: a smaller function keeps its pair lookups inlined.

/** The run's start, and the states of letters kept on the number before it (`9th`, `4k`). */
function seedStates(states: States, n: number, model: SegmentModel, suffix: number, afterDigits: boolean, previousWord: number): void {
  addState(states, 0, previousWord >= 0 ? previousWord : model.startId, 0, -1);
  if (suffix > 0 && suffix < n) addState(states, suffix, NUMBER_SUFFIX, NUMBER_SUFFIX_COST, 0);
  if (afterDigits) for (let k = 1; k <= Math.min(2, n); k++) if (states.codes[k - 1] !== APOSTROPHE) addState(states, k, NUMBER_SUFFIX, model.numberLettersCost, 0);
}

/** What the stem ending at the apostrophe at j goes on as: stem + clitic, a plural possessive, or a closing or an opening quote. */
function apostropheStates(states: States, j: number, n: number, model: SegmentModel): void {
  const { codes, roles } = states;
  const unknownGoOn = model.goOnCost[model.startId];
  const stem = states.bestState[j];
  const stemStart = states.back[stem];
  const role = roles[j];
  const clitic = role === CLITIC ? cliticAt(codes, n, j + 1, codes[j - 1]) : 0;
  if (clitic > 0) addState(states, j + 1 + clitic, NO_CONTEXT, states.bestAt[j] + model.cliticCost + unknownGoOn, stemStart);
  if (codes[j - 1] === LOWER_S && role !== CLOSING) addState(states, j + 1, NO_CONTEXT, states.bestAt[j] + model.cliticCost + unknownGoOn, stemStart);
  if (role === CLOSING) addState(states, j + 1, NO_CONTEXT, states.bestAt[j] + model.quoteCost + unknownGoOn, stemStart);
  if (role === OPENING) addState(states, j + 1, OPENING_QUOTE, states.bestAt[j] + model.quoteCost, stem);
}

/** The cost of ending the run at state `s`: its own, plus what ending costs more than going on before punctuation. */
function finalCost(states: States, s: number, model: SegmentModel, endsRun: boolean): number {
  const word = states.word[s];
  if (!endsRun) return states.cost[s];
  return states.cost[s] + (word >= 0 ? model.endAdjust[word] : word === NO_CONTEXT ? model.endAdjust[model.startId] : 0);
}

/**
 * The state at the run's end n that is cheapest once the end is priced. Every word has paid for going on,
 * -ln (1 - P(end | w)), when it was added; before a space that stands, and before punctuation the last word
 * pays -ln P(end | w) instead (endAdjust = the difference).
 */
function lastState(states: States, n: number, model: SegmentModel, endsRun: boolean): number {
  if (!endsRun) return states.bestState[n];
  let best = -1;
  let cheapest = Infinity;
  for (let s = states.head[n]; s >= 0; s = states.next[s]) {
    const cost = finalCost(states, s, model, true);
    if (cost < cheapest) {
      cheapest = cost;
      best = s;
    }
  }
  return best;
}

/** Where spaces go in a letter run, and whether its first letters stay on the number before it (`9th`, `4k`) or its last ones on the number after it (`mp3`). */
export interface RunSplit {
  readonly offsets: number[];
  readonly suffixKept: boolean;
  readonly prefixKept: boolean;
  /** The word id of the run's last word, or -1 when it is no model word (unknown, supplementary, a clitic). */
  readonly lastWord: number;
}

/** What surrounds a letter run. */
export interface RunContext {
  /** > 0: the run's first `suffix` letters may end the number written before it (`9th`, `1990s`). */
  readonly suffix?: number;
  /** A number is written right before the run: one or two letters may stay on it as a unit (`4k`, `5g`). */
  readonly afterDigits?: boolean;
  /** A number is written right after the run: one or two letters may stay on it (`mp3`, `v2`, `ps5`). */
  readonly beforeDigits?: boolean;
  /** The run starts a sentence, where a capital says nothing of names. */
  readonly sentenceInitial?: boolean;
  /** Punctuation, a number or the text's end follows (not a space): the run ends there. */
  readonly endsRun?: boolean;
  /** The word id of the word written before the run with only a space between (mixed input): the first word's context. */
  readonly previousWord?: number;
}

/** The offsets inside text[start, end) (a letter run) where a space should go, in increasing order. */
export function boundariesOfRun(text: string, start: number, end: number, model: SegmentModel, context: RunContext = {}): RunSplit {
  const { suffix = 0, afterDigits = false, beforeDigits = false, sentenceInitial = false, endsRun = true, previousWord = -1 } = context;
  const n = end - start;
  if (suffix > 0 && suffix >= n) return { offsets: [], suffixKept: true, prefixKept: false, lastWord: -1 };
  const states: States = createStates(n);
  const { codes, steps, caps, capitalized, roles, startCost } = states;
  for (let k = 0; k < n; k++) codes[k] = foldedCode(text, start + k);
  fillCaseCues(text, start, n, steps, caps, capitalized);
  rolesOfApostrophes(codes, n, roles);
  const { trie, wordCost, backoffCost, pairs, hasPairs, isFollower, casePenalty, unknownCost, nameBonus, sentenceNameBonus, nameCost, extraWordCost } = model;
  const unknownGoOn = model.goOnCost[model.startId];
  const { mask: pairMask, slots: pairSlots } = pairs;
  const { unknownTailBase, unknownSlope } = model;
  let tailKey = Infinity;
  let tailFrom = -1;
  const trieNodes = trie.nodes;
  seedStates(states, n, model, suffix, afterDigits, previousWord);

  for (let j = 0; j <= n; j++) {
    if (j > 0 && codes[j - 1] !== APOSTROPHE) {
      let cheapest = Infinity;
      let from = -1;
      const lowest = Math.max(0, j - unknownCost.length + 1);
      const capsInWindow = caps[j] !== caps[Math.min(lowest + 2, j)];
      for (let i = j - 1; i >= lowest; i--) {
        let cost = startCost[i] + unknownCost[j - i];
        if (capsInWindow) cost += casePenalty * Math.max(0, caps[j] - caps[i + 2]);
        if (cost < cheapest) {
          cheapest = cost;
          from = i;
        }
      }
      // Longer unknown strings: their cost is linear in the length, so the cheapest start is a running minimum.
      const newest = j - unknownCost.length;
      if (newest >= 0) {
        const key = startCost[newest] - casePenalty * caps[newest + 2] - unknownSlope * newest;
        if (key < tailKey) {
          tailKey = key;
          tailFrom = newest;
        }
        const cost = tailKey + casePenalty * caps[j] + unknownTailBase + unknownSlope * j;
        if (cost < cheapest) {
          cheapest = cost;
          from = tailFrom;
        }
      }
      if (from >= 0) addState(states, j, NO_CONTEXT, cheapest + casePenalty * steps[j] + unknownGoOn, states.bestState[from]);
    }
    // What an unknown string starting here costs before its length and its end's cues are known.
    if (j < n) startCost[j] = codes[j] === APOSTROPHE ? Infinity : states.bestAt[j] - (capitalized[j] === 1 ? (j === 0 && sentenceInitial ? sentenceNameBonus : nameBonus) : 0) - casePenalty * steps[j + 1];
    if (j === n || states.bestAt[j] === Infinity) continue;
    if (codes[j] === APOSTROPHE) {
      apostropheStates(states, j, n, model);
      continue;
    }
    let contexts = 0;
    let cheapestBackoff = Infinity;
    let cheapestBackoffState = -1;
    for (let s = states.head[j]; s >= 0 && contexts < MAX_CONTEXTS; s = states.next[s]) {
      contextState[contexts] = s;
      contextWord[contexts] = states.word[s];
      contextCost[contexts] = states.cost[s];
      contextBackoff[contexts] = states.cost[s] + (states.word[s] < 0 ? 0 : backoffCost[states.word[s]]);
      if (contextBackoff[contexts] < cheapestBackoff) {
        cheapestBackoff = contextBackoff[contexts];
        cheapestBackoffState = s;
      }
      contexts++;
    }
    // One walk reads both vocabularies. Supplementary words have no pair counts: each is priced from the
    // cheapest backed-off context and, as a context, is no different from an unknown word, so it shares the
    // unknown words' state at its end. At each end it is added before the model word, as order breaks ties.
    let node = 0;
    for (let e = j; e < n; ) {
      node = childOf(trieNodes, node, symbolOf(codes[e]));
      if (node < 0) break;
      e++;
      const at = NODE_SIZE * node;
      const header = trieNodes[at];
      if ((header & EXTRA_ENDS) !== 0) {
        const rank = trieNodes[at + EXTRA_SLOT];
        if (rank === 0 || capitalized[j] === 1) {
          const cues = steps[e] - steps[j + 1] + Math.max(0, caps[e] - caps[j + 2]);
          const cost = (rank > 0 ? nameCost + Math.log(rank) : extraWordCost) + casePenalty * cues;
          addState(states, e, NO_CONTEXT, cheapestBackoff + cost + unknownGoOn, cheapestBackoffState);
        }
      }
      if ((header & WORD_ENDS) === 0 || codes[e - 1] === APOSTROPHE) continue;
      const word = trieNodes[at + WORD_SLOT];
      const unigram = wordCost[word];
      const follows = isFollower[word] === 1;
      let cheapest = Infinity;
      let from = -1;
      for (let c = 0; c < contexts; c++) {
        let cost = contextBackoff[c] + unigram;
        const previous = contextWord[c];
        if (follows && previous >= 0 && hasPairs[previous] === 1) {
          // pairCostOf, written out: this loop is the hottest of the segmenter, and V8 does not always inline the call.
          const key = previous * MAX_PAIR_IDS + word;
          for (let slot = slotOf(previous, word, pairMask); ; slot = (slot + 1) & pairMask) {
            const stored = pairSlots[2 * slot];
            if (stored === key) {
              cost = contextCost[c] + pairSlots[2 * slot + 1];
              break;
            }
            if (stored === EMPTY) break;
          }
        }
        if (cost < cheapest) {
          cheapest = cost;
          from = contextState[c];
        }
      }
      const cues = steps[e] - steps[j + 1] + Math.max(0, caps[e] - caps[j + 2]);
      addState(states, e, word, cheapest + casePenalty * cues, from);
    }
  }

  return splitOf(states, n, start, model, endsRun, beforeDigits);
}

/** The best path through the finished lattice, as offsets. A run before a number may leave its last one or two letters on it (`mp3`): then the path ends at the state before them. */
function splitOf(states: States, n: number, start: number, model: SegmentModel, endsRun: boolean, beforeDigits: boolean): RunSplit {
  const { codes } = states;
  const offsets: number[] = [];
  let last = lastState(states, n, model, endsRun);
  let prefixKept = false;
  if (beforeDigits) {
    let cheapest = finalCost(states, last, model, endsRun);
    for (let k = 1; k <= Math.min(2, n); k++) {
      const at = n - k;
      if (codes[at] === APOSTROPHE || (at > 0 && codes[at - 1] === APOSTROPHE)) continue;
      const cost = states.bestAt[at] + model.numberLettersCost;
      if (cost < cheapest) {
        cheapest = cost;
        last = states.bestState[at];
        prefixKept = true;
      }
    }
    if (prefixKept && states.position[last] > 0) offsets.push(start + states.position[last]);
  }
  let first = last;
  for (let s = states.back[first]; s > 0; s = states.back[s]) {
    if (states.word[s] !== OPENING_QUOTE) offsets.push(start + states.position[s]);
    first = s;
  }
  const lastWord = prefixKept || states.word[last] === model.startId ? -1 : Math.max(states.word[last], -1);
  return { offsets: offsets.reverse(), suffixKept: states.word[first] === NUMBER_SUFFIX, prefixKept, lastWord };
}
