// Viterbi over the positions of one letter run: the cheapest sequence of words that spells it.
//
// A state is (position j, last word w): the cheapest split of run[0, j) whose last word is w, which is
// exactly what a bigram model needs to price the next word (full first-order Viterbi, not a greedy one
// path per position). The search runs forward, so the states at j are final when j is reached, and
// only then does j start words: known and supplementary words by one walk of the trie that holds both
// (segment/trie.ts, walked by segment/walks.ts; the window is thus capped by
// the longest word), a known word priced from every state at j, a supplementary one from the cheapest
// backed-off state at j; and unknown strings of up to UNKNOWN_WINDOW letters ending at j, priced from
// the cheapest state at their start
// (an unknown word has no context); longer unknown strings cost linearly in their length, so the cheapest
// start of any length is a running minimum (segment/model.ts).
// A path that ends at an apostrophe is a stem, which goes on as stem + clitic (`'s`, `'ll`, `n't`), as a
// plural possessive (`s'`), or with the apostrophe as a closing or an opening single quote (`'no'`), at
// a higher cost; the stem may be known or not (segment/cues.ts reads the apostrophes and the case cues).
// Work per character is bounded by the trie depth times the few states per position, plus the unknown
// window: linear time, no recursion.
// Each position j takes its transitions in named steps, in this order: the unknown string ending at j
// (addUnknownWordEndingAt, segment/unknown-words.ts; every other word ending at j started earlier, so j's states are then final),
// then from j either the readings of an apostrophe (addApostropheReadings) or the known and supplementary
// words of one trie walk (addWordsStartingAt), and the derived words that extend the cheapest known word
// ending at j by a productive suffix (addDerivedWordsFrom, segment/suffixes.ts), unless the beam finds j dominated by
// a cheaper position ahead (segment/beam.ts: then no word starts at j but an unknown one). At the run's end segment/best-path.ts reads the cheapest
// path back. test/support/reference-segmenter.ts states the same costs as a plain dynamic programme over
// Maps, and test/property/viterbi.property.test.ts checks that both find paths of equal cost with the beam off.
import { EXTRA_ENDS, extraRankAt, FOLLOWS, NODE_SIZE, PAYLOAD, symbolOf, WORD_ENDS } from './trie.ts';
import { createWalk, walkFrom } from './walks.ts';
import type { SegmentModel } from './model.ts';
import { APOSTROPHE, fillCaseCues, CLITIC, cliticAt, CLOSING, foldedCode, LOWER_S, OPENING, rolesOfApostrophes } from './cues.ts';
import { createStates, addState, addNewState, NAME_CONTEXT, NO_CONTEXT, NUMBER_SUFFIX, OPENING_QUOTE, type States } from './states.ts';
import { splitOf, type RunSplit } from './best-path.ts';
import { EMPTY, MAX_PAIR_IDS, pairHash } from './pairs.ts';
import { addDerivedWordsFrom, addPrefixedWordsFrom, addPrefixesFrom, mayOpenPrefix } from './derived.ts';
import { MIN_STEM } from './suffixes.ts';
import { addUnknownWordEndingAt, unknownStartCostAt, type LongUnknownStart } from './unknown-words.ts';
import { fillLetterPairs } from './letters.ts';
import { dominatedAhead } from './beam.ts';

/** -ln of the chance that letters which can end a number (`9th`) do: high, but the run may disagree. */
const NUMBER_SUFFIX_COST = 1;

/** More distinct last words than this at one position are not used as contexts (never reached in text). */
const MAX_CONTEXTS = 64;

