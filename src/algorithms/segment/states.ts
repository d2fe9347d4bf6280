// The Viterbi lattice of one letter run: states (position, last word) with their cost and back pointer.
//
// States live in growable parallel typed arrays (no object per state), chained per position through
// `head`/`next`. At most one state per (position, word) is kept, the cheapest; `bestAt`/`bestState` hold
// the cheapest state of each position, which prices unknown words (they ignore context) and the end.
// One lattice (with the run's per-position scratch arrays) is kept in the module variable `spare` and reused by the next run, unless the run was huge:
// the search is synchronous and never re-entered (nothing it calls calls back into it), so two runs never
// use it at once, and a sentence's runs then allocate nothing.

import type { WordTrie } from './trie.ts';

/** The last word of a state whose word gives no context: an unknown or supplementary word, or one after a clitic or a quote. */
export const NO_CONTEXT = -1;
/** The last word of a state after a number's suffix (`th` of `9th`) taken as the run's first word. */
export const NUMBER_SUFFIX = -2;
/** The last word of a state after an apostrophe used as an opening single quote: it sticks to the word after it. */
export const OPENING_QUOTE = -3;
/** The last word of a state whose word is a capitalized unknown string or a census name: the next word takes the context <name> (segment/name-followers.ts). */
export const NAME_CONTEXT = -4;

/** The lattice: per-state arrays indexed by state id, per-position arrays indexed by position. */
export interface States {
  count: number;
  position: Int32Array;
  /** The state's last word: a model word id, the run start's id (SegmentModel.startId), or one of the markers above. */
  word: Int32Array;
  cost: Float64Array;
  back: Int32Array;
  next: Int32Array;
  readonly head: Int32Array;
  readonly bestAt: Float64Array;
  readonly bestState: Int32Array;
  /** Per-position scratch of the run (segment/cues.ts and segment/viterbi.ts fill them). */
  /** The run's characters, lowercased, the typographic apostrophe folded to `'`. */
  readonly codes: Int32Array;
  /** The trie symbol of each character (segment/trie.ts symbolOf), for the search's walks (segment/walks.ts). */
  readonly symbols: Uint8Array;
  /** [k]: how many lowercase->uppercase steps (`sI` of `ThisIs`) sit at positions < k. */
  readonly caseStepsBefore: Int32Array;
  /** [k]: how many lowercase letters after two capitals (`l` of `NASAlaunched`) sit at positions < k. */
  readonly acronymEndsBefore: Int32Array;
  /** 1 where a capital is followed by a lowercase letter: a name may start there. */
  readonly capitalized: Uint8Array;
  /** What each apostrophe may be (segment/cues.ts: CLITIC, OPENING, CLOSING or 0). */
  readonly apostropheRoles: Uint8Array;
  /** [i]: what an unknown string starting at i costs before its length and its end's cues are known. */
  readonly unknownStartCost: Float64Array;
  /** [k]: the letter model's cost of the run's letter pairs up to position k (segment/letters.ts). */
  readonly letterPairsBefore: Float64Array;
  /** 1 where a known word of MIN_STEM+ letters ends (segment/suffixes.ts: a stem a suffix may extend). */
  readonly stemEnds: Uint8Array;
  /** 1 where the beam skipped the position (segment/beam.ts): no word the trie spells from it has a state; the second pass asks `trie` there (segment/spelled.ts). */
  readonly skipped: Uint8Array;
  /** The trie the run was searched with (held, like the lattice itself, until the next run). */
  trie: WordTrie | undefined;
  /** [e]: the cheapest path whose last word is a supplementary dictionary word of MIN_STEM+ letters ending at e (a stem a suffix may extend too), Infinity for none; and the state before that word. */
  readonly extraStemCost: Float64Array;
  readonly extraStemBack: Int32Array;
  /** [k]: the cheapest path to a productive prefix that ends at k (segment/derived.ts), Infinity for none; its start and the state it goes on from. */
  readonly prefixedCost: Float64Array;
  readonly prefixStart: Int32Array;
  readonly prefixFrom: Int32Array;
}

