// Which words writers capitalise even mid-sentence (`Friday`, `January`, `English`, `London`), counted
// from running text, and the data/capitalised.txt format.
//
// A word occurrence counts when it is not the first of a sentence: the last non-space character before
// it is a letter, a digit, a comma, a semicolon or a hyphen (after `.`, `!`, `?`, `:`, quotes or
// brackets the capital says nothing). Of those, a Capitalised form (`Friday`) counts for, a lowercase
// form (`friday`) against; ALL CAPS counts neither. A word is listed when it was seen at least
// MIN_SEEN times so and Capitalised at least MIN_SHARE of them. The file is one lowercase word a line,
// sorted by code units, after a `#` header line; the spelling corrector's names policy (spell/names.ts)
// reads it.

/** Mid-sentence occurrences needed before a word's capitalisation is trusted. */
const MIN_SEEN = 5;
/** The share of Capitalised occurrences that makes a word "mostly capitalised". */
const MIN_SHARE = 0.9;

/** The words that running `text` mostly capitalises mid-sentence, restricted to `known` words, sorted. */
export function countCapitalised(text: string, known: (word: string) => boolean): string[] {
  const capitalised = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const match of text.matchAll(/[A-Za-z]+(?:'[a-z]+)?/g)) {
    const word = match[0];
    let i = match.index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i--;
    if (i < 0 || !/[A-Za-z0-9,;-]/.test(text.charAt(i))) continue;
    if (/^[A-Z][a-z']+$/.test(word)) {
      const key = word.toLowerCase();
      capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
    } else if (/^[a-z']+$/.test(word)) {
      lower.set(word, (lower.get(word) ?? 0) + 1);
    }
  }
  const listed: string[] = [];
  for (const [word, count] of capitalised) {
    const seen = count + (lower.get(word) ?? 0);
    if (word.length >= 2 && seen >= MIN_SEEN && count >= MIN_SHARE * seen && known(word)) listed.push(word);
  }
  return listed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The data/capitalised.txt text for a word list. */
export function formatCapitalised(words: readonly string[], source: string): string {
  return `# textops capitalised words v1 from ${source}: seen >= ${MIN_SEEN} times mid-sentence, >= ${MIN_SHARE * 100}% Capitalised\n${words.join('\n')}\n`;
}

/** Parses data/capitalised.txt: its words, lowercase; throws naming a malformed line. */
export function parseCapitalised(text: string, source = 'capitalised'): string[] {
  const words: string[] = [];
  text.split('\n').forEach((line, k) => {
    if (line === '' || line.startsWith('#')) return;
    if (!/^[a-z']+$/.test(line)) throw new Error(`${source}:${k + 1}: expected one lowercase word, got ${JSON.stringify(line.slice(0, 80))}`);
    words.push(line);
  });
  return words;
}
