import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageCode, MESSAGE_SCAN_CHARS, providerMessage, withoutTags } from './answer.ts';
import { LATE_MS } from '../../../test/support/timing.ts';

describe('languageCode', () => {
  const cases: ReadonlyArray<readonly [unknown, string | null]> = [
    ['fr', 'fr'], ['zh-CN', 'zh-CN'], [' de ', 'de'], ['und', null], ['UND', null], ['', null], [undefined, null], [42, null],
  ];
  for (const [value, expected] of cases) {
    it(`stores ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () => assert.equal(languageCode(value), expected));
  }
});

describe('providerMessage', () => {
  const cases: ReadonlyArray<readonly [string, unknown, string, string | null]> = [
    ["Google's error shape", { error: { code: 400, message: 'Invalid Value' } }, '', 'Invalid Value'],
    ["LibreTranslate's error shape", { error: 'Invalid API key' }, '', 'Invalid API key'],
    ['JSON without a message', { detail: 'x' }, '', null],
    ['plain text', undefined, 'upstream connect error', 'upstream connect error'],
    ['an HTML page, reduced to its text', undefined, '<html><h1>502 Bad Gateway</h1>\n<p>nginx</p></html>', '502 Bad Gateway nginx'],
    ['an empty body', undefined, '  ', null],
  ];
  for (const [label, parsed, raw, expected] of cases) {
    it(`reads ${label}`, () => assert.equal(providerMessage(parsed, raw), expected));
  }
});

describe('providerMessage on hostile error pages', () => {
  it('reads a body of 160,000 "<" without a ">" in linear time', { timeout: 30_000 }, () => {
    const started = performance.now();
    assert.equal(providerMessage(undefined, '<'.repeat(160_000)), '<'.repeat(MESSAGE_SCAN_CHARS));
    // Quadratic stripping took ~10 s here, twice the bound; linear takes well under a millisecond per 16 KiB.
    assert.ok(performance.now() - started < LATE_MS, `took ${Math.round(performance.now() - started)} ms`);
  });

  it('reads only the start of a huge page', { timeout: 5_000 }, () => {
    const page = `<h1>Bad gateway</h1>${'<p>x</p>'.repeat(2_000_000)}`;
    assert.match(providerMessage(undefined, page) ?? '', /^Bad gateway x x/);
  });
});

describe('withoutTags', () => {
  const cases: [string, string][] = [
    ['<b>hi</b> there', ' hi  there'],
    ['a < b', 'a < b'],
    ['1 < 2 > 0', '1   0'],
    ['<<<>', ' '],
    ['no tags', 'no tags'],
    ['<unclosed', '<unclosed'],
  ];
  for (const [html, text] of cases) it(`strips ${JSON.stringify(html)} like /<[^>]*>/g`, () => {
    assert.equal(withoutTags(html), text);
    assert.equal(withoutTags(html), html.replace(/<[^>]*>/g, ' '));
  });
});
