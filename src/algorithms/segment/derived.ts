// The derived words of the Viterbi search (segment/viterbi.ts): a known word of MIN_STEM+ letters ending at j,
// followed by a productive suffix from j on (`unfathomable` + `ness`), read as one word; and a productive prefix
// from i to k followed by a known word of MIN_STEM+ letters from k (`non` + `reactivity`). Why and what they cost:
// segment/suffixes.ts; the cost tables: segment/model.ts. A prefix is found when i's states are final and waits at
// k (states.prefixedCost) until the trie walk from k (segment/walks.ts) finds its stems.
import { APOSTROPHE } from './cues.ts';
import { childOf, NODE_SIZE, PAYLOAD, symbolOf, WORD_ENDS, wordIdAt } from './trie.ts';
import type { SegmentModel } from './model.ts';
import { addState, NO_CONTEXT, type States } from './states.ts';
import { MIN_STEM } from './suffixes.ts';

/** The code unit of `a`: the stem's last letters index the suffix costs by ending. */
const LOWER_A = 97;

/** More states than this at one position are not looked at as stems (the search's context limit). */
const MAX_STEMS = 64;

/** Of the states at j, the cheapest whose last word is a known word of MIN_STEM+ letters (a stem a suffix may extend), or -1. */
function cheapestStemAt(states: States, j: number): number {
  let cheapest = -1;
  // The run start's state is the only one at 0, so a state at j > 0 with a word id ends a known word.
  if (j === 0) return cheapest;
  let seen = 0;
  for (let s = states.head[j]!; s >= 0 && seen < MAX_STEMS; s = states.next[s]!, seen++) {
    if (states.word[s]! < 0 || j - states.position[states.back[s]!]! < MIN_STEM) continue;
    if (cheapest < 0 || states.cost[s]! < states.cost[cheapest]!) cheapest = s;
  }
  return cheapest;
}

/**
 * Adds the derived words that start with the cheapest known word ending at j (a stem of MIN_STEM+ letters) and go on
 * with a productive suffix (`unfathomable` + `ness`): one word from the stem's start, with no context after it.
 * The caller calls it only where a stem ends (states.stemEnds[j] set; a quarter of the positions in bench text), so
 * the other positions cost no call. The model's tables and constants are read once, before the suffix walk.
 */
export function addDerivedWordsFrom(states: States, j: number, n: number, model: SegmentModel): void {
  const { codes, caseStepsBefore, acronymEndsBefore } = states;
  const nodes = model.suffixTrie.nodes;
  // The stem's last two letters (`ic`) as 26 * first + second, which price its suffixes; -1 if either is no letter a-z.
  const first = codes[j - 2]! - LOWER_A;
  const second = codes[j - 1]! - LOWER_A;
  const ending = first >= 0 && first < 26 && second >= 0 && second < 26 ? 26 * first + second : -1;
  // The suffix costs of this ending (suffixCostAfter's row), or the overall ones: suffixCosts[row + suffix index].
  const suffixCosts = ending >= 0 ? model.suffixCostAfter : model.suffixCost;
  const row = ending >= 0 ? ending * model.suffixCost.length : 0;
  const { casePenalty } = model;
  const unknownGoOn = model.goOnCost[model.startId]!;
  // Found once a suffix does start at j (most positions start none): -2 until then.
  let stem = -2;
  let stemCost = Infinity;
  let stemBack = -1;
  let node = 0;
  for (let e = j; e < n; ) {
    node = childOf(nodes, node, symbolOf(codes[e]!));
    if (node < 0) break;
    e++;
    const at = NODE_SIZE * node;
    if ((nodes[at]! & WORD_ENDS) === 0) continue;
    if (stem === -2) {
      stem = cheapestStemAt(states, j);
      // A supplementary dictionary word ending at j may be the cheaper stem (`hypothalamic` + `ally`).
      stemCost = stem >= 0 ? states.cost[stem]! : Infinity;
      stemBack = stem >= 0 ? states.back[stem]! : -1;
      if (states.extraStemCost[j]! < stemCost) {
        stemCost = states.extraStemCost[j]!;
        stemBack = states.extraStemBack[j]!;
      }
    }
    if (stemCost === Infinity) return;
    const cues = caseStepsBefore[e]! - caseStepsBefore[j]! + Math.max(0, acronymEndsBefore[e]! - acronymEndsBefore[j]!);
    const suffixCost = suffixCosts[row + nodes[at + PAYLOAD]!]!;
    addState(states, e, NO_CONTEXT, stemCost + suffixCost + casePenalty * cues + unknownGoOn, stemBack);
  }
}

