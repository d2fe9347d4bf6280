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


// Bit-parallel OSA distance against one fixed word (Hyyrö 2003, "Bit-parallel approximate string matching
// algorithms with transposition", the edit-distance form). The candidate search compares one typed word with
// tens of index hits, so the typed word's letter masks are built once (`set`) and each comparison then costs
// ~15 word operations per letter of the other word instead of ~5 table cells. Bit i of the vertical
// deltas VP/VN holds D[i+1][j] − D[i][j] = +1/−1; the score tracks D[m][j]. Words longer than 31 letters or
// with a non-ASCII letter use the banded table above (the masks are 32-bit and indexed by ASCII code).

/** One typed word, prepared for many OSA distances against other words. */
export class OsaPattern {
  private readonly masks = new Int32Array(128);
  private word = '';
  private bitParallel = false;

  /** Makes `word` the pattern (resets the previous one's masks). */
  set(word: string): void {
    for (let i = 0; i < this.word.length; i++) this.masks[this.word.charCodeAt(i) & 127] = 0;
    this.word = word;
    this.bitParallel = word.length <= 31 && word.length > 0;
    for (let i = 0; i < word.length && this.bitParallel; i++) {
      const code = word.charCodeAt(i);
      if (code >= 128) this.bitParallel = false;
      else this.masks[code]! |= 1 << i;
    }
  }

  /** osaDistance(pattern, other, limit): the OSA distance, or limit + 1 once it exceeds limit. */
  distance(other: string, limit: number): number {
    const m = this.word.length;
    const n = other.length;
    if (Math.abs(m - n) > limit) return limit + 1;
    if (!this.bitParallel) return osaDistance(this.word, other, limit);
    const masks = this.masks;
    const top = 1 << (m - 1);
    let vp = -1;
    let vn = 0;
    let d0 = 0;
    let previousMatch = 0;
    let score = m;
    for (let j = 0; j < n; j++) {
      const code = other.charCodeAt(j);
      const match = code < 128 ? masks[code]! : 0;
      const transposed = (((~d0 & match) << 1) & previousMatch);
      d0 = ((((match & vp) + vp) ^ vp) | match | vn | transposed);
      const hp = vn | ~(d0 | vp);
      const hn = d0 & vp;
      if ((hp & top) !== 0) score++;
      else if ((hn & top) !== 0) score--;
      const x = (hp << 1) | 1;
      vn = x & d0;
      vp = (hn << 1) | ~(x | d0);
      previousMatch = match;
    }
    return Math.min(score, limit + 1);
  }
}
