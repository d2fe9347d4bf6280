import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, page, SafeHtml } from './html.ts';

describe('escapeHtml', () => {
  const cases: Array<[input: string, expected: string, what: string]> = [
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;', 'a script tag'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;', 'both kinds of quote'],
    ['fish & chips', 'fish &amp; chips', 'an ampersand'],
    ['&amp;', '&amp;amp;', 'an entity is escaped again, not trusted'],
    ['plain text, ünïcödé 日本', 'plain text, ünïcödé 日本', 'text with nothing to escape'],
    ['', '', 'the empty string'],
  ];
  for (const [input, expected, what] of cases) {
    it(`escapes ${what}`, () => assert.equal(escapeHtml(input), expected));
  }
});

describe('html', () => {
  it('escapes interpolated strings in text and in attributes', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    assert.equal(html`<a title="${evil}">${evil}</a>`.toString(),
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>');
  });

  const values: Array<[value: unknown, expected: string, what: string]> = [
    [42, '42', 'a number'],
    [0, '0', 'zero'],
    [null, '', 'null'],
    [undefined, '', 'undefined'],
    [false, '', 'false'],
    [['<a>', 1, null, 'b'], '&lt;a&gt;1b', 'an array, item by item with no separator'],
    [{ toString: () => '<obj>' }, '&lt;obj&gt;', 'an object, through its string form'],
  ];
  for (const [value, expected, what] of values) {
    it(`renders ${what}`, () => assert.equal(html`[${value}]`.toString(), `[${expected}]`));
  }

  it('keeps nested html results as markup instead of escaping them twice', () => {
    const items = ['a&b', '<c>'].map((item) => html`<li>${item}</li>`);
    assert.equal(html`<ul>${items}</ul>`.toString(), '<ul><li>a&amp;b</li><li>&lt;c&gt;</li></ul>');
  });

  it('escapes a string that merely looks like markup', () => {
    assert.equal(html`${'<b>bold</b>'}`.toString(), '&lt;b&gt;bold&lt;/b&gt;');
  });

  it('cannot be forged: SafeHtml refuses construction outside the tag', () => {
    assert.throws(() => new SafeHtml('<script></script>', Symbol('SafeHtml')), TypeError);
  });
});

describe('page', () => {
  const doc = page({ title: 'Spelling <fix>', body: html`<p>${'x < y'}</p>`, nav: 'spell' });

  it('is a complete English document with a viewport meta tag', () => {
    assert.match(doc, /^<!doctype html>\n<html lang="en">/);
    assert.match(doc, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(doc, /<meta charset="utf-8">/);
  });

  it('escapes the title and appends the product name', () => {
    assert.match(doc, /<title>Spelling &lt;fix&gt; · textops<\/title>/);
  });

  it('links the stylesheet with a content hash', () => {
    assert.match(doc, /<link rel="stylesheet" href="\/assets\/textops\.css\?v=[0-9a-f]{16}">/);
  });

  it('links the icon with a content hash', () => {
    assert.match(doc, /<link rel="icon" href="\/assets\/favicon\.svg\?v=[0-9a-f]{16}" type="image\/svg\+xml">/);
  });

  it('links every operation and the history, marking the current one', () => {
    for (const href of ['/api/spell', '/api/space', '/api/translate', '/']) assert.ok(doc.includes(`href="${href}"`), href);
    assert.match(doc, /<a href="\/api\/spell" aria-current="page">Spelling<\/a>/);
    assert.equal(doc.match(/aria-current/g)?.length, 1);
  });

  it('marks no link current when nav is not given', () => {
    assert.doesNotMatch(page({ title: 't', body: html`` }), /aria-current/);
  });

  it('puts the body inside main', () => {
    assert.match(doc, /<main id="main" tabindex="-1">\n<p>x &lt; y<\/p>\n<\/main>/);
  });

  it('has no inline script or style: only the same-origin script file', () => {
    assert.doesNotMatch(doc, /<style|\sstyle=|\son\w+=/i);
    assert.deepEqual([...doc.matchAll(/<script[^>]*>[^<]*<\/script>/g)].map((m) => m[0]), [`<script src="/assets/textops.js?v=${doc.match(/textops\.js\?v=([0-9a-f]+)/)?.[1]}" defer></script>`]);
  });

  it('starts with a skip link to the main content', () => {
    assert.match(doc, /<body>\n<a class="skip" href="#main">Skip to content<\/a>/);
  });
});
