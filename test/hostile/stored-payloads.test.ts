/**
 * SQL and HTML injection through the real server: every payload in payloads.ts is submitted as
 * the tag and as the text, comes back byte-exact from the JSON feed, filters exactly (a tag
 * filter is a value, never SQL), and renders on the history page and the result page as text:
 * the parsed HTML uses no element or attribute that a page of harmless records does not use,
 * has no script, no event handler and no javascript: URL, and its text shows the payload as typed.
 * Runs on SQLite always, and on MySQL too when TEXTOPS_TEST_MYSQL_URL is set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postForm, postJson, type TestApp } from '../support/app.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, testMysqlUrl } from '../../src/db/testing/mysql-scratch.ts';
import { ALL_PAYLOADS } from './payloads.ts';
import { markupVocabulary, textContent, tokenizeHtml, type HtmlToken } from './html-tokens.ts';

interface RecordJson {
  id: number;
  tag: string;
  original: string;
  operation: string;
}

function assertHarmless(tokens: readonly HtmlToken[], allowed: ReadonlySet<string>, where: string): void {
  const unexpected = [...markupVocabulary(tokens)].filter((name) => !allowed.has(name));
  assert.deepEqual(unexpected, [], `${where} has markup a harmless page does not have`);
  for (const token of tokens) {
    if (token.kind !== 'start') continue;
    // The one script a page may load is the app's own file (CSP script-src 'self'); none comes from data.
    if (token.name === 'script') assert.match(token.attributes.find(([name]) => name === 'src')?.[1] ?? '', /^\/assets\/textops\.js\?v=[0-9a-f]+$/, `${where} contains a <script>`);
    for (const [name, value] of token.attributes) {
      assert.doesNotMatch(name, /^on/, `${where}: <${token.name}> has an event handler ${name}`);
      if (name === 'href' || name === 'src' || name === 'action') assert.doesNotMatch(value.trim(), /^javascript:/i, `${where}: a javascript: URL`);
    }
  }
}

async function page(url: string): Promise<HtmlToken[]> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  assert.equal(response.status, 200, url);
  return tokenizeHtml(await response.text());
}

function injectionSuite(label: string, env: () => Promise<Record<string, string>>): void {
  describe(`stored payloads come back exact and render as text (${label})`, () => {
    let app: TestApp;
    let homeVocabulary: Set<string>;
    let resultVocabulary: Set<string>;
    before(async () => {
      app = await startTestApp('all', await env());
      await postJson(`${app.url}/api/space`, { id: 'harmless', text: 'helloworld' });
      await postJson(`${app.url}/api/spell`, { id: 'harmless', text: 'speling' });
      homeVocabulary = markupVocabulary(await page(`${app.url}/`));
      const result = await postForm(`${app.url}/api/spell`, { id: 'harmless', text: 'a harmless speling' });
      resultVocabulary = markupVocabulary(tokenizeHtml(result.html));
    });
    after(() => app?.stop());

    for (const [name, payload] of ALL_PAYLOADS) {
      it(`stores ${name} byte-exact as tag and text, and filters by it exactly`, async () => {
        const saved = await postJson(`${app.url}/api/space`, { id: payload, text: payload });
        assert.equal(saved.status, 201, JSON.stringify(saved.json));
        assert.equal(saved.json.tag, payload);
        assert.equal(saved.json.original, payload);
        const feed = (await (await fetch(`${app.url}/records.json?tag=${encodeURIComponent(payload)}`)).json()) as { total: number; records: RecordJson[] };
        assert.equal(feed.total, 1, `the tag filter matched ${feed.total} records`);
        const [record] = feed.records;
        assert.ok(record);
        assert.equal(record.id, saved.json.id);
        assert.equal(record.tag, payload);
        assert.equal(record.original, payload);
      });

      it(`shows ${name} as text on the result page`, async () => {
        const { status, html } = await postForm(`${app.url}/api/spell`, { id: payload, text: payload });
        assert.equal(status, 200); // the record page, after the submit's 303
        const tokens = tokenizeHtml(html);
        assertHarmless(tokens, resultVocabulary, 'the result page');
        assert.ok(textContent(tokens).includes(payload), 'the result page does not show the payload as typed');
      });
    }

    it('keeps the table whole and counts every record (nothing dropped or deleted)', async () => {
      // Per-operation filters not asked for before, so no cached total can answer for them.
      const total = async (operation: string) => ((await (await fetch(`${app.url}/records.json?op=${operation}&limit=1`)).json()) as { total: number }).total;
      assert.equal(await total('space'), 1 + ALL_PAYLOADS.length);
      assert.equal(await total('spell'), 2 + ALL_PAYLOADS.length);
    });

    it('renders the history page with every payload as text', async () => {
      const tokens = await page(`${app.url}/?limit=500`);
      assertHarmless(tokens, homeVocabulary, 'the history page');
      const text = textContent(tokens);
      const missing = ALL_PAYLOADS.filter(([, payload]) => !text.includes(payload)).map(([name]) => name);
      assert.deepEqual(missing, [], 'payloads not shown as typed on the history page');
    });

    it('renders a history page filtered by each payload tag as text', async () => {
      for (const [name, payload] of ALL_PAYLOADS) {
        const tokens = await page(`${app.url}/?tag=${encodeURIComponent(payload)}`);
        assertHarmless(tokens, homeVocabulary, `the history page filtered by ${name}`);
      }
    });
  });
}

injectionSuite('SQLite', async () => ({}));

const mysqlUrl = testMysqlUrl();
if (mysqlUrl === undefined) {
  describe('stored payloads on MySQL', () => it.skip(MYSQL_SKIP_MESSAGE));
} else {
  const scratch = new ScratchDatabases(mysqlUrl);
  after(() => scratch.dropAll());
  injectionSuite('MySQL', async () => ({ DATABASE_URL: await scratch.create() }));
}
