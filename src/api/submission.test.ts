import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSubmission } from './submission.ts';
import { MAX_TAG_CHARS } from '../records/validate.ts';
import { HttpError } from '../http/errors.ts';

const status = (code: number) => (error: unknown) => error instanceof HttpError && error.status === code;

describe('parseSubmission', () => {
  it('takes the tag from "id", as the original app did, and keeps the text as sent', () => {
    assert.deepEqual(parseSubmission({ id: ' note7 ', text: '  two  spaces\n' }, 100), { tag: 'note7', text: '  two  spaces\n' });
  });

  it('accepts "tag" as another name for the tag, and no tag at all', () => {
    assert.deepEqual(parseSubmission({ tag: 'x', text: 'a' }, 100), { tag: 'x', text: 'a' });
    assert.deepEqual(parseSubmission({ text: 'a' }, 100), { tag: '', text: 'a' });
  });

  it('counts the limit in characters, so emoji and CJK are not penalised', () => {
    assert.equal(parseSubmission({ text: '😀'.repeat(10) }, 10).text.length, 20);
    assert.throws(() => parseSubmission({ text: '😀'.repeat(11) }, 10), status(413));
  });

  it('names the limit when the text is too long', () => {
    assert.throws(() => parseSubmission({ text: 'a'.repeat(21) }, 20), /at most 20 characters/);
  });

  const rejected: [string, Record<string, string>, number][] = [
    ['a missing text', { id: 'x' }, 400],
    ['an empty text', { text: '' }, 400],
    ['a blank text', { text: ' \n\t ' }, 400],
    ['a lone surrogate', { text: 'a\uD800b' }, 400],
    ['a NUL byte', { text: 'a\u0000b' }, 400],
    ['an escape character', { text: '\u001b[31mred' }, 400],
    ['a C1 control', { text: 'a\u0085b' }, 400],
    ['a tag that is too long', { id: 'x'.repeat(MAX_TAG_CHARS + 1), text: 'a' }, 400],
    ['a tag on two lines', { id: 'a\nb', text: 'a' }, 400],
    ['a tag with a NUL', { id: 'a\u0000', text: 'a' }, 400],
  ];
  for (const [what, fields, code] of rejected) {
    it(`rejects ${what} with ${code}`, () => assert.throws(() => parseSubmission(fields, 1000), status(code)));
  }

  it('accepts tabs, line breaks, right-to-left text and combining marks', () => {
    const text = 'a\tb\r\nשלום e\u0301';
    assert.equal(parseSubmission({ text }, 100).text, text);
  });
});
