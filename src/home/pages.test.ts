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
});
