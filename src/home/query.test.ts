import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor, encodeCursor, parsePageQuery } from './query.ts';
import { MAX_PAGE_LIMIT } from '../db/store.ts';
import { HttpError } from '../http/errors.ts';

const badRequest = (error: unknown) => error instanceof HttpError && error.status === 400;

describe('cursor', () => {
  it('round-trips the time and id of the last row shown', () => {
    const cursor = { createdAt: 1_764_130_036_123, id: 42 };
    assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
  });

  it('round-trips the cursor it issues for a legacy record dated before 1970', () => {
    for (const createdAt of [-1, -86_400_000, Date.UTC(1969, 6, 20, 20, 17), Date.UTC(1, 0, 1)]) {
      const cursor = { createdAt, id: 7 };
      assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
    }
  });

  const forged: [string, string][] = [
    ['not base64url', 'a+b/c='],
    ['base64 of garbage', Buffer.from('hello').toString('base64url')],
    ['a doubly negative time', Buffer.from('--5.1').toString('base64url')],
    ['negative zero', Buffer.from('-0.1').toString('base64url')],
    ['a time before year 1', Buffer.from('-62135596800001.1').toString('base64url')],
    ['a negative id', Buffer.from('5.-1').toString('base64url')],
    ['a time past year 9999', Buffer.from('999999999999999.1').toString('base64url')],
    ['a fractional id', Buffer.from('1000.1.5').toString('base64url')],
    ['a huge string', 'A'.repeat(1000)],
    ['SQL', Buffer.from("1' OR '1'='1").toString('base64url')],
  ];
  for (const [what, raw] of forged) {
    it(`rejects ${what} with a 400`, () => assert.throws(() => decodeCursor(raw), badRequest));
  }
});

describe('parsePageQuery', () => {
  it('defaults to the first page of 25 with no filters', () => {
    assert.deepEqual(parsePageQuery(new URLSearchParams('')), { limit: 25 });
  });

  it('reads the tag, operation, cursor and limit', () => {
    const after = encodeCursor({ createdAt: 5, id: 6 });
    assert.deepEqual(parsePageQuery(new URLSearchParams({ tag: 'note 7', op: 'space', after, limit: '10' })), {
      limit: 10,
      tag: 'note 7',
      operation: 'space',
      after: { createdAt: 5, id: 6 },
    });
  });

  it('treats empty filters as absent (what an unfilled form sends)', () => {
    assert.deepEqual(parsePageQuery(new URLSearchParams('tag=&op=&after=&limit=')), { limit: 25 });
  });

  const bad = ['op=delete', 'limit=0', `limit=${MAX_PAGE_LIMIT + 1}`, 'limit=-3', 'limit=ten', 'limit=1e3', 'tag=a&tag=b', `tag=${'x'.repeat(300)}`];
  for (const query of bad) {
    it(`rejects ${query.slice(0, 40)} with a 400`, () => assert.throws(() => parsePageQuery(new URLSearchParams(query)), badRequest));
  }
});
