/**
 * The stand-ins' "translation engine": a small phrase table and a detector that votes by it.
 *
 * It is honest about being small. A whole sentence found in the table is translated as a unit
 * (keeping the trailing punctuation and the capital of the first letter, dropping Spanish ¿ ¡). Otherwise each word is
 * looked up in the lexicon of the detected language and replaced when found (in lower case but
 * for the first word, so German nouns lose their capitals as they should); every other
 * character (digits, emoji, CJK, `<`, `&`, spacing) passes through unchanged.
 *
 * Detection: each word votes for every language whose sentences or lexicon contain it; the
 * language with the most votes wins, ties going to the earlier language in LANGUAGES (so the
 * answer is deterministic). Confidence is votes / words. No vote at all means 'und' (the BCP 47
 * code for "undetermined"): the text comes back unchanged. English is in the table so that English
 * input is detected as 'en' and returned as it is, as the real services do.
 */

export const LANGUAGES = ['fr', 'es', 'de', 'it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  fr: 'French', es: 'Spanish', de: 'German', it: 'Italian', en: 'English',
};

const SENTENCES: Readonly<Record<Language, ReadonlyArray<readonly [string, string]>>> = {
  fr: [
    ['bonjour le monde', 'hello world'],
    ['le chat est sur la table', 'the cat is on the table'],
    ['je ne sais pas', "I don't know"],
    ['où est la gare', 'where is the station'],
    ['merci beaucoup', 'thank you very much'],
    ["c'est la vie", "that's life"],
  ],
  es: [
    ['hola mundo', 'hello world'],
    ['el gato está en la mesa', 'the cat is on the table'],
    ['no lo sé', "I don't know"],
    ['dónde está la estación', 'where is the station'],
    ['muchas gracias', 'thank you very much'],
  ],
  de: [
    ['hallo welt', 'hello world'],
    ['die katze ist auf dem tisch', 'the cat is on the table'],
    ['ich weiß es nicht', "I don't know"],
    ['wo ist der bahnhof', 'where is the station'],
    ['vielen dank', 'thank you very much'],
  ],
  it: [
    ['ciao mondo', 'hello world'],
    ['il gatto è sul tavolo', 'the cat is on the table'],
    ['grazie mille', 'thank you very much'],
  ],
  en: [],
};

const WORDS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  fr: {
    bonjour: 'hello', monde: 'world', chat: 'cat', chien: 'dog', maison: 'house', eau: 'water', pain: 'bread',
    le: 'the', la: 'the', les: 'the', et: 'and', est: 'is', sur: 'on', table: 'table', merci: 'thanks',
    oui: 'yes', non: 'no', rouge: 'red', ami: 'friend', livre: 'book', avec: 'with', mon: 'my', fromage: 'cheese',
  },
  es: {
    hola: 'hello', mundo: 'world', gato: 'cat', perro: 'dog', casa: 'house', agua: 'water', pan: 'bread',
    el: 'the', la: 'the', los: 'the', y: 'and', es: 'is', está: 'is', en: 'on', mesa: 'table', gracias: 'thanks',
    sí: 'yes', no: 'no', rojo: 'red', amigo: 'friend', libro: 'book', con: 'with', mi: 'my', queso: 'cheese',
  },
  de: {
    hallo: 'hello', welt: 'world', katze: 'cat', hund: 'dog', haus: 'house', wasser: 'water', brot: 'bread',
    der: 'the', die: 'the', das: 'the', und: 'and', ist: 'is', auf: 'on', tisch: 'table', danke: 'thanks',
    ja: 'yes', nein: 'no', rot: 'red', freund: 'friend', buch: 'book', mit: 'with', mein: 'my', käse: 'cheese',
  },
  it: {
    ciao: 'hello', mondo: 'world', gatto: 'cat', cane: 'dog', casa: 'house', acqua: 'water', pane: 'bread',
    il: 'the', e: 'and', è: 'is', sul: 'on the', tavolo: 'table', grazie: 'thanks',
    sì: 'yes', rosso: 'red', amico: 'friend', libro: 'book', con: 'with', mio: 'my', formaggio: 'cheese',
  },
  en: Object.fromEntries(
    ['hello', 'world', 'the', 'cat', 'dog', 'is', 'on', 'table', 'and', 'thanks', 'yes', 'my', 'friend', 'book', 'with', 'water', 'house', 'a', 'this', 'text']
      .map((word) => [word, word]),
  ),
};

export interface PhraseTranslation {
  text: string;
  /** A code from LANGUAGES, or 'und' when no word is known. */
  language: Language | 'und';
  /** Share of the words that voted for `language`, 0..1. */
  confidence: number;
}

const WORD = /\p{L}+/gu;
const LEADING = /^[\s¿¡]*/u;
const TRAILING = /[\s.!?…]*$/u;

/** Translates `text` into English by the table, detecting its language unless `source` is given. */
export function translateToEnglish(text: string, source?: Language): PhraseTranslation {
  const language = source ?? detectLanguage(text).language;
  const confidence = source === undefined ? detectLanguage(text).confidence : 1;
  if (language === 'und' || language === 'en') return { text, language, confidence };
  const sentence = translateSentence(text, language);
  if (sentence !== null) return { text: sentence, language, confidence };
  const lexicon = WORDS[language];
  const firstWord = text.search(WORD);
  const translated = text.replace(WORD, (word, offset: number) => {
    const english = lexicon[word.toLowerCase()];
    if (english === undefined) return word;
    return offset === firstWord ? matchCapital(word, english) : english;
  });
  return { text: translated, language, confidence };
}

/** The language the most words of `text` vote for, with the share of words that voted for it. */
export function detectLanguage(text: string): { language: Language | 'und'; confidence: number } {
  const words = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  if (words.length === 0) return { language: 'und', confidence: 0 };
  let best: Language | 'und' = 'und';
  let bestVotes = 0;
  for (const language of LANGUAGES) {
    const known = vocabulary(language);
    const votes = words.filter((word) => known.has(word)).length;
    if (votes > bestVotes) {
      best = language;
      bestVotes = votes;
    }
  }
  return { language: best, confidence: bestVotes / words.length };
}

function translateSentence(text: string, language: Language): string | null {
  const leading = LEADING.exec(text)?.[0] ?? '';
  const trailing = TRAILING.exec(text)?.[0] ?? '';
  const core = text.slice(leading.length, text.length - trailing.length).trim();
  const found = SENTENCES[language].find(([source]) => source === core.toLowerCase());
  if (found === undefined) return null;
  return leading.replace(/[¿¡]/gu, '') + matchCapital(core, found[1]) + trailing;
}

/** `english` with its first letter raised when `source` starts with a capital. */
function matchCapital(source: string, english: string): string {
  const first = source.charAt(0);
  const isCapital = first !== first.toLowerCase();
  return isCapital ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}

const vocabularies = new Map<Language, ReadonlySet<string>>();

function vocabulary(language: Language): ReadonlySet<string> {
  let known = vocabularies.get(language);
  if (known === undefined) {
    const sentenceWords = SENTENCES[language].flatMap(([source]) => source.match(WORD) ?? []);
    known = new Set([...Object.keys(WORDS[language]), ...sentenceWords]);
    vocabularies.set(language, known);
  }
  return known;
}
