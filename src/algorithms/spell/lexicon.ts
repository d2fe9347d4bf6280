// Is an unknown word perhaps a real one? A look-up in the segmenter's supplementary vocabulary.
//
// data/wordfreq.txt lacks many real words (`multimeter`, `keelson`, `nilpotent`) and most names
// (`Rawlins`, `Moritz`). Correcting them to a nearby common word is the corrector's main false alarm
// on clean text. data/segment-extra.txt (segment/extra.ts) lists ~196,000 such dictionary words and
// ~83,000 census names, sorted by code units, so a binary search over its bytes answers in ~18 steps
// with no string per entry. The corrector (spell/spell.ts) gives such a word the hypothesis of being right:
// it is replaced only when a candidate's score beats a pseudo-count for it (bench/RESULTS.md).
import type { SegmentExtra } from '../segment/extra.ts';

/** The census rank of `word` (lowercase a-z) in the list, 0 for a dictionary word, -1 when it is not listed. */
export function extraRank(extra: SegmentExtra, word: string): number {
  let lo = 0;
  let hi = extra.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareEntry(extra, mid, word);
    if (order === 0) return extra.ranks[mid]!;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sign of (entry i) - word, by code units. */
function compareEntry(extra: SegmentExtra, i: number, word: string): number {
  // i is in [0, starts.length) by the search's bounds, and the entry's bytes lie within `bytes`.
  const start = extra.starts[i]!;
  const length = extra.lengths[i]!;
  const common = Math.min(length, word.length);
  for (let k = 0; k < common; k++) {
    const difference = extra.bytes[start + k]! - word.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}
