// Membership in a run of ascending word ids, the layout of both follower tables the spelling context reads
// (data/bigrams-once.txt's pairs in spell/context.ts, WordNet's gloss pairs in spell/gloss-pairs.ts): a binary
// search, O(log n) over the run ids[from, to).

/** True when the ascending run ids[from, to) holds `id`. */
export function runHas(ids: Int32Array, from: number, to: number, id: number): boolean {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low < to && ids[low] === id;
}
