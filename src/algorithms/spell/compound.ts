// Is an unknown word perhaps a closed compound of two known words (`shockwave`, `freshborn`, `roleplaying`)?
//
// English keeps coining compounds faster than any word list, and a corrector that "fixes" one to the
// nearest common word (`shockwave` → `shortwave`) makes a false alarm on clean text. A word that splits
// into two known words, each at least MIN_PART letters and seen at least MIN_PART_COUNT times, is given
// the same hypothesis of being right as a listed word (spell/lexicon.ts): spell/spell.ts replaces it only when
// a candidate's score beats the lexicon pseudo-count θ. That is a weak signal on its own (many common
// misspellings split too: `allready` = `all` + `ready`), so it only guards rare, poor candidates; the
// common misspellings still have a frequent candidate above θ. Parts of 1–2 letters are excluded (`alot`
// = `a` + `lot`). Measured on the sentence sets (bench/RESULTS.md): dev false alarms 41 → 36 in 16,841
// clean words, held-out 25 → 22, fixes unchanged; parts of 4 letters kept fewer (37 / 24).
import type { Model } from '../model.ts';

/** The shortest part of a compound, in letters. */
const MIN_PART = 3;
/** The smallest corpus count of each part. */
const MIN_PART_COUNT = 100;

/** True when `word` (lowercase) is two known words of MIN_PART letters or more, each common enough. */
export function isCompound(word: string, model: Model, minPart = MIN_PART, minCount = MIN_PART_COUNT): boolean {
  for (let split = minPart; split <= word.length - minPart; split++) {
    const left = model.counts.get(word.slice(0, split));
    if (left === undefined || left < minCount) continue;
    const right = model.counts.get(word.slice(split));
    if (right !== undefined && right >= minCount) return true;
  }
  return false;
}
