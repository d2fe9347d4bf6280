import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordProblem } from './validate.ts';

describe('recordProblem (the api rules for records arriving another way)', () => {
  const good = { tag: 'note7', original: 'teh cat', processed: 'the cat' };
  it('accepts what a submit accepts', () => assert.equal(recordProblem(good, 100), null));

  const refused: [string, Partial<typeof good>, RegExp][] = [
    ['a tag over 100 characters', { tag: 'x'.repeat(101) }, /too long/],
    ['a tag on two lines', { tag: 'a\nb' }, /one line/],
    ['a control character in the tag', { tag: 'a\u001b' }, /U\+001B/],
    ['a blank original text', { original: ' \n ' }, /original text is required/],
    ['an original text over the limit', { original: 'a'.repeat(101) }, /at most 100 characters/],
    ['a NUL in the original text', { original: 'a\u0000' }, /U\+0000/],
    ['a lone surrogate in the processed text', { processed: 'a\ud800' }, /unpaired surrogate/],
    ['a control character in the processed text', { processed: 'a\u0007' }, /U\+0007/],
  ];
  for (const [what, change, reason] of refused) {
    it(`refuses ${what}`, () => assert.match(recordProblem({ ...good, ...change }, 100) ?? '', reason));
  }
});
