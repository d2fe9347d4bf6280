/**
 * The browser test: headless Chromium (Debian's, driven by playwright-core) submits each form,
 * follows the link to the history and finds the record; the history page's screenshot goes to
 * test-output/ (and, with UPDATE_SCREENSHOT=1, to docs/history.png for the README).
 *
 * CI sets TEXTOPS_TEST_CHROMIUM; without it, and without /usr/bin/chromium, the test is skipped
 * and says why.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { startGoogleStandIn } from '../standins/google-translate.ts';

const executablePath = process.env.TEXTOPS_TEST_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const skip = executablePath === undefined ? 'no Chromium: install Debian\'s chromium or set TEXTOPS_TEST_CHROMIUM' : false;

describe('the forms in a real browser', { skip }, () => {
  let app: TestApp;
  let browser: Browser;
  let google: Awaited<ReturnType<typeof startGoogleStandIn>>;

  before(async () => {
    google = await startGoogleStandIn();
    app = await startTestApp('all', { GOOGLE_TRANSLATE_API_KEY: 'browser-test-key', GOOGLE_CLOUD_TRANSLATE_ENDPOINT: google.endpoint });
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
    await google?.close();
  });

  const cases = [
    { path: '/api/spell', tag: 'browser-spell', text: 'Speling is dificult', expected: 'Spelling is difficult' },
    { path: '/api/space', tag: 'browser-space', text: 'thequickbrownfoxjumpsoverthelazydog', expected: 'the quick brown fox jumps over the lazy dog' },
    { path: '/api/translate', tag: 'browser-translate', text: 'Bonjour le monde', expected: 'Hello world' },
  ];
  for (const { path, tag, text, expected } of cases) {
    it(`submits the ${path} form, sees the result and finds the record in the history`, async () => {
      const page = await browser.newPage();
      await page.goto(app.url + path);
      await page.getByLabel('Tag').fill(tag);
      await page.getByLabel('Text').fill(text);
      await Promise.all([page.waitForURL(app.url + path), page.getByRole('button').click()]);
      assert.equal((await page.getByTestId('result').innerText()).trim(), expected);
      await page.getByRole('link', { name: 'All history' }).click();
      await page.waitForURL(`${app.url}/`);
      const row = page.locator('table.records tbody tr', { hasText: tag });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), new RegExp(expected));
      await page.close();
    });
  }

  it('renders the history page for the screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${app.url}/`);
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/history.png' });
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync('test-output/history.png', 'docs/history.png');
    assert.ok(existsSync('test-output/history.png'));
    await page.close();
  });
});
