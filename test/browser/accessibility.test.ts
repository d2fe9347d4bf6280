/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page, in light mode at 390 px and in
 * dark mode at 1280 px: zero violations. The pages: the history (with records, filtered, and
 * empty), each form (translation available and not), a refused form, a record page of each
 * operation with changes to review, the API page and an error page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../../src/db/sqlite.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { DESKTOP, PHONE, axeViolations, skip, startHarness, type BrowserHarness } from './harness.ts';

describe('accessibility of every page (axe-core, WCAG 2.2 AA)', { skip }, () => {
  let h: BrowserHarness;
  let noTranslation: TestApp;
  const paths: string[] = ['/', '/?q=quick', '/?tag_prefix=nothing-matches', '/api/spell', '/api/space', '/api/translate', '/api', '/no-such-page'];
  before(async () => {
    h = await startHarness();
    noTranslation = await startTestApp('all');
    const post = async (path: string, body: unknown) => (await (await fetch(h.app.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { id: number };
    for (const [path, body] of [['/api/spell', { id: 'spell', text: 'Speling is dificult' }], ['/api/space', { id: 'space', text: 'thequickbrownfox' }], ['/api/translate', { id: 'fr', text: 'Bonjour le monde' }], ['/api/translate', { id: 'unknown', text: 'Zxqv plonk' }]] as const) {
      paths.push(`/records/${(await post(path, body)).id}`);
    }
    const store = await openSqliteStore(h.app.databaseUrl.replace(/^sqlite:/, ''));
    try {
      const saved = await store.save({
        tag: 'alternatives', operation: 'spell', original: 'I beleive it', processed: 'I believe it', sourceLanguage: null, engine: 'textops-spell/1',
        edits: [{ offset: 2, length: 7, replacement: 'believe', confidence: 0.7, alternatives: [{ word: 'relieve', confidence: 0.2 }] }],
      });
      paths.push(`/records/${saved.id}`);
    } finally {
      await store.close();
    }
  });
  after(async () => {
    await noTranslation?.stop();
    await h?.close();
  });

  // Each page in both colour schemes and at both widths, paired to halve the runs: colours are what
  // the scheme changes, layout (reflow, scrolling regions) what the width changes.
  for (const [colorScheme, viewport] of [['light', PHONE], ['dark', DESKTOP]] as const) {
    it(`finds no violations on any page in ${colorScheme} mode at ${viewport.width} px`, async () => {
      const failures: string[] = [];
      const context = await h.browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const visit = async (url: string, label: string) => {
        await page.goto(url);
        for (const v of await axeViolations(page)) failures.push(`${label} ${viewport.width}px: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      };
      for (const path of paths) await visit(h.app.url + path, path);
      await visit(`${noTranslation.url}/api/translate`, '/api/translate (not configured)');
      // A refused submit: the form comes back with its text and the error.
      await page.goto(`${h.app.url}/api/spell`);
      await page.evaluate(() => {
        const form = (globalThis as any).document.querySelector('form.operation');
        form.querySelector('textarea').value = '   ';
        form.submit();
      });
      await page.waitForSelector('#text-error:not([hidden])');
      for (const v of await axeViolations(page)) failures.push(`refused form ${viewport.width}px: ${v.id} (${v.help})`);
      await context.close();
      assert.deepEqual(failures, []);
    });
  }
});

