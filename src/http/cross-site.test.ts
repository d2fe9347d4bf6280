import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { crossSiteProblem } from './cross-site.ts';

describe('crossSiteProblem', () => {
  const cases: [string, string, Record<string, string>, boolean][] = [
    ['a same-origin form post', 'POST', { host: 'textops.example', 'sec-fetch-site': 'same-origin', origin: 'https://textops.example' }, true],
    ['a post the user started (bookmark)', 'POST', { host: 'textops.example', 'sec-fetch-site': 'none' }, true],
    ['curl (no browser headers)', 'POST', { host: 'localhost:8080' }, true],
    ['an older browser posting from this origin', 'POST', { host: 'localhost:8080', origin: 'http://localhost:8080' }, true],
    ['the same host behind TLS at the load balancer', 'POST', { host: 'textops.example', origin: 'https://TEXTOPS.example' }, true],
    ['a cross-site link followed (GET)', 'GET', { host: 'textops.example', 'sec-fetch-site': 'cross-site' }, true],
    ['a cross-site form post', 'POST', { host: 'textops.example', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, false],
    ['a same-site but other-origin post', 'POST', { host: 'textops.example', 'sec-fetch-site': 'same-site', origin: 'https://blog.textops.example' }, false],
    ['an older browser posting from another origin', 'POST', { host: 'textops.example', origin: 'https://evil.example' }, false],
    ['another port on the same host', 'POST', { host: 'localhost:8080', origin: 'http://localhost:9999' }, false],
    ['an opaque origin (sandboxed frame)', 'POST', { host: 'textops.example', origin: 'null' }, false],
    ['a cross-site DELETE', 'DELETE', { host: 'textops.example', 'sec-fetch-site': 'cross-site' }, false],
  ];
  for (const [what, method, headers, accepted] of cases) {
    it(`${accepted ? 'accepts' : 'refuses'} ${what}`, () => assert.equal(crossSiteProblem(method, headers) === null, accepted));
  }
});
