/**
 * The spelling corrector's worst case as a hostile client writes it: distinct, unknown two- and
 * three-letter words. Each one searches the whole edit-distance-2 neighbourhood of the index
 * (short words have the most neighbours), and being distinct none is remembered within the text.
 */

/** Up to `chars` characters of distinct lowercase 2- and 3-letter words the model does not know. */
export function worstCaseSpelling(chars: number, isKnown: (word: string) => boolean, seed = 0): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words: string[] = [];
  let length = 0;
  const consider = (word: string) => {
    if (length + word.length + 1 > chars || isKnown(word)) return;
    words.push(word);
    length += word.length + 1;
  };
  // The seed rotates the alphabet so that several texts differ (no cache can share their work).
  const at = (i: number) => letters.charAt((i + seed) % 26);
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) consider(at(a) + at(b));
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) for (let c = 0; c < 26; c++) consider(at(a) + at(b) + at(c));
  return words.join(' ');
}
