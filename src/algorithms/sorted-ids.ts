// Look-ups in runs of ascending word ids, the layout of the follower tables both engines read: the segmenter's
// continuations and trigrams (segment/second-order.ts) and the spelling context's once-seen and gloss pairs
// (spell/context-score.ts, spell/gloss-pairs.ts). A binary search, O(log n) over the run ids[from, to).

/** The index of `id` in the ascending run ids[from, to), or -1 when the run does not hold it. */
export function entryOf(ids: Int32Array, from: number, to: number, id: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low < to && ids[low] === id ? low : -1;
}
