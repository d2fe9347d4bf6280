import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkedTranslation } from './output.ts';
import { HttpError } from '../../http/errors.ts';

const bad = (message: RegExp) => (error: unknown) => error instanceof HttpError && error.status === 502 && message.test(error.message);

describe('checkedTranslation', () => {
  it('passes a good answer through unchanged', () => {
    const good = { text: 'The cat 😺 is on the table.\n', sourceLanguage: 'zh-Hant-TW' };
    assert.equal(checkedTranslation(good, 'P', 100), good);
    assert.deepEqual(checkedTranslation({ text: 'x', sourceLanguage: null }, 'P', 100), { text: 'x', sourceLanguage: null });
  });

  const cases: [string, unknown, unknown, RegExp][] = [
    ['an empty translation', '', 'fr', /empty/],
    ['a blank translation', ' \n', 'fr', /empty/],
    ['a translation that is not a string', 42, 'fr', /empty/],
    ['a 17 MB translation', 'a'.repeat(17_000_000), 'fr', /longer than 100 characters/],
    ['a NUL in the translation', 'a\u0000b', 'fr', /U\+0000/],
    ['an escape sequence in the translation', '\u001b[2J', 'fr', /U\+001B/],
    ['a lone surrogate in the translation', 'a\ud800', 'fr', /unpaired surrogate/],
    ['an over-long detected language', 'ok', 'x'.repeat(36), /language/],
    ['a detected language with markup', 'ok', '<b>fr</b>', /language/],
    ['a detected language that is a number', 'ok', 7, /language/],
  ];
  for (const [what, text, sourceLanguage, message] of cases) {
    it(`answers 502 for ${what}`, () => {
      assert.throws(() => checkedTranslation({ text, sourceLanguage } as never, 'P', 100), bad(message));
    });
  }
});
