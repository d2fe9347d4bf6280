import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, translateToEnglish } from './phrasebook.ts';

describe('phrasebook (the stand-ins\' translation)', () => {
  const cases: ReadonlyArray<readonly [string, string, string, string]> = [
    ['a whole sentence, keeping its punctuation', 'Le chat est sur la table !', 'The cat is on the table !', 'fr'],
    ['a sentence in lower case', 'hola mundo', 'hello world', 'es'],
    ['Spanish opening marks, dropped', '¡Muchas gracias!', 'Thank you very much!', 'es'],
    ['word by word when no sentence matches', 'Mein Freund und der Hund', 'My friend and the dog', 'de'],
    ['unknown words passing through', 'Bonjour Zorglub', 'Hello Zorglub', 'fr'],
    ['English, unchanged', 'The cat is on the table', 'The cat is on the table', 'en'],
    ['no known word, unchanged', '東京 2024 🙂', '東京 2024 🙂', 'und'],
    ['ties going to the earlier language (es before it)', 'casa', 'house', 'es'],
  ];
  for (const [label, text, english, language] of cases) {
    it(`translates ${label}`, () => {
      const result = translateToEnglish(text);
      assert.equal(result.text, english);
      assert.equal(result.language, language);
    });
  }

  it('uses the given source language instead of detecting one', () => {
    assert.deepEqual(translateToEnglish('casa con libro', 'it'), { text: 'house with book', language: 'it', confidence: 1 });
  });

  it('measures confidence as the share of words that voted', () => {
    assert.deepEqual(detectLanguage('chat Zorglub'), { language: 'fr', confidence: 0.5 });
    assert.deepEqual(detectLanguage('   '), { language: 'und', confidence: 0 });
  });
});
