import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageCode, providerMessage } from './answer.ts';

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