// Scratch of addWordsStartingAt: the contexts of the one position whose outgoing words are being priced. A word
// after a context is priced by the pair when the context keeps one for it, else backed off; a context that keeps no
// pairs at all (no context, a word without counts) can only back off, so of those only the cheapest matters, and the
// others are never looked at again. The contexts with pairs are copied side by side so that the trie walk prices
// each candidate word against all of them without following the state chain again. They live here, not in the
// lattice, because V8 then reads the arrays as constants in the hottest loop (4% more chars/s than through the
// lattice object, bench/space.bench.ts against the baseline). Sharing them is safe: the search is synchronous and
// never re-entered, and each position fills them before it reads them.
/** Per context with pairs: its state id, its last word, the cost of the path to it, and that cost plus -ln alpha(last word). */
const contextState = new Int32Array(MAX_CONTEXTS);
const contextWord = new Int32Array(MAX_CONTEXTS);
const contextCost = new Float64Array(MAX_CONTEXTS);
const contextBackedOffCost = new Float64Array(MAX_CONTEXTS);
/**
 * How many contexts with pairs the arrays hold; the cheapest backed-off context of all (where a word no context keeps
 * a pair for goes on from); and the cheapest backed-off one of those without pairs.
 */
const contexts = { count: 0, cheapestBackedOff: Infinity, cheapestBackedOffState: -1, cheapestWithoutPairs: Infinity, cheapestWithoutPairsState: -1 };

/** The trie walk of the position being priced (segment/walks.ts); shared like the scratch above. */
const walk = createWalk();

/** The run's start, and the states of letters kept on the number before it (`9th`, `4k`). */
function seedStates(states: States, n: number, model: SegmentModel, suffix: number, afterDigits: boolean, previousWord: number): void {
  addState(states, 0, previousWord >= 0 ? previousWord : model.startId, 0, -1);
  if (suffix > 0 && suffix < n) addState(states, suffix, NUMBER_SUFFIX, NUMBER_SUFFIX_COST, 0);
  if (afterDigits) for (let k = 1; k <= Math.min(2, n); k++) if (states.codes[k - 1] !== APOSTROPHE) addState(states, k, NUMBER_SUFFIX, model.numberLettersCost, 0);
}

/** The case cues a word spelled by run[j, e) breaks: case steps after its first letter, and acronym ends after its second. */
function caseCuesInside(states: States, j: number, e: number): number {
  return states.caseStepsBefore[e]! - states.caseStepsBefore[j + 1]! + Math.max(0, states.acronymEndsBefore[e]! - states.acronymEndsBefore[j + 2]!);
}

/** What the stem ending at the apostrophe at j goes on as: stem + clitic, a plural possessive, or a closing or an opening quote. */
function addApostropheReadings(states: States, j: number, n: number, model: SegmentModel): void {
  const { codes } = states;
  const unknownGoOn = model.goOnCost[model.startId]!;
  const stem = states.bestState[j]!;
  const stemStart = states.back[stem]!;
  const role = states.apostropheRoles[j];
  const clitic = role === CLITIC ? cliticAt(codes, n, j + 1, codes[j - 1]!) : 0;
  if (clitic > 0) addState(states, j + 1 + clitic, NO_CONTEXT, states.bestAt[j]! + model.cliticCost + unknownGoOn, stemStart);
  if (codes[j - 1] === LOWER_S && role !== CLOSING) addState(states, j + 1, NO_CONTEXT, states.bestAt[j]! + model.cliticCost + unknownGoOn, stemStart);
  if (role === CLOSING) addState(states, j + 1, NO_CONTEXT, states.bestAt[j]! + model.quoteCost + unknownGoOn, stemStart);
  if (role === OPENING) addState(states, j + 1, OPENING_QUOTE, states.bestAt[j]! + model.quoteCost, stem);
}

