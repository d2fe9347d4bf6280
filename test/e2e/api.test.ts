/**
 * End to end through the real server (serve all, SQLite): every api route, both body types,
 * each error status, and the record showing up on home.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, getJson, postForm, postJson, type TestApp } from '../support/app.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp('all', { MAX_TEXT_CHARS: '200' });
});
after(() => app.stop());

describe('api forms (GET)', () => {
  for (const [path, heading] of [['/api/spell', 'Spelling correction'], ['/api/space', 'Space restoration'], ['/api/translate', 'Translation to English']]) {
    it(`${path} serves a labelled form that posts to itself`, async () => {
      const response = await fetch(app.url + path, { headers: { accept: 'text/html' } });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const page = await response.text();
      assert.match(page, new RegExp(`<h1>${heading}</h1>`));
      assert.match(page, new RegExp(`<form class="operation card" method="post" action="${path}"`));
      assert.match(page, /<label for="id">Tag/);
      assert.match(page, /<label for="text">Text/);
      assert.match(page, /href="\/"/);
    });
  }

  it('says on the translate form that translation is not available, disables it, and leaves the variables to the README and the log', async () => {
    const page = await (await fetch(`${app.url}/api/translate`)).text();
    assert.match(page, /Translation is not available on this server/);
    assert.match(page, /<fieldset disabled>/);
    assert.doesNotMatch(page, /GOOGLE_TRANSLATE_API_KEY|LIBRETRANSLATE_URL/);
    assert.ok(app.logs.some((line) => /GOOGLE_TRANSLATE_API_KEY/.test(line) && /LIBRETRANSLATE_URL/.test(line)));
  });

  it('offers the space form a box to split web names, unticked', async () => {
    const response = await fetch(`${app.url}/api/space`);
    const html = await response.text();
    assert.match(html, /<input id="splitWebNames" name="splitWebNames" type="checkbox" value="true"[^>]*>/);
    assert.doesNotMatch(html, /id="splitWebNames"[^>]* checked/);
    assert.doesNotMatch(await (await fetch(`${app.url}/api/spell`)).text(), /splitWebNames/);
  });

  it('puts the text first, with autofocus and no maxlength that would cut a paste', async () => {
    const page = await (await fetch(`${app.url}/api/spell`)).text();
    assert.ok(page.indexOf('id="text"') < page.indexOf('id="id"'));
    assert.match(page, /<textarea id="text" name="text"[^>]* autofocus dir="auto"/);
    assert.doesNotMatch(page, /<textarea[^>]*maxlength/);
  });

  it('serves GET /api as an HTML page to a browser and as JSON otherwise', async () => {
    const browser = await fetch(`${app.url}/api`, { headers: { accept: 'text/html,*/*;q=0.8' } });
    assert.match(browser.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await browser.text(), /<h1>The textops API<\/h1>/);
    const curl = await fetch(`${app.url}/api`, { headers: { accept: '*/*' } });
    assert.match(curl.headers.get('content-type') ?? '', /^application\/json/);
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(`${app.url}/api/spell`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });
});

