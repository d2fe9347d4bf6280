import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAccept, qualityFor, wantsJson } from './negotiate.ts';

describe('wantsJson', () => {
  const cases: Array<[contentType: string | undefined, accept: string | undefined, json: boolean, why: string]> = [
    [undefined, undefined, false, 'no headers at all: HTML'],
    [undefined, '*/*', false, "curl's default Accept on a GET: HTML"],
    ['application/json', '*/*', true, 'curl posting JSON'],
    ['application/json; charset=utf-8', undefined, true, 'a JSON body with a charset'],
    ['application/merge-patch+json', undefined, true, 'a +json body'],
    ['application/x-www-form-urlencoded', '*/*', false, 'curl posting a form'],
    ['application/x-www-form-urlencoded', 'application/json', false, 'a form body wins over Accept'],
    [undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false, "a browser's Accept"],
    [undefined, 'application/json', true, 'Accept asking for JSON'],
    [undefined, 'application/problem+json', true, 'Accept asking for problem+json'],
    [undefined, 'application/json;q=0.5, text/html', false, 'HTML preferred by q'],
    [undefined, 'text/html;q=0.4, application/json;q=0.9', true, 'JSON preferred by q'],
    [undefined, 'application/*', true, 'application/* with no text/html'],
    [undefined, 'text/*, application/json', false, 'a tie between text/* and JSON goes to HTML'],
    [undefined, 'application/json, text/html', false, 'an exact tie goes to HTML'],
    [undefined, 'application/json;q=0, */*', false, 'JSON explicitly refused'],
    [undefined, 'text/html;q=0, */*', true, 'HTML refused and anything else accepted'],
    [undefined, 'text/html;q=0, application/json', true, 'HTML refused and JSON named'],
    [undefined, 'garbage', false, 'a malformed Accept'],
    ['text/plain', 'application/json', true, 'an unrelated body type lets Accept decide'],
  ];
  for (const [contentType, accept, json, why] of cases) {
    it(`${json ? 'JSON' : 'HTML'} for ${why}`, () => {
      const headers: Record<string, string> = {};
      if (contentType !== undefined) headers['content-type'] = contentType;
      if (accept !== undefined) headers.accept = accept;
      assert.equal(wantsJson({ headers }), json);
    });
  }
});

describe('qualityFor', () => {
  it('takes the q of the most specific matching range', () => {
    const ranges = parseAccept('*/*;q=0.1, application/*;q=0.5, application/json;q=0.8');
    assert.equal(qualityFor(ranges, 'application', 'json'), 0.8);
    assert.equal(qualityFor(ranges, 'application', 'xml'), 0.5);
    assert.equal(qualityFor(ranges, 'text', 'html'), 0.1);
  });

  it('treats an out-of-range q as a refusal', () => {
    assert.equal(qualityFor(parseAccept('application/json;q=7'), 'application', 'json'), 0);
  });
});