/** Copies the states at j into the context scratch, each with its backed-off cost, and finds the cheapest of those. */
function collectContexts(states: States, j: number, model: SegmentModel): void {
  let count = 0;
  let cheapestBackedOff = Infinity;
  let cheapestBackedOffState = -1;
  let cheapestWithoutPairs = Infinity;
  let cheapestWithoutPairsState = -1;
  let seen = 0;
  for (let s = states.head[j]!; s >= 0 && seen < MAX_CONTEXTS; s = states.next[s]!, seen++) {
    // A name's state is priced as the context <name> (segment/name-followers.ts).
    const word = states.word[s] === NAME_CONTEXT ? model.nameId : states.word[s]!;
    const backedOff = states.cost[s]! + (word < 0 ? 0 : model.costsByWord[2 * word + 1]!);
    if (backedOff < cheapestBackedOff) {
      cheapestBackedOff = backedOff;
      cheapestBackedOffState = s;
    }
    if (word >= 0 && (model.hasPairs[word >>> 5]! & (1 << (word & 31))) !== 0) {
      contextState[count] = s;
      contextWord[count] = word;
      contextCost[count] = states.cost[s]!;
      contextBackedOffCost[count] = backedOff;
      count++;
    } else if (backedOff < cheapestWithoutPairs) {
      cheapestWithoutPairs = backedOff;
      cheapestWithoutPairsState = s;
    }
  }
  contexts.count = count;
  contexts.cheapestBackedOff = cheapestBackedOff;
  contexts.cheapestBackedOffState = cheapestBackedOffState;
  contexts.cheapestWithoutPairs = cheapestWithoutPairs;
  contexts.cheapestWithoutPairsState = cheapestWithoutPairsState;
}



/**
 * Adds the supplementary entry of census rank `rank` (0: a dictionary word) spelled by run[j, e), if it may be read
 * here: a name only where the run capitalizes it. It has no pair counts, so it goes on from the cheapest backed-off
 * context, and as a context it is no different from an unknown word, so it shares the unknown words' state at e.
 */
function addSupplementaryWord(states: States, j: number, e: number, rank: number, model: SegmentModel): void {
  if (rank !== 0 && states.capitalized[j] !== 1) return;
  const cost = (rank > 0 ? model.nameCost + Math.log(rank) : model.extraWordCost) + model.casePenalty * caseCuesInside(states, j, e);
  const total = contexts.cheapestBackedOff + cost + model.goOnCost[model.startId]!;
  addState(states, e, rank > 0 ? NAME_CONTEXT : NO_CONTEXT, total, contexts.cheapestBackedOffState);
  // A dictionary word of MIN_STEM+ letters is a stem the derived words of segment/derived.ts may extend (`hypothalamic` + `ally`).
  if (rank === 0 && e - j >= MIN_STEM && total < states.extraStemCost[e]!) {
    states.stemEnds[e] = 1;
    states.extraStemCost[e] = total;
    states.extraStemBack[e] = contexts.cheapestBackedOffState;
  }
}

/**
 * Adds every known and supplementary word that starts at j, found by one walk of the trie that holds both. At each
 * end the supplementary entry is added before the model word, as the order breaks ties. No word ends at an apostrophe.
 * A model word is priced from every context at j: its pair cost where the pair is kept, else backed off (only the
 * cheapest context without pairs, and none but the cheapest backed-off one for a word that follows no context in a
 * kept pair). That loop is the hottest of the segmenter and stays written out here: as a function of its own it cost
 * 3% of chars/s.
 */
