/**
 * The request bodies of the load benchmark: 50-word English texts, deterministic so runs compare.
 *
 * Space restoration gets each text with its spaces removed (what the operation is for); spelling
 * gets the same texts with three common misspellings swapped in. A set of distinct texts is
 * cycled so that no cache of identical inputs could flatter the figures.
 */
import { seededRandom } from '../../test/support/random-text.ts';

const VOCABULARY = (
  'the of and to in is was that for it with as his on be at by had are but from or have an they which one you were her all she ' +
  'there would their we him been has when who will more no if out so said what up its about into than them can only other new ' +
  'some could time these two may then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people how too little state good very ' +
  'make world still own see men work long get here between both life being under never day same another know while last might ' +
  'us great old year off come since against go came right used take three'
).split(' ');

const TYPOS: ReadonlyArray<readonly [typo: string, word: string]> = [
  ['teh', 'the'], ['recieve', 'receive'], ['wich', 'which'], ['becuase', 'because'], ['peopel', 'people'], ['thier', 'their'],
  ['untill', 'until'], ['definately', 'definitely'], ['seperate', 'separate'], ['goverment', 'government'], ['beleive', 'believe'], ['wierd', 'weird'],
];

/** `count` texts of `words` words each, drawn from a fixed vocabulary with a fixed seed. */
export function englishTexts(count: number, words = 50, seed = 2026): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: words }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]).join(' '));
}

/** The texts with every space removed: input for space restoration. */
export function runTogether(texts: readonly string[]): string[] {
  return texts.map((text) => text.replaceAll(' ', ''));
}

/** Each text with `typos` of its words replaced by common misspellings: input for spelling. */
export function withTypos(texts: readonly string[], typos = 3, seed = 7): string[] {
  const random = seededRandom(seed);
  return texts.map((text) => {
    const words = text.split(' ');
    for (let i = 0; i < typos; i++) words[Math.floor(random() * words.length)] = pick(TYPOS, random)[0];
    return words.join(' ');
  });
}

/** A long text of about `chars` characters in which one word in five carries a random typo (a deleted,
 * swapped or replaced letter), so the corrector searches candidates for hundreds of distinct words. */
export function longSpellingText(chars: number, seed = 99): string {
  const random = seededRandom(seed);
  const words: string[] = [];
  let length = 0;
  while (length < chars) {
    let word = pick(VOCABULARY, random);
    if (word.length > 3 && random() < 0.2) word = misspell(word, random);
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars).trimEnd();
}

/** One of `items`, chosen by `random`. */
function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function misspell(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  return word.slice(0, at) + 'etaoinshrdlu'.charAt(Math.floor(random() * 12)) + word.slice(at + 1);
}
