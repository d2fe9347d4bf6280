import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { urlFromTarget } from './request-url.ts';

describe('urlFromTarget', () => {
  const cases: Array<[target: string | undefined, path: string, search: string, why: string]> = [
    ['/api/spell', '/api/spell', '', 'a plain path'],
    ['/?tag=a&op=spell', '/', '?tag=a&op=spell', 'a query string'],
    ['//api/spell', '//api/spell', '', 'a doubled slash stays a path, not a host'],
    ['//evil.example/x', '//evil.example/x', '', 'a protocol-relative target cannot pick the host'],
    ['/a/../api/spell', '/api/spell', '', 'dot segments are removed'],
    ['/caf%C3%A9', '/caf%C3%A9', '', 'percent-escapes stay encoded'],
    ['http://other.example/api/space?x=1', '/api/space', '?x=1', 'absolute-form keeps only path and query'],
    ['*', '/.invalid-target', '', 'the asterisk form matches nothing'],
    ['mailto:x@y', '/.invalid-target', '', 'a non-http absolute target'],
    [undefined, '/', '', 'a missing target'],
  ];
  for (const [target, path, search, why] of cases) {
    it(`parses ${why}`, () => {
      const url = urlFromTarget(target);
      assert.equal(url.pathname, path);
      assert.equal(url.search, search);
      assert.equal(url.host, 'textops.invalid');
    });
  }
});