function addWordsStartingAt(states: States, j: number, n: number, model: SegmentModel): void {
  collectContexts(states, j, model);
  const { codes } = states;
  const trieNodes = model.trie.nodes;
  const { mask: pairMask, slots: pairSlots, filter: pairFilter, filterMask: pairFilterMask } = model.pairs;
  const count = contexts.count;
  // The walk from j (segment/walks.ts): its k-th node spells run[j, j + k + 1).
  walkFrom(walk, states, n, model.trie, j);
  const walked = walk.nodes;
  const walkEnd = walk.count;
  for (let k = 0; k < walkEnd; k++) {
    const node = walked[k]!;
    const e = j + 1 + k;
    const at = NODE_SIZE * node;
    const header = trieNodes[at]!;
    if ((header & EXTRA_ENDS) !== 0) addSupplementaryWord(states, j, e, (header & WORD_ENDS) === 0 ? trieNodes[at + PAYLOAD]! : extraRankAt(model.trie, node), model);
    if ((header & WORD_ENDS) === 0 || codes[e - 1] === APOSTROPHE) continue;
    const word = trieNodes[at + PAYLOAD]!;
    const unigram = model.costsByWord[2 * word]!;
    // A stem the derived words of segment/derived.ts may extend ends at e.
    if (e - j >= MIN_STEM) states.stemEnds[e] = 1;
    // A word no context keeps a pair for is backed off from every context: the cheapest backed-off one prices it.
    const follows = (header & FOLLOWS) !== 0;
    let cheapest = (follows ? contexts.cheapestWithoutPairs : contexts.cheapestBackedOff) + unigram;
    let from = follows ? contexts.cheapestWithoutPairsState : contexts.cheapestBackedOffState;
    for (let c = 0; follows && c < count; c++) {
      let cost = contextBackedOffCost[c]! + unigram;
      const previous = contextWord[c]!;
      // pairCostOf (segment/pairs.ts), written out for the same reason: V8 does not always inline the call.
      const hash = pairHash(previous, word);
      const bit = hash & pairFilterMask;
      if ((pairFilter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
        const key = previous * MAX_PAIR_IDS + word;
        for (let slot = hash & pairMask; ; slot = (slot + 1) & pairMask) {
          const stored = pairSlots[2 * slot];
          if (stored === key) {
            cost = contextCost[c]! + pairSlots[2 * slot + 1]!;
            break;
          }
          if (stored === EMPTY) break;
        }
      }
      if (cost < cheapest) {
        cheapest = cost;
        from = contextState[c]!;
      }
    }
    // The only walk that spells this word ending at e is this one (from e minus its length): no state (e, word) yet.
    addNewState(states, e, word, cheapest + model.casePenalty * caseCuesInside(states, j, e), from);
  }
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
  const { codes } = states;
  const { symbols } = states;
  for (let k = 0; k < n; k++) {
    codes[k] = foldedCode(text, start + k);
    symbols[k] = symbolOf(codes[k]!);
  }
  fillCaseCues(text, start, n, states.caseStepsBefore, states.acronymEndsBefore, states.capitalized);
  rolesOfApostrophes(codes, n, states.apostropheRoles);
  fillLetterPairs(codes, n, model.letterCosts, states.letterPairsBefore);
  states.stemEnds.fill(0, 0, n + 1);
  states.skipped.fill(0, 0, n + 1);
  states.trie = model.trie;
  seedStates(states, n, model, suffix, afterDigits, previousWord);
  const longStart: LongUnknownStart = { key: Infinity, start: -1 };

  for (let j = 0; j <= n; j++) {
    if (j > 0 && codes[j - 1] !== APOSTROPHE) addUnknownWordEndingAt(states, j, model, longStart);
    if (j < n) states.unknownStartCost[j] = unknownStartCostAt(states, j, model, sentenceInitial);
    if (j === n || states.bestAt[j] === Infinity) continue;
    if (codes[j] === APOSTROPHE) addApostropheReadings(states, j, n, model);
    // A prefix pending at j (`dis` of `discountess`) goes on from j too, often from a cheaper path than bestAt[j]'s.
    else if (dominatedAhead(Math.min(states.bestAt[j]!, states.prefixedCost[j]!), states.bestAt, j, n, model.beamWidth, model.beamSlope)) states.skipped[j] = 1;
    else {
      addWordsStartingAt(states, j, n, model);
      if (states.stemEnds[j] !== 0) addDerivedWordsFrom(states, j, n, model);
      if (mayOpenPrefix(codes, j, n, model)) addPrefixesFrom(states, j, n, model, contexts.cheapestBackedOff, contexts.cheapestBackedOffState);
      if (states.prefixedCost[j] !== Infinity) addPrefixedWordsFrom(states, j, walk.nodes, 0, walk.count, model);
    }
  }

  return splitOf(states, n, start, model, endsRun, beforeDigits);
}