/** Whether a productive prefix may start at i: prefixes have MIN_PREFIX (2)+ letters, and the two at i rule out most positions before any walk. */
export function mayOpenPrefix(codes: Int32Array, i: number, n: number, model: SegmentModel): boolean {
  if (i + 1 >= n) return false;
  const first = codes[i]! - LOWER_A;
  const second = codes[i + 1]! - LOWER_A;
  return first >= 0 && first < 26 && second >= 0 && second < 26 && model.prefixOpenings[26 * first + second] === 1;
}

/** Notes each productive prefix starting at i, priced from i's cheapest backed-off state (`cost`, state `from`). */
export function addPrefixesFrom(states: States, i: number, n: number, model: SegmentModel, cost: number, from: number): void {
  if (from < 0) return;
  const { codes, prefixedCost } = states;
  const nodes = model.prefixTrie.nodes;
  let node = 0;
  for (let k = i; k < n - MIN_STEM; ) {
    node = childOf(nodes, node, symbolOf(codes[k]!));
    if (node < 0) break;
    k++;
    const at = NODE_SIZE * node;
    if ((nodes[at]! & WORD_ENDS) === 0) continue;
    const prefixed = cost + model.prefixCost[wordIdAt(nodes, node)]!;
    if (prefixed < prefixedCost[k]!) {
      prefixedCost[k] = prefixed;
      states.prefixStart[k] = i;
      states.prefixFrom[k] = from;
    }
  }
}

/**
 * Adds the prefixed words whose stem, a known word of MIN_STEM+ letters, starts at k after the cheapest prefix ending
 * there; the stems are found along the trie walk from k that the search took (segment/walks.ts: walked[first, end),
 * the node of run[k, k + 1) first). Below a node that leads to census names only, where that walk may stop, no model
 * word ends. Each stem `word` spelled by run[k, e) makes one word from the prefix's start, with no context after it,
 * priced prefixed + (wordCost - goOnCost)(word) + goOnCost(unknown) + case cues. The stem's wordCost is read from
 * costsByWord (the same value), which the search's walk from k has just read for the same word: no second read from
 * memory.
 */
export function addPrefixedWordsFrom(states: States, k: number, walked: Int32Array, first: number, end: number, model: SegmentModel): void {
  const prefixed = states.prefixedCost[k]!;
  const nodes = model.trie.nodes;
  const { codes, caseStepsBefore, acronymEndsBefore } = states;
  const { costsByWord, goOnCost, casePenalty } = model;
  const unknownGoOn = goOnCost[model.startId]!;
  const i = states.prefixStart[k]!;
  const from = states.prefixFrom[k]!;
  for (let at = first + MIN_STEM - 1; at < end; at++) {
    const node = walked[at]!;
    const e = k + 1 + at - first;
    if ((nodes[NODE_SIZE * node]! & WORD_ENDS) === 0 || codes[e - 1] === APOSTROPHE) continue;
    const word = nodes[NODE_SIZE * node + PAYLOAD]!;
    const cues = caseStepsBefore[e]! - caseStepsBefore[i + 1]! + Math.max(0, acronymEndsBefore[e]! - acronymEndsBefore[i + 2]!);
    addState(states, e, NO_CONTEXT, prefixed + (costsByWord[2 * word]! - goOnCost[word]!) + unknownGoOn + casePenalty * cues, from);
  }
}
