import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../db/sqlite.ts';
import type { PageQuery } from '../db/store.ts';
import { FIRST_FEED_BATCH, MAX_BATCH_ROWS, feedPage } from './feed.ts';

async function storeWith(texts: string[]) {
  let t = 1_000;
  const store = await openSqliteStore(':memory:', { clock: () => (t += 1) });
  for (const text of texts) await store.save({ tag: '', operation: 'spell', original: text, processed: text, sourceLanguage: null, engine: 'e' });
  return store;
}

describe('feedPage', () => {
  it('answers up to the row limit when the records are small, reading in batches', async () => {
    const store = await storeWith(Array.from({ length: 60 }, (_, i) => `t${i}`));
    const limits: number[] = [];
    const page = await feedPage((query: PageQuery) => (limits.push(query.limit), store.page(query)), { limit: 55 });
    assert.equal(page.records.length, 55);
    assert.equal(JSON.parse(page.records[0] ?? 'null')?.original, 't59');
    assert.equal(limits[0], FIRST_FEED_BATCH);
    assert.equal(limits.reduce((sum, n) => sum + n, 0), 55);
    assert.ok(limits.length <= 3 && limits.every((n) => n <= MAX_BATCH_ROWS), `batches of ${limits}`);
    const rest = await feedPage((query) => store.page(query), { limit: 55, after: page.next! });
    assert.deepEqual(rest.records.map((json) => JSON.parse(json).original), ['t4', 't3', 't2', 't1', 't0']);
    assert.equal(rest.next, null);
    await store.close();
  });

  it('stops before the byte bound and hands the rest to the cursor, losing and repeating nothing', async () => {
    const store = await storeWith(Array.from({ length: 30 }, (_, i) => `${i}:${'😀'.repeat(1_000)}`));
    const seen: string[] = [];
    let after;
    let pages = 0;
    do {
      const page = await feedPage((query) => store.page(query), { limit: 500, after }, 20_000);
      const bytes = page.records.reduce((sum, json) => sum + Buffer.byteLength(json), 0);
      assert.ok(bytes <= 20_000, `a page of ${bytes} bytes`);
      seen.push(...page.records.map((json) => (JSON.parse(json) as { original: string }).original.split(':')[0]!)); // split yields a first part
      after = page.next ?? undefined;
      pages += 1;
    } while (after !== undefined);
    assert.deepEqual(seen, Array.from({ length: 30 }, (_, i) => String(29 - i)));
    assert.ok(pages >= 7, `${pages} pages`);
    await store.close();
  });

  it('always sends one record, even one larger than the bound', async () => {
    const store = await storeWith(['x'.repeat(5_000), 'y'.repeat(5_000)]);
    const page = await feedPage((query) => store.page(query), { limit: 10 }, 100);
    assert.equal(page.records.length, 1);
    assert.notEqual(page.next, null);
    await store.close();
  });
});
