/**
 * The history and record pages in a real browser: on a 390 px phone the history is a list of cards
 * that never scrolls sideways and shows a record on the first screen; at 320 px the menu stays
 * inside the page; on a record page a reader picks a ranked alternative and saves the reviewed
 * text as a new record.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/db/sqlite.ts';
import { DESKTOP, PHONE, skip, startHarness, type BrowserHarness } from './harness.ts';

describe('the history and record pages in a real browser', { skip }, () => {
  let h: BrowserHarness;
  let reviewId = 0;
  before(async () => {
    h = await startHarness();
    const long = 'A rather long text that would make a table cell very wide on a phone, '.repeat(4);
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${h.app.url}/api/space`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: `a-fairly-long-tag-number-${i}`, text: `${long}thequickbrownfox${i}` }) });
      assert.equal(response.status, 201);
    }
    const store = await openSqliteStore(h.app.databaseUrl.replace(/^sqlite:/, ''));
    try {
      const saved = await store.save({
        tag: 'review', operation: 'spell', original: 'I beleive it', processed: 'I believe it', sourceLanguage: null, engine: 'textops-spell/1',
        edits: [{ offset: 2, length: 7, replacement: 'believe', confidence: 0.7, alternatives: [{ word: 'relieve', confidence: 0.2 }, { word: 'bereave', confidence: 0.1 }] }],
      });
      reviewId = saved.id;
    } finally {
      await store.close();
    }
  });
  after(() => h?.close());

  it('shows the history on a 390 px phone as cards, with no sideways scroll and a record on the first screen', async () => {
    const page = await h.browser.newPage({ viewport: PHONE });
    await page.goto(`${h.app.url}/`);
    const widths = await page.evaluate(() => { const root = (globalThis as any).document.documentElement; return { scroll: root.scrollWidth as number, client: root.clientWidth as number }; });
    assert.ok(widths.scroll <= widths.client, `the page is ${widths.scroll} px wide inside ${widths.client}`);
    const firstRecord = await page.locator('table.records tbody tr').first().boundingBox();
    assert.ok(firstRecord !== null && firstRecord.y < PHONE.height, `the first record starts at y=${firstRecord?.y}`);
    assert.equal(await page.locator('table.records thead').isVisible(), false);
    await page.close();
  });

  it('keeps the menu inside a 320 px screen', async () => {
    const page = await h.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/api/spell', `/records/${reviewId}`]) {
      await page.goto(h.app.url + path);
      const overflow = await page.evaluate(() => { const doc = (globalThis as any).document; return [...doc.querySelectorAll('header.site a')].filter((a: any) => a.getBoundingClientRect().right > doc.documentElement.clientWidth).map((a: any) => a.textContent as string); });
      assert.deepEqual(overflow, [], `${path}: links past the right edge`);
      assert.ok(await page.evaluate(() => { const root = (globalThis as any).document.documentElement; return root.scrollWidth <= root.clientWidth; }), `${path} scrolls sideways`);
    }
    await page.close();
  });

  it('opens a record from the history and pages Older and Newer', async () => {
    const page = await h.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${h.app.url}/?limit=5`);
    assert.match(await page.getByTestId('count').innerText(), /^1–5 of 13 records$/);
    await page.getByRole('link', { name: 'Older →' }).click();
    assert.match(await page.getByTestId('count').innerText(), /^6–10 of 13 records$/);
    await page.getByRole('link', { name: '← Newer' }).click();
    assert.match(await page.getByTestId('count').innerText(), /^1–5 of 13 records$/);
    await Promise.all([page.waitForURL(/\/records\/\d+$/), page.locator('table.records tbody tr td.time a').first().click()]);
    assert.match(await page.locator('h1').innerText(), /record \d+/);
    await page.close();
  });

  it('lets the reader choose an alternative and saves the reviewed text as a new record', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await h.browser.newPage({ viewport });
      await page.goto(`${h.app.url}/records/${reviewId}`);
      assert.match(await page.locator('ol.changes li').first().innerText(), /beleive → believe/);
      await page.getByLabel(/relieve/).check();
      await Promise.all([page.waitForURL(/\/records\/\d+$/), page.getByRole('button', { name: 'Save reviewed text' }).click()]);
      assert.notEqual(page.url(), `${h.app.url}/records/${reviewId}`);
      assert.equal((await page.getByTestId('result').innerText()).trim(), 'I relieve it');
      assert.match(await page.locator('dl.meta').innerText(), new RegExp(`Reviewed from\\s+record ${reviewId}`));
      await page.close();
    }
  });
});
