import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from './errors.ts';
import { describeThrown, problemFor, sendError } from './respond.ts';
import type { RequestContext } from './context.ts';
import { createLogger } from '../log.ts';

describe('problemFor', () => {
  it('keeps an HttpError status, message, title and headers', () => {
    assert.deepEqual(problemFor(new HttpError(413, 'Too long.', { headers: { Connection: 'close' }, title: 'Text too long' })),
      { status: 413, title: 'Text too long', detail: 'Too long.', headers: { Connection: 'close' } });
  });

  it('uses the status text as the title by default', () => {
    assert.equal(problemFor(new HttpError(415, 'x')).title, 'Unsupported Media Type');
  });

  const hidden: Array<[thrown: unknown, what: string]> = [
    [new Error('secret'), 'an Error'],
    [new TypeError('secret'), 'a TypeError'],
    ['secret', 'a string'],
    [undefined, 'undefined'],
    [null, 'null'],
    [{ message: 'secret', status: 404 }, 'an error-like object'],
    [new HttpError(200, 'secret'), 'an HttpError with a success status'],
    [Object.create(null), 'an object that cannot be stringified'],
  ];
  for (const [thrown, what] of hidden) {
    it(`hides ${what} behind a generic 500`, () => {
      const problem = problemFor(thrown);
      assert.equal(problem.status, 500);
      assert.doesNotMatch(problem.detail, /secret/);
    });
  }
});

describe('describeThrown', () => {
  it('keeps the stack and the cause of an Error', () => {
    const described = describeThrown(new Error('outer', { cause: new Error('inner') })) as { stack: string; cause: { message: string } };
    assert.match(described.stack, /Error: outer/);
    assert.equal(described.cause.message, 'inner');
  });

  it('stops following a cycle of causes', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.defineProperty(a, 'cause', { value: b });
    assert.doesNotThrow(() => JSON.stringify(describeThrown(a)));
  });

  it('describes a value that throws when stringified', () => {
    assert.deepEqual(describeThrown(Object.create(null)), { thrown: 'object', value: '(not printable)' });
  });
});

describe('sendError', () => {
  it('escapes the message in the HTML error page', () => {
    let body = '';
    const res = {
      headersSent: false, destroyed: false, statusCode: 0,
      getHeaderNames: () => [], removeHeader: () => {},
      writeHead(status: number) { this.statusCode = status; },
      end(chunk: Buffer) { body = chunk.toString(); },
      destroy() {},
    };
    const ctx = { res, url: new URL('http://x/p'), requestId: 'r', wantsJson: false, log: createLogger({ level: 'error', write: () => {} }) };
    sendError(ctx as unknown as RequestContext, new HttpError(400, 'Bad tag <script>alert(1)</script>'));
    assert.equal(res.statusCode, 400);
    assert.match(body, /Bad tag &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(body, /<script>/);
  });

  it('never throws, even when writing the response fails', () => {
    let destroyed = false;
    const res = {
      headersSent: false, destroyed: false,
      getHeaderNames: () => [], removeHeader: () => {},
      writeHead() { throw new Error('socket gone'); },
      end() {},
      destroy() { destroyed = true; },
    };
    const ctx = { res, url: new URL('http://x/p'), requestId: 'r', wantsJson: true, log: createLogger({ level: 'error', write: () => {} }) };
    assert.doesNotThrow(() => sendError(ctx as unknown as RequestContext, new Error('x')));
    assert.equal(destroyed, true);
  });
});