describe('api submits', () => {
  it('corrects spelling from JSON and answers 201 with the saved record', async () => {
    const { status, json } = await postJson(`${app.url}/api/spell`, { id: 'json-1', text: 'Speling is hard' });
    assert.equal(status, 201);
    assert.equal(json.processed, 'Spelling is hard');
    assert.equal(json.original, 'Speling is hard');
    assert.equal(json.tag, 'json-1');
    assert.equal(json.operation, 'spell');
    assert.equal(json.sourceLanguage, null);
    assert.match(json.engine, /^textops-spell\//);
    assert.ok(Number.isInteger(json.id));
    assert.ok(Math.abs(Date.parse(json.createdAt) - Date.now()) < 60_000);
    assert.equal(json.edits.length, 1);
    assert.deepEqual([json.edits[0].offset, json.edits[0].length, json.edits[0].replacement], [0, 7, 'Spelling']);
  });

  it('ranks the candidates in context and returns each edit with its confidence and up to three alternatives', async () => {
    const { status, json } = await postJson(`${app.url}/api/spell`, { id: 'json-alternatives', text: 'I have a few mistaks' });
    assert.equal(status, 201);
    assert.equal(json.processed, 'I have a few mistakes');
    const [edit] = json.edits;
    assert.equal(edit.replacement, 'mistakes');
    assert.ok(edit.confidence > 0.5 && edit.confidence <= 1);
    assert.equal(edit.alternatives[0].word, 'mistake');
    assert.ok(edit.alternatives.length <= 3);
    const shares = [edit.confidence, ...edit.alternatives.map((alternative: { confidence: number }) => alternative.confidence)];
    assert.deepEqual([...shares].sort((a, b) => b - a), shares);
    assert.ok(shares.reduce((sum, share) => sum + share, 0) <= 1.0015);
  });

  it('answers a JSON submit with the record\'s Location, where its JSON is', async () => {
    const { status, headers, json } = await postJson(`${app.url}/api/spell`, { id: 'located', text: 'Speling is hard' });
    assert.equal(status, 201);
    assert.equal(headers.get('location'), `/records/${json.id}`);
    const back = await getJson(`${app.url}${headers.get('location')}.json`);
    assert.equal(back.processed, 'Spelling is hard');
    assert.deepEqual(back.edits, json.edits);
    assert.deepEqual(await getJson(`${app.url}${headers.get('location')}`, { headers: { accept: 'application/json' } }), back);
  });

  it('keeps the name part of a domain or hashtag whole unless splitWebNames asks, from JSON and from the form', async () => {
    const text = 'visit expertsexchange.com for #throwbackthursday';
    const kept = await postJson(`${app.url}/api/space`, { text });
    assert.equal(kept.status, 201);
    assert.equal(kept.json.processed, text);
    const split = await postJson(`${app.url}/api/space`, { text, splitWebNames: true });
    assert.equal(split.status, 201);
    assert.equal(split.json.processed, 'visit experts exchange.com for #throwback thursday');
    assert.equal((await postJson(`${app.url}/api/space`, { text, splitWebNames: false })).json.processed, text);
    const { status, html } = await postForm(`${app.url}/api/space`, { text: '#throwbackthursday', splitWebNames: 'true' });
    assert.equal(status, 200);
    assert.match(html, /data-testid="result">#throwback<ins class="space"/);
  });

  it('answers 400 naming splitWebNames when it is neither true nor false', async () => {
    const { status, json } = await postJson(`${app.url}/api/space`, { text: 'helloworld', splitWebNames: 'maybe' });
    assert.equal(status, 400);
    assert.match(json.detail, /"splitWebNames" field must be true or false/);
  });

  it('answers a text corrected on the worker thread with exactly the record it saved, edits included', async () => {
    // Distinct unknown two-letter words: too costly for the main thread, so this one runs on the worker. One to a
    // sentence, since a sentence of mostly unknown words is taken for text-speak and left alone (spell/sentence-cues.ts).
    const { status, json } = await postJson(`${app.url}/api/spell`, { id: 'on-worker', text: 'Teh zq. Teh xq. Teh qz. Teh jq. Teh vq. Teh qv. Teh qx. Teh xz.' });
    assert.equal(status, 201);
    assert.ok(json.edits.length > 1);
    assert.deepEqual(await getJson(`${app.url}/records/${json.id}.json`), { ...json, sourceId: null });
  });

  it('answers a form post with 303 to the record page (Post/Redirect/Get)', async () => {
    const posted = await postForm(`${app.url}/api/space`, { id: 'form-1', text: 'thequickbrownfox' }, { follow: false });
    assert.equal(posted.status, 303);
    assert.match(posted.headers.get('location') ?? '', /^\/records\/\d+$/);
    assert.equal(posted.html, '');
    const { status, html, url } = await postForm(`${app.url}/api/space`, { id: 'form-1', text: 'thequickbrownfox' });
    assert.equal(status, 200);
    assert.match(url, /\/records\/\d+$/);
    assert.match(html, /<h1>Space restoration: record \d+<\/h1>/);
    assert.match(html, /data-testid="result">the<ins class="space"/);
    assert.match(html, /href="\/\?tag=form-1"/);
  });

  it('escapes markup in the tag and text on the result page', async () => {
    const { html } = await postForm(`${app.url}/api/spell`, { id: '<b>x</b>', text: '<script>alert(1)</script>' });
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<b>x<\/b>/);
    assert.match(html, /&lt;b&gt;x&lt;\/b&gt;/);
  });

  it('answers a JSON client with 400 problem+json when the text is missing', async () => {
    const { status, headers, json } = await postJson(`${app.url}/api/spell`, { id: 'x' });
    assert.equal(status, 400);
    assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(json.status, 400);
    assert.match(json.detail, /text is required/);
  });

  it('gives a browser its form back, tag kept, when the text is blank', async () => {
    const { status, headers, html } = await postForm(`${app.url}/api/space`, { id: 'kept-tag', text: '   ' });
    assert.equal(status, 400);
    assert.match(headers.get('content-type') ?? '', /^text\/html/);
    assert.match(html, /The text is empty/);
    assert.match(html, /value="kept-tag"/);
    assert.match(html, /aria-invalid="true"/);
  });

  it('gives a browser its form back with the text and a plain title when the text is too long', async () => {
    const text = `${'word '.repeat(50)}`.trim();
    const { status, html } = await postForm(`${app.url}/api/spell`, { id: 'long', text });
    assert.equal(status, 413);
    assert.match(html, /<title>Text too long: 249 of 200 characters · Spelling correction · textops<\/title>/);
    assert.ok(html.includes(`>${text}</textarea>`));
    assert.match(html, /id="text-error" role="alert"><strong>Text too long: 249 of 200 characters\.<\/strong>/);
  });

  it('answers 413 naming the limit when the text is too long', async () => {
    const { status, json } = await postJson(`${app.url}/api/spell`, { text: 'a'.repeat(201) });
    assert.equal(status, 413);
    assert.match(json.detail, /at most 200 characters/);
  });

  it('answers 415 for a body type it does not take', async () => {
    const response = await fetch(`${app.url}/api/spell`, { method: 'POST', headers: { 'content-type': 'text/plain', accept: 'application/json' }, body: 'hello' });
    assert.equal(response.status, 415);
  });

  it('answers 400 for malformed JSON', async () => {
    const response = await fetch(`${app.url}/api/spell`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "a"' });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('answers 503 with Retry-After when translation is not configured, and saves nothing', async () => {
    const before = (await getJson(`${app.url}/records.json?op=translate`)).total;
    const { status, headers, json } = await postJson(`${app.url}/api/translate`, { text: 'Bonjour' });
    assert.equal(status, 503);
    assert.match(json.detail, /not available on this server/);
    assert.match(headers.get('retry-after') ?? '', /^\d+$/);
    assert.equal((await getJson(`${app.url}/records.json?op=translate`)).total, before);
  });

  it('answers 404 for an unknown api path and 405 with Allow for a wrong method', async () => {
    assert.equal((await fetch(`${app.url}/api/nope`)).status, 404);
    const response = await fetch(`${app.url}/api/spell`, { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.match(response.headers.get('allow') ?? '', /GET/);
    assert.match(response.headers.get('allow') ?? '', /POST/);
  });

  it('lists the operations at GET /api', async () => {
    const index = await getJson(`${app.url}/api`, { headers: { accept: 'application/json' } });
    assert.deepEqual(index.operations.map((op: { name: string }) => op.name), ['spell', 'space', 'translate']);
    assert.equal(index.operations[2].available, false);
    assert.match(index.operations[1].request.splitWebNames, /optional boolean, default false/);
  });

  it('ends every JSON answer, errors included, with a newline', async () => {
    for (const [path, init] of [['/api', { headers: { accept: 'application/json' } }], ['/records.json', {}], ['/api/nope', { headers: { accept: 'application/json' } }]] as const) {
      assert.match(await (await fetch(app.url + path, init)).text(), /\}\n$/, path);
    }
  });

  it('answers the health and readiness checks of both services', async () => {
    for (const path of ['/healthz', '/readyz', '/api/healthz', '/api/readyz']) {
      const response = await fetch(app.url + path);
      assert.equal(response.status, 200, path);
    }
  });

  it('sends the security headers and a request id on every response', async () => {
    const response = await fetch(`${app.url}/api/spell`);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok((response.headers.get('x-request-id') ?? '').length > 0);
  });
});

describe('home shows what api saved', () => {
  it('lists a record made through api on the history page, newest first', async () => {
    await postJson(`${app.url}/api/space`, { id: 'seen-on-home', text: 'helloworld' });
    const page = await (await fetch(`${app.url}/?tag=seen-on-home`)).text();
    assert.match(page, /<table class="records">/);
    assert.match(page, /hello world/);
    assert.match(page, /1 record match/);
  });

  it('serves the same page as JSON with Accept: application/json and at /records.json', async () => {
    const viaAccept = await getJson(`${app.url}/?tag=seen-on-home`, { headers: { accept: 'application/json' } });
    const viaPath = await getJson(`${app.url}/records.json?tag=seen-on-home`);
    assert.equal(viaAccept.total, 1);
    assert.deepEqual(viaAccept, viaPath);
    assert.equal(viaPath.records[0].processed, 'hello world');
  });

  it('pages through every record exactly once with the next cursor', async () => {
    for (let i = 0; i < 7; i++) await postJson(`${app.url}/api/space`, { id: 'paging', text: `record${i}here` });
    const seen: number[] = [];
    let url: string | null = `${app.url}/records.json?tag=paging&limit=3`;
    while (url !== null) {
      const body: { records: { id: number }[]; nextUrl: string | null } = await getJson(url);
      seen.push(...body.records.map((record) => record.id));
      url = body.nextUrl === null ? null : app.url + body.nextUrl;
    }
    assert.equal(seen.length, 7);
    assert.deepEqual(seen, [...seen].sort((a, b) => b - a));
  });

  it('answers 400 for a forged cursor and an unknown operation filter', async () => {
    assert.equal((await fetch(`${app.url}/?after=not-a-cursor`)).status, 400);
    assert.equal((await fetch(`${app.url}/records.json?op=drop`)).status, 400);
  });

  it('answers 404 on home for an unknown page, as HTML', async () => {
    const response = await fetch(`${app.url}/nope`, { headers: { accept: 'text/html' } });
    assert.equal(response.status, 404);
    assert.match(await response.text(), /<html/);
  });
});
