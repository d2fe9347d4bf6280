import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { historyHref, isSearch, parseHistoryQuery } from './history-query.ts';
import { HttpError } from '../http/errors.ts';

const parse = (query: string) => parseHistoryQuery(new URLSearchParams(query));
const badRequest = (error: unknown) => error instanceof HttpError && error.status === 400;

describe('parseHistoryQuery', () => {
  it('reads words, tag prefix, and whole UTC days with both ends included', () => {
    const query = parse('q=cat&tag_prefix=No&since=2026-11-01&until=2026-11-30&start=26');
    assert.equal(query.text, 'cat');
    assert.equal(query.tagPrefix, 'No');
    assert.equal(query.since, Date.UTC(2026, 10, 1));
    assert.equal(query.until, Date.UTC(2026, 11, 1));
    assert.equal(query.start, 26);
    assert.equal(isSearch(query), true);
    assert.equal(isSearch(parse('tag=a&op=spell')), false);
  });
  for (const [what, query] of [['an impossible date', 'since=2026-02-30'], ['a date in another format', 'until=30/11/2026'], ['a range backwards', 'since=2026-12-01&until=2026-11-01'], ['after with before', 'after=MTAwMC4x&before=MTAwMC4x'], ['a start of 0', 'start=0'], ['a repeated q', 'q=cat&q=dog'], ['a search with no word of three letters', 'q=a+b+%2B']] as const) {
    it(`refuses ${what} with a 400`, () => assert.throws(() => parse(query), badRequest));
  }
  it('links back to the same filters, a cursor and a position', () => {
    const query = parse('q=cat&since=2026-11-01&until=2026-11-30&op=spell');
    assert.equal(historyHref('/', query, { after: 'abc', start: 26 }), '/?op=spell&q=cat&since=2026-11-01&until=2026-11-30&after=abc&start=26');
    assert.equal(historyHref('/records.csv', parse('')), '/records.csv');
  });
});
