import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serviceHandler } from './handler.ts';
import type { RequestContext } from '../http/context.ts';
import type { Route } from '../http/router.ts';
import { HttpError } from '../http/errors.ts';

const answered: string[] = [];
const route = (service: string, path: string): Route => ({ method: 'GET', path, handler: async () => void answered.push(`${service} ${path}`) });
const routes = { home: [route('home', '/'), route('home', '/healthz')], api: [route('api', '/api'), route('api', '/api/spell')] };

function ctx(target: string, method = 'GET'): RequestContext {
  return { req: { url: target, method }, url: new URL(target, 'http://x'), requestId: 'r', wantsJson: false } as unknown as RequestContext;
}

describe('serviceHandler("all")', () => {
  const all = serviceHandler('all', routes);
  const cases: [string, string][] = [
    ['/', 'home /'],
    ['/healthz?x=1', 'home /healthz'],
    ['/api', 'api /api'],
    ['/api/spell?lang=en', 'api /api/spell'],
  ];
  for (const [target, expected] of cases) {
    it(`sends ${target} to ${expected.split(' ')[0]}`, async () => {
      answered.length = 0;
      await all(ctx(target));
      assert.deepEqual(answered, [expected]);
    });
  }

  it('gives api the 404 for an unknown path under /api/ (home never sees it)', async () => {
    await assert.rejects(all(ctx('/api/healthz-not')), (error: unknown) => error instanceof HttpError && error.status === 404);
  });

  it('routes on the raw path, as the load balancer does', async () => {
    // /apix is not /api/*: home answers (here with a 404), not api.
    await assert.rejects(all(ctx('/apix')), (error: unknown) => error instanceof HttpError && error.status === 404);
  });
});

describe('serviceHandler for one service', () => {
  it('serves only its own routes', async () => {
    const home = serviceHandler('home', routes);
    await assert.rejects(home(ctx('/api/spell')), (error: unknown) => error instanceof HttpError && error.status === 404);
    const api = serviceHandler('api', routes);
    await assert.rejects(api(ctx('/')), (error: unknown) => error instanceof HttpError && error.status === 404);
  });

  it('answers 405 with Allow for a known path and a wrong method', async () => {
    const api = serviceHandler('api', routes);
    await assert.rejects(api(ctx('/api/spell', 'POST')), (error: unknown) => error instanceof HttpError && error.status === 405 && /GET/.test(error.headers.Allow ?? ''));
  });
});
