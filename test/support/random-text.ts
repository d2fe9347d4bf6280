/**
 * Seeded random text for the engine property tests: reproducible, and hostile on purpose.
 *
 * A run draws its seed from PROPERTY_SEED (to replay a failure) or from the clock, and every
 * failure message carries it. Texts mix what real input does and what breaks naive string code:
 * ASCII words run together or misspelled, digits and punctuation, combining marks, right-to-left
 * scripts and bidi controls, emoji (astral code points, ZWJ sequences, skin tones), C0/C1
 * controls, NUL, and lone high or low surrogates, which no UTF-8 body can carry but a caller of
 * the pure engines can.
 */

/** A small, fast, seedable generator (mulberry32): the same seed always gives the same stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of this run: PROPERTY_SEED when set (to replay a failure), else a fresh one. */
export function runSeed(env: Readonly<Record<string, string | undefined>>): number {
  const given = env.PROPERTY_SEED;
  if (given !== undefined && /^\d+$/.test(given)) return Number(given) >>> 0;
  return (Date.now() ^ (Math.random() * 0x1_0000_0000)) >>> 0;
}

const WORDS = ['the', 'quick', 'brown', 'fox', 'speling', 'recieve', 'teh', 'definately', "don't", "John's", 'NASA', 'iPhone', 'a', 'I', 'x'];
const PUNCTUATION = [...'.,;:!?()[]{}"\'-–—…/\\@#$%&*+=<>|~^`_'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u0323', '\u20DD', '\u0489'];
const RIGHT_TO_LEFT = ['שלום', 'مرحبا', 'عالم', '\u200F', '\u202E', '\u2067', '\u061C'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️', '🧑🏿‍🚀', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u{10FFFF}'];
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2003', '\u3000', '\u200B', '\u2028'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\uFEFF', '\uFFFE', '\uFFFF'];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'];
const OTHER_SCRIPTS = ['мир', '東京', 'Ωμέγα', 'ﬁ', 'ǅ', 'İstanbul', 'straße', 'ÀÉÎÕÜ', 'e\u0301te\u0301'];

type Piece = (random: () => number) => string;

const PIECES: Array<[weight: number, piece: Piece]> = [
  [30, (r) => pick(r, WORDS)],
  [8, (r) => pick(r, WORDS) + pick(r, WORDS)],
  [6, (r) => String(Math.floor(r() * 100_000))],
  [8, (r) => pick(r, PUNCTUATION)],
  [10, (r) => pick(r, SPACES)],
  [5, (r) => pick(r, COMBINING)],
  [5, (r) => pick(r, RIGHT_TO_LEFT)],
  [6, (r) => pick(r, EMOJI)],
  [4, (r) => pick(r, CONTROL)],
  [4, (r) => pick(r, LONE_SURROGATES)],
  [5, (r) => pick(r, OTHER_SCRIPTS)],
  [5, (r) => String.fromCharCode(Math.floor(r() * 0x10000))],
  [4, (r) => String.fromCodePoint(0x10000 + Math.floor(r() * 0xfffff))],
];
const TOTAL_WEIGHT = PIECES.reduce((sum, [weight]) => sum + weight, 0);

/** A random text of about `maxPieces` pieces drawn from the hostile mix above. */
export function randomText(random: () => number, maxPieces: number): string {
  const count = Math.floor(random() * (maxPieces + 1));
  let text = '';
  for (let i = 0; i < count; i++) text += weightedPiece(random)(random);
  return text;
}

function weightedPiece(random: () => number): Piece {
  let roll = random() * TOTAL_WEIGHT;
  for (const [weight, piece] of PIECES) {
    roll -= weight;
    if (roll < 0) return piece;
  }
  return PIECES[0]![1]; // rounding left roll at 0 after the last weight; PIECES is a non-empty constant
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

/** Shows a text with every non-printable or non-ASCII code unit escaped, for failure messages. */
export function visible(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
