// Bounded optimal string alignment distance: the exact check behind the symmetric-delete index.
//
// OSA distance counts insertions, deletions, substitutions and swaps of adjacent letters (each letter
// edited at most once), the edit set of Norvig's edits1. The index only needs to know whether a word is
// within 2, so the dynamic programme computes only the diagonal band |i − j| ≤ limit (no cell outside it
// can hold a value ≤ limit) and stops as soon as a whole row exceeds the limit: ~5 cells per letter.

/** Three rolling rows of the table, reused across calls (grown when a longer word comes). */
let rows = new Int32Array(256);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), or limit + 1 once it
 * exceeds limit. Only the diagonal band |i − j| ≤ limit can hold values ≤ limit, so only it is computed.
 */
export function osaDistance(a: string, b: string, limit: number): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  const width = n + 2;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const outside = limit + 1;
  // Three rolling rows in one array; each row also sets the cells just outside its band to `outside`.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= n + 1; j++) rows[previous + j] = j <= limit ? j : outside;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    rows[current + lo - 1] = lo === 1 ? i : outside;
    rows[current + hi + 1] = outside;
    let rowMin = outside;
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      const up = rows[previous + j]! + 1;
      if (up < best) best = up;
      const left = rows[current + j - 1]! + 1;
      if (left < best) best = left;
      if (j > 1 && ai !== bj && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swap = rows[before + j - 2]! + 1;
        if (swap < best) best = swap;
      }
      rows[current + j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return outside;
    const recycled = before;
    before = previous;
    previous = current;
    current = recycled;
  }
  return Math.min(rows[previous + n]!, outside);
}

