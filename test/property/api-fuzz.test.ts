/**
 * The engines' properties hold through the real server too (seeded; replay with PROPERTY_SEED):
 * random Unicode texts POSTed as JSON to /api/spell and /api/space never get a 5xx; a text the
 * validation refuses (control characters, lone surrogates) gets a 400 naming the problem and is
 * not saved; every accepted one is saved byte-exact, and its result keeps the original's
 * characters (spelling: outside the reported edits; space: every non-space character, in order).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, postJson, type TestApp } from '../support/app.ts';
import { randomText, runSeed, seededRandom, visible } from '../support/random-text.ts';
import { applyEdits } from '../../src/engines/edits.ts';

const SEED = runSeed(process.env);
const TEXTS = 150;


let app: TestApp;
before(async () => {
  app = await startTestApp('all');
});
after(() => app.stop());

describe(`random Unicode through the api (PROPERTY_SEED=${SEED})`, () => {
  for (const operation of ['spell', 'space'] as const) {
    it(`/api/${operation} answers 201 or a clear 400, saves byte-exact, and keeps the text's characters`, async () => {
      const random = seededRandom(SEED ^ (operation === 'spell' ? 1 : 2));
      let accepted = 0;
      for (let i = 0; i < TEXTS; i++) {
        const text = randomText(random, 30);
        const tag = `fuzz-${operation}-${i}`;
        const { status, json } = await postJson(`${app.url}/api/${operation}`, { id: tag, text });
        const where = `text #${i} ${visible(text)} (PROPERTY_SEED=${SEED})`;
        assert.ok(status === 201 || status === 400, `${where}: got ${status} ${JSON.stringify(json)}`);
        if (status === 400) {
          assert.match(json.detail, /text is required|control character|unpaired surrogate/, where);
          continue;
        }
        accepted++;
        assert.equal(json.original, text, `${where}: not saved byte-exact`);
        if (operation === 'spell') assert.equal(applyEdits(text, json.edits), json.processed, `${where}: the result differs outside its edits`);
        else assert.equal(json.processed.replace(/ /g, ''), text.replace(/ /g, ''), `${where}: non-space characters changed`);
        const feed = (await (await fetch(`${app.url}/records.json?tag=${encodeURIComponent(tag)}`)).json()) as { total: number; records: Array<{ original: string }> };
        assert.equal(feed.total, 1, where);
        assert.equal(feed.records[0]?.original, text, `${where}: the feed does not return it byte-exact`);
      }
      const saved = (await (await fetch(`${app.url}/records.json?op=${operation}&limit=1`)).json()) as { total: number };
      assert.equal(saved.total, accepted, 'refused texts were saved, or accepted ones were not');
      assert.ok(accepted >= TEXTS / 10, `only ${accepted} of ${TEXTS} random texts were valid: the generator tests too little`);
    });
  }
});