let spare: States | undefined;
const MAX_KEPT_RUN = 65_536;

/** An empty lattice for a run of n characters; reuses the previous run's arrays when they are big enough. */
export function createStates(n: number): States {
  if (spare && spare.head.length > n + 1) {
    spare.count = 0;
    spare.head.fill(-1, 0, n + 1);
    spare.bestAt.fill(Infinity, 0, n + 1);
    spare.bestState.fill(-1, 0, n + 1);
    spare.prefixedCost.fill(Infinity, 0, n + 1);
    spare.extraStemCost.fill(Infinity, 0, n + 1);
    return spare;
  }
  const capacity = 4 * n + 16;
  const size = Math.max(n + 2, 256);
  const fresh: States = {
    count: 0,
    position: new Int32Array(capacity),
    word: new Int32Array(capacity),
    cost: new Float64Array(capacity),
    back: new Int32Array(capacity),
    next: new Int32Array(capacity),
    head: new Int32Array(size).fill(-1),
    bestAt: new Float64Array(size).fill(Infinity),
    bestState: new Int32Array(size).fill(-1),
    codes: new Int32Array(size),
    symbols: new Uint8Array(size),
    caseStepsBefore: new Int32Array(size),
    acronymEndsBefore: new Int32Array(size),
    capitalized: new Uint8Array(size),
    apostropheRoles: new Uint8Array(size),
    unknownStartCost: new Float64Array(size),
    letterPairsBefore: new Float64Array(size),
    stemEnds: new Uint8Array(size),
    skipped: new Uint8Array(size),
    trie: undefined,
    extraStemCost: new Float64Array(size).fill(Infinity),
    extraStemBack: new Int32Array(size),
    prefixedCost: new Float64Array(size).fill(Infinity),
    prefixStart: new Int32Array(size),
    prefixFrom: new Int32Array(size),
  };
  // A lattice for a huge run is not kept: it would hold its memory for the life of the process.
  if (n <= MAX_KEPT_RUN) spare = fresh;
  return fresh;
}

function grow(states: States): void {
  const capacity = states.position.length * 2;
  const widen = <T extends Int32Array | Float64Array>(old: T, make: (size: number) => T): T => {
    const wider = make(capacity);
    wider.set(old);
    return wider;
  };
  states.position = widen(states.position, (size) => new Int32Array(size));
  states.word = widen(states.word, (size) => new Int32Array(size));
  states.cost = widen(states.cost, (size) => new Float64Array(size));
  states.back = widen(states.back, (size) => new Int32Array(size));
  states.next = widen(states.next, (size) => new Int32Array(size));
}

/** Records a path reaching `position` with last word `word` at `cost` from state `back`, if it is the cheapest such. */
export function addState(states: States, position: number, word: number, cost: number, back: number): void {
  let s = states.head[position]!;
  while (s >= 0 && states.word[s] !== word) s = states.next[s]!;
  if (s < 0) s = newState(states, position, word);
  setCost(states, position, s, cost, back);
}

/**
 * addState for a (position, word) the caller knows has no state yet: a known word, which only the trie walk from its
 * one start adds (segment/viterbi.ts). The same lattice as addState's, without looking along the position's states.
 */
export function addNewState(states: States, position: number, word: number, cost: number, back: number): void {
  setCost(states, position, newState(states, position, word), cost, back);
}

/** A new state (position, word), at the head of the position's chain, with no path yet. */
function newState(states: States, position: number, word: number): number {
  if (states.count === states.position.length) grow(states);
  const s = states.count++;
  states.position[s] = position;
  states.word[s] = word;
  states.cost[s] = Infinity;
  states.next[s] = states.head[position]!;
  states.head[position] = s;
  return s;
}

/** Takes the path at `cost` from `back` for state s at `position` if it is cheaper than the state's. */
function setCost(states: States, position: number, s: number, cost: number, back: number): void {
  if (cost >= states.cost[s]!) return;
  states.cost[s] = cost;
  states.back[s] = back;
  if (cost < states.bestAt[position]!) {
    states.bestAt[position] = cost;
    states.bestState[position] = s;
  }
}
