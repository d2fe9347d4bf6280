import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cachedRows, historyPage } from './pages.ts';
import type { SavedRecord } from '../db/store.ts';

const record = (id: number, original: string): SavedRecord => ({
  id, tag: 't<1>', operation: 'spell', original, processed: original.toUpperCase(), sourceLanguage: null, engine: 'e', createdAt: new Date(Date.UTC(2026, 10, 26, 4, 27, 16)),
});

describe('history rows', () => {
  it('escapes every value of a record in its row', () => {
    const row = cachedRows()(record(1, '<script>x</script>')).toString();
    assert.match(row, /&lt;script&gt;x&lt;\/script&gt;/);
    assert.match(row, /t&lt;1&gt;/);
    assert.doesNotMatch(row, /<script>/);
  });

  it('reuses the markup of a record it has rendered, and keeps one cache per renderer', () => {
    const first = cachedRows();
    const second = cachedRows();
    assert.equal(first(record(7, 'one')), first(record(7, 'one')));
    // Another store's record 7 is another record: its renderer has its own cache.
    assert.match(second(record(7, 'two')).toString(), />two</);
  });

  it('clips long texts in the table without splitting an emoji', () => {
    const page = historyPage({ query: { limit: 25, start: 1 }, page: { records: [record(1, `${'a'.repeat(199)}😀tail`)], next: null }, total: 1, renderRow: cachedRows() });
    assert.match(page, new RegExp(`${'a'.repeat(199)}…`));
    assert.ok(page.isWellFormed());
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => record(100 - i, `text ${i}`));

  it('counts what is shown, with singular and plural', () => {
    const one = historyPage({ query: { limit: 25, start: 1 }, page: { records: many(1), next: null }, total: 1, renderRow: cachedRows() });
    assert.match(one, /data-testid="count">1 record</);
    const filtered = historyPage({ query: { limit: 25, start: 1, tag: 'x' }, page: { records: many(1), next: null }, total: 1, renderRow: cachedRows() });
    assert.match(filtered, /data-testid="count">1 record matches these filters</);
    const middle = historyPage({ query: { limit: 25, start: 26, after: { createdAt: 5, id: 5 } }, page: { records: many(14), next: null }, total: 39, renderRow: cachedRows() });
    assert.match(middle, /data-testid="count">26–39 of 39 records</);
    assert.match(middle, /<a rel="prev" href="\/\?before=[A-Za-z0-9_-]+">← Newer<\/a>/);
    assert.doesNotMatch(middle, /rel="next"/);
  });

  it('names the filter when nothing matches', () => {
    const empty = historyPage({ query: { limit: 25, start: 1, tag: 'Note<7>' }, page: { records: [], next: null }, total: 0, renderRow: cachedRows() });
    assert.match(empty, /No records match tag “Note&lt;7&gt;”\./);
  });

  it('links every row to its record page and shows the operation by name', () => {
    const row = cachedRows()(record(12, 'x')).toString();
    assert.match(row, /<a href="\/records\/12"/);
    assert.match(row, /<td class="op">Spelling<\/td>/);
  });
});

