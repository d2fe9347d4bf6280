import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts, withSpellingOnly } from '../model.ts';
import { correct, correctWord, prepareSpelling, SPELL_ENGINE } from './spell.ts';
import { DEFAULT_SPELL_OPTIONS } from './options.ts';

const model = modelFromCounts([
  ['the', 1000],
  ['is', 500],
  ["don't", 300],
  ['done', 250],
  ['hello', 200],
  ['world', 150],
  ['spelling', 100],
  ['cat', 90],
  ['car', 90],
  ['receipt', 40],
  ['contented', 30],
  ['emissary', 20],
]);

describe('correctWord', () => {
  const edits: [what: string, typed: string, expected: string][] = [
    ['a deletion', 'speling', 'spelling'],
    ['an insertion', 'spellling', 'spelling'],
    ['a substitution', 'spelleng', 'spelling'],
    ['a transposition', 'hlelo', 'hello'],
    ['two edits', 'wrlod', 'world'],
    ['two edits of different kinds', 'reciet', 'receipt'],
    ['a missing apostrophe', 'dont', "don't"],
    ['a sound-alike three edits away, by its consonant skeleton', 'emmisarry', 'emissary'],
  ];
  for (const [what, typed, expected] of edits) {
    it(`repairs ${what} (${typed} → ${expected})`, () => assert.equal(correctWord(typed, model), expected));
  }

  it('returns a known word unchanged', () => assert.equal(correctWord('hello', model), 'hello'));
  it('returns a word with no candidate within two edits or by skeleton unchanged', () => assert.equal(correctWord('xylophone', model), 'xylophone'));
  it('turns the skeleton fallback off with a zero cost ceiling', () => {
    assert.equal(correctWord('emmisarry', model, { ...DEFAULT_SPELL_OPTIONS, fallbackMaxCost: 0 }), 'emmisarry');
  });
  it('carries a capital over to the correction', () => assert.equal(correctWord('Speling', model), 'Spelling'));
  it('leaves ALL-CAPS words alone', () => assert.equal(correctWord('SPELING', model), 'SPELING'));
  it("corrects a possessive on its stem and keeps the 's", () => assert.equal(correctWord("speling's", model), "spelling's"));
  it('breaks ties by frequency, then by the order of the model', () => {
    assert.equal(correctWord('cax', model), 'cat');
    const reversed = modelFromCounts([['car', 90], ['cat', 90]]);
    assert.equal(correctWord('cax', reversed), 'car');
  });
  it('is deterministic across calls', () => {
    const first = ['speling', 'wrlod', 'cax'].map((w) => correctWord(w, model));
    const again = ['speling', 'wrlod', 'cax'].map((w) => correctWord(w, model));
    assert.deepEqual(again, first);
  });
});

describe('correct', () => {
  it('changes only misspelled words and keeps every other character byte for byte', () => {
    const text = '  Speling,\n\tthe   wrld!  ';
    assert.equal(correct(text, model).text, '  Spelling,\n\tthe   world!  ');
  });

  it('lists each change with its offset, original, replacement, confidence and alternatives', () => {
    assert.deepEqual(correct('the speling is wrld', model).changes, [
      { offset: 4, original: 'speling', replacement: 'spelling', confidence: 1, alternatives: [] },
      { offset: 15, original: 'wrld', replacement: 'world', confidence: 1, alternatives: [] },
    ]);
  });

  it('changes nothing with an empty model', () => {
    assert.deepEqual(correct('the speling is wrld', modelFromCounts([])), { text: 'the speling is wrld', changes: [] });
  });

  it('returns empty text for empty input', () => assert.deepEqual(correct('', model), { text: '', changes: [] }));

  const passThrough: [what: string, text: string][] = [
    ['URLs', 'the https://wrld.example/speling?x=1 is www.speling.org'],
    ['e-mail addresses and handles', 'the speling@wrld.org is @speling'],
    ['numbers and words with digits', '3.14 1,000 wrld2 2nd'],
    ['acronyms', 'the WRLD and SPELING'],
    ['non-Latin text', 'Привет мир, 你好世界, مرحبا'],
    ['accented words', 'the café résumé naïve'],
    ['punctuation only', '!?.,;:()[]{}"\'—…'],
    ['control characters and lone surrogates', 'the\u0000\u0007\ud800 \udc00is\u001b'],
    ['a Capitalised unknown word mid-sentence, taken for a name', 'the Wrld is'],
    ["a name's possessive", "the Jonh's car"],
  ];
  for (const [what, text] of passThrough) {
    it(`passes ${what} through untouched`, () => assert.deepEqual(correct(text, model), { text, changes: [] }));
  }

  it('corrects a Capitalised word that starts a sentence or a line', () => {
    assert.equal(correct('the cat. Wrld is\nSpeling', model).text, 'the cat. World is\nSpelling');
  });

  it('corrects each part of a hyphenated word', () => assert.equal(correct('hlelo-wrld', model).text, 'hello-world'));

  it('keeps a known contraction and fixes one missing its apostrophe', () => {
    assert.equal(correct("don't dont", model).text, "don't don't");
    assert.equal(correct('don’t', model).text, 'don’t');
  });

  it('handles 1 MB of one letter without throwing or recursing', () => {
    const text = 'a'.repeat(1 << 20);
    assert.equal(correct(text, model).text, text);
  });

  it('handles 1 MB of words and misspellings', () => {
    const text = 'the wrld is speling. '.repeat(50_000);
    const result = correct(text, model);
    assert.equal(result.changes.length, 100_000);
    assert.equal(result.text, 'the world is spelling. '.repeat(50_000));
  });

  it("handles a 1 MB chain of 's without recursing", () => {
    const text = `ab${"'s".repeat(1 << 19)}`;
    assert.equal(correct(text, model).text, text);
  });

  it('never throws on arbitrary code units', () => {
    let x = 12345;
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = 0; k < 40; k++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        text += String.fromCharCode(x % 3 === 0 ? x % 65536 : 97 + (x % 26));
      }
      const result = correct(text, model);
      assert.equal(typeof result.text, 'string');
    }
  });

  it("corrects to a spelling-only word but does not take one typed for known", () => {
    const forms = withSpellingOnly(modelFromCounts([['initializes', 2000], ['initialise', 50]]), ['initialises']);
    assert.equal(correctWord('initailises', forms), 'initialises');
    assert.notEqual(correctWord('initialises', forms), 'initialises', 'a spelling-only word is still an unknown word');
  });

  it('gives the same answers after prepareSpelling builds the indexes up front', () => {
    const fresh = modelFromCounts([...model.counts]);
    prepareSpelling(fresh);
    assert.equal(correct('the speling is wrld', fresh).text, 'the spelling is world');
  });

  it('names its engine for the records', () => assert.match(SPELL_ENGINE, /^textops-spell\/\d+$/));
});
