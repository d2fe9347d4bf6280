// Test support for the spelling index and distance tests: reproducible words that are often near neighbours.

/** A deterministic pseudo-random word over a small alphabet, so that near neighbours are common. */
export function randomWord(seed: number): string {
  let x = seed * 2654435761;
  let word = '';
  const length = 1 + (seed % 7);
  for (let k = 0; k < length; k++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + k) >>> 0;
    word += 'abcd'[x % 4];
  }
  return word;
}
