/**
 * The forms in a real browser (Chromium at phone and desktop widths): each operation submits,
 * lands on its record page by Post/Redirect/Get (a reload shows the page again and saves nothing
 * more), and the history lists it; a refused text comes back in the form; the script counts
 * characters and refuses too-long or blank text before sending.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, skip, startHarness, submitForm, type BrowserHarness } from './harness.ts';

describe('the forms in a real browser', { skip }, () => {
  let h: BrowserHarness;
  before(async () => {
    h = await startHarness({ MAX_TEXT_CHARS: '300' });
  });
  after(() => h?.close());

  const cases = [
    { path: '/api/spell', tag: 'browser-spell', text: 'Speling is dificult', expected: 'Spelling is difficult' },
    { path: '/api/space', tag: 'browser-space', text: 'thequickbrownfoxjumpsoverthelazydog', expected: 'the quick brown fox jumps over the lazy dog' },
    { path: '/api/translate', tag: 'browser-translate', text: 'Bonjour le monde', expected: 'Hello world' },
  ];
  for (const { path, tag, text, expected } of cases) {
    it(`submits ${path}, lands on the record page (303), and a reload saves nothing more`, async () => {
      const page = await h.browser.newPage({ viewport: DESKTOP });
      await submitForm(page, h.app.url, path, text, tag);
      assert.equal((await page.getByTestId('result').innerText()).trim(), expected);
      const count = async () => ((await (await fetch(`${h.app.url}/records.json?tag=${tag}`)).json()) as { total: number }).total;
      assert.equal(await count(), 1);
      await page.reload();
      assert.equal((await page.getByTestId('result').innerText()).trim(), expected);
      assert.equal(await count(), 1, 'the reload submitted the form again');
      await page.getByRole('link', { name: 'All history' }).click();
      await page.waitForURL(`${h.app.url}/`);
      const row = page.locator('table.records tbody tr', { hasText: tag });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), new RegExp(expected));
      await page.close();
    });
  }

  it('keeps the text when the server refuses it, and the script refuses it first with the same words', async () => {
    const page = await h.browser.newPage({ viewport: PHONE });
    await page.goto(`${h.app.url}/api/spell`);
    const long = 'word '.repeat(70);
    await page.getByLabel('Text', { exact: false }).first().fill(long);
    assert.equal(await page.locator('#text-count').innerText(), '350 of 300 characters');
    await page.getByRole('button', { name: 'Correct spelling' }).click();
    assert.match(await page.locator('#text-error').innerText(), /^Text too long: 350 of 300 characters\.$/);
    assert.equal(page.url(), `${h.app.url}/api/spell`);
    // Without the script's check (as without JavaScript), the server answers with the form and the text.
    await page.evaluate(() => (globalThis as any).document.querySelector('form.operation').setAttribute('novalidate', ''));
    await Promise.all([page.waitForLoadState('load'), page.evaluate(() => (globalThis as any).document.querySelector('form.operation').submit())]);
    await page.waitForSelector('textarea#text');
    assert.equal(await page.locator('textarea#text').inputValue(), long);
    assert.match(await page.title(), /^Text too long: 350 of 300 characters/);
    await page.close();
  });

  it('catches spaces-only text before sending, and Ctrl+Enter sends', async () => {
    const page = await h.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${h.app.url}/api/space`);
    const field = page.locator('textarea#text');
    await field.fill('   ');
    await field.press('Control+Enter');
    assert.match(await page.locator('#text-error').innerText(), /text is empty/);
    await field.fill('helloworld');
    await Promise.all([page.waitForURL(/\/records\/\d+$/), field.press('Control+Enter')]);
    assert.equal((await page.getByTestId('result').innerText()).trim(), 'hello world');
    await page.close();
  });
});
