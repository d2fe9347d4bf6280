// A hash table from word-id pairs (v, w) to the cost -ln P(w | v), in one flat Float64Array.
//
// The segmenter looks a pair up for every candidate word and context, so the table avoids a JS Map with
// boxed number keys: open addressing with linear probing, load factor at most 1/2 (3/4 for the segmenter's), each
// slot holding the key v * 2^21 + w (exact in a double) next to its cost, so a probe touches one cache line. At 3/4
// the segmenter's table is half the memory (2 MB, not 4), which its search's probes miss in the caches less often; a
// probe that does go on reads the next slot, mostly in the same line (bench/RESULTS.md, spacespeed6).
// A missing pair reads as NaN, which the caller replaces with the backoff cost.
// Most pairs a search asks for are missing (a candidate word after a context it never followed), and a miss
// still costs a probe of the table, a read from memory the caches rarely hold; so a bit set beside it, eight bits
// per slot (sixteen in the segmenter's) and one bit per pair (the pair's hash), answers most misses from 1/16 (1/8) of
// the memory: a clear bit means the pair is not stored (a set bit may still be a miss, about 1 time in 16 or 20).

/** Word ids must stay below this for the key to be unique. */
export const MAX_PAIR_IDS = 2 ** 21;
/** A slot's key when it holds no pair. */
export const EMPTY = -1;

/** The table: (key, cost) slots, sized a power of two, and the bit set of the stored pairs' hashes. */
export interface PairTable {
  readonly mask: number;
  readonly slots: Float64Array;
  /** Bit (hash & filterMask) is set for every stored pair's hash: 8 or 16 bits per slot (createPairTable), in 32-bit words. */
  readonly filter: Int32Array;
  readonly filterMask: number;
}

/** The 32-bit hash of the pair (v, w): its low bits pick the first slot probed, and its bit in the filter. */
export function pairHash(v: number, w: number): number {
  let h = Math.imul(v, 0x9e3779b1) ^ Math.imul(w, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 16), 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/** False when the filter shows that no pair of this hash is stored; true when one may be. */
function mayHoldPair(table: PairTable, hash: number): boolean {
  const bit = hash & table.filterMask;
  return (table.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** An empty table with room for `capacity` pairs at a load factor at most `maxLoad` (1/2 or 3/4), and `filterBits` (8 or 16) bits of the filter per slot. */
export function createPairTable(capacity: number, maxLoad = 1 / 2, filterBits = 8): PairTable {
  let size = 16;
  while (size * maxLoad < capacity) size *= 2;
  return { mask: size - 1, slots: new Float64Array(2 * size).fill(EMPTY), filter: new Int32Array((size * filterBits) / 32), filterMask: filterBits * size - 1 };
}

/** Stores the cost of w after v (0 <= ids < MAX_PAIR_IDS); a second store of the same pair overwrites. */
export function setPairCost(table: PairTable, v: number, w: number, cost: number): void {
  const key = v * MAX_PAIR_IDS + w;
  const hash = pairHash(v, w);
  const bit = hash & table.filterMask;
  table.filter[bit >>> 5]! |= 1 << (bit & 31);
  let slot = hash & table.mask;
  while (table.slots[2 * slot] !== EMPTY && table.slots[2 * slot] !== key) slot = (slot + 1) & table.mask;
  table.slots[2 * slot] = key;
  table.slots[2 * slot + 1] = cost;
}

/** The cost of w after v, or NaN when the pair is not stored. */
export function pairCostOf(table: PairTable, v: number, w: number): number {
  const key = v * MAX_PAIR_IDS + w;
  const { mask, slots } = table;
  const hash = pairHash(v, w);
  if (!mayHoldPair(table, hash)) return Number.NaN;
  let slot = hash & mask;
  for (;;) {
    const stored = slots[2 * slot];
    if (stored === key) return slots[2 * slot + 1]!;
    if (stored === EMPTY) return Number.NaN;
    slot = (slot + 1) & mask;
  }
}
