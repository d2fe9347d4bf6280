import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Handler } from './context.ts';
import { createRouter, type Route } from './router.ts';

const handler = (name: string): Handler => Object.assign(async () => {}, { routeName: name });
const nameOf = (h: Handler) => (h as Handler & { routeName?: string }).routeName;

const routes: Route[] = [
  { method: 'GET', path: '/', handler: handler('home') },
  { method: 'GET', path: '/api/spell', handler: handler('spell form') },
  { method: 'POST', path: '/api/spell', handler: handler('spell post') },
  { method: 'POST', path: '/hook', handler: handler('hook') },
  { method: 'OPTIONS', path: '/custom', handler: handler('custom options') },
  { method: 'GET', path: '/records/:id', handler: handler('record') },
  { method: 'POST', path: '/records/:id/review', handler: handler('review') },
  { method: 'GET', path: '/records/export', handler: handler('export') },
];
const match = createRouter(routes);

describe('createRouter', () => {
  const found: Array<[method: string, path: string, expected: string, why: string]> = [
    ['GET', '/', 'home', 'the root'],
    ['GET', '/api/spell', 'spell form', 'an exact GET'],
    ['POST', '/api/spell', 'spell post', 'the same path, another method'],
    ['HEAD', '/api/spell', 'spell form', 'HEAD falls back to GET'],
    ['OPTIONS', '/custom', 'custom options', 'an explicit OPTIONS route wins'],
    ['GET', '/records/42', 'record', 'a :param segment'],
    ['GET', '/records/42.json', 'record', 'a :param segment takes any characters but a slash'],
    ['POST', '/records/7/review', 'review', 'a :param inside the path'],
    ['GET', '/records/export', 'export', 'an exact path wins over a pattern'],
  ];
  for (const [method, path, expected, why] of found) {
    it(`finds ${method} ${path} (${why})`, () => {
      const result = match(method, path);
      assert.equal(result.kind, 'found');
      assert.equal(result.kind === 'found' && nameOf(result.handler), expected);
    });
  }

  const notFound: Array<[method: string, path: string, why: string]> = [
    ['GET', '/api/spell/', 'a trailing slash is a different path'],
    ['GET', '//api/spell', 'a doubled slash does not match'],
    ['GET', '/API/spell', 'paths are case-sensitive'],
    ['GET', '/api', 'a prefix is not a match'],
    ['GET', '', 'an empty path'],
    ['GET', '/api/spell?x=1', 'the router sees paths, not queries'],
    ['GET', '/records/', 'a :param never matches an empty segment'],
    ['GET', '/records/1/2', 'a :param never spans a slash'],
    ['DELETE', '/nowhere', 'an unknown path with any method'],
  ];
  for (const [method, path, why] of notFound) {
    it(`answers not-found for ${method} "${path}" (${why})`, () => {
      assert.deepEqual(match(method, path), { kind: 'not-found' });
    });
  }

  const notAllowed: Array<[method: string, path: string, allow: string[]]> = [
    ['POST', '/', ['GET', 'HEAD', 'OPTIONS']],
    ['DELETE', '/api/spell', ['GET', 'HEAD', 'OPTIONS', 'POST']],
    ['GET', '/hook', ['OPTIONS', 'POST']],
    ['HEAD', '/hook', ['OPTIONS', 'POST']],
  ];
  for (const [method, path, allow] of notAllowed) {
    it(`answers method-not-allowed for ${method} ${path} with Allow ${allow.join(', ')}`, () => {
      assert.deepEqual(match(method, path), { kind: 'method-not-allowed', allow });
    });
  }

  it('answers OPTIONS on a known path with 204 and the allowed methods', async () => {
    const result = match('OPTIONS', '/api/spell');
    assert.equal(result.kind, 'found');
    const written: Array<[number, Record<string, string>]> = [];
    const res = { writeHead: (status: number, headers: Record<string, string>) => written.push([status, headers]), end: () => {} };
    if (result.kind === 'found') await result.handler({ res } as never);
    assert.deepEqual(written, [[204, { Allow: 'GET, HEAD, OPTIONS, POST' }]]);
  });

  it('refuses two routes with the same method and path', () => {
    const [first] = routes;
    assert.ok(first);
    assert.throws(() => createRouter([first, { ...first }]), /Duplicate route: GET \//);
  });

  it('does not change the route list it is given', () => {
    const copy = routes.map((r) => ({ ...r }));
    createRouter(routes);
    assert.deepEqual(routes, copy);
  });
});
