// A hash table from word-id pairs (v, w) to the cost -ln P(w | v), in one flat Float64Array.
//
// The segmenter looks a pair up for every candidate word and context, so the table avoids a JS Map with
// boxed number keys: open addressing with linear probing, load factor at most 1/2, each slot holding
// the key v * 2^21 + w (exact in a double) next to its cost, so a probe touches one cache line.
// A missing pair reads as NaN, which the caller replaces with the backoff cost.

/** Word ids must stay below this for the key to be unique. */
export const MAX_PAIR_IDS = 2 ** 21;
/** A slot's key when it holds no pair. */
export const EMPTY = -1;

/** The table: (key, cost) slots, sized a power of two. */
export interface PairTable {
  readonly mask: number;
  readonly slots: Float64Array;
}

/** The first slot probed for the pair (v, w). */
export function slotOf(v: number, w: number, mask: number): number {
  let h = Math.imul(v, 0x9e3779b1) ^ Math.imul(w, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 16), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & mask;
}

/** An empty table with room for `capacity` pairs. */
export function createPairTable(capacity: number): PairTable {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  return { mask: size - 1, slots: new Float64Array(2 * size).fill(EMPTY) };
}

/** Stores the cost of w after v (0 <= ids < MAX_PAIR_IDS); a second store of the same pair overwrites. */
export function setPairCost(table: PairTable, v: number, w: number, cost: number): void {
  const key = v * MAX_PAIR_IDS + w;
  let slot = slotOf(v, w, table.mask);
  while (table.slots[2 * slot] !== EMPTY && table.slots[2 * slot] !== key) slot = (slot + 1) & table.mask;
  table.slots[2 * slot] = key;
  table.slots[2 * slot + 1] = cost;
}

/** The cost of w after v, or NaN when the pair is not stored. */
export function pairCostOf(table: PairTable, v: number, w: number): number {
  const key = v * MAX_PAIR_IDS + w;
  const { mask, slots } = table;
  let slot = slotOf(v, w, mask);
  for (;;) {
    const stored = slots[2 * slot];
    if (stored === key) return slots[2 * slot + 1];
    if (stored === EMPTY) return Number.NaN;
    slot = (slot + 1) & mask;
  }
}
