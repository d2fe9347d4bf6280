import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeUtf8, depthExceeds, parseForm, parseJsonFields, readFields } from './body.ts';
import { HttpError } from './errors.ts';
import { sendJson } from './respond.ts';
import { connect, readUntilClosed, startTestServer, waitFor, type TestServer } from './testing/server.ts';

const limits = { maxFields: 1000, maxDepth: 32, fields: ['text', 'id'] };

function statusOf(fn: () => unknown): number | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof HttpError ? err.status : -1;
  }
  return undefined;
}

describe('parseForm', () => {
  const cases: Array<[body: string, expected: Record<string, string>, what: string]> = [
    ['id=note7&text=helo+wrld', { id: 'note7', text: 'helo wrld' }, 'plus as space'],
    ['text=caf%C3%A9%20%26%20%3Cb%3E', { text: 'café & <b>' }, 'percent-escaped UTF-8 and specials'],
    ['text=a&text=b', { text: 'a' }, 'the first of a repeated field'],
    ['flag&text=', { flag: '', text: '' }, 'a name without a value, and an empty value'],
    ['a=1=2', { a: '1=2' }, 'an equals sign inside a value'],
    ['', {}, 'an empty body'],
    ['&&a=1&', { a: '1' }, 'empty pairs'],
    ['__proto__=x&constructor=y', { ['__proto__']: 'x', constructor: 'y' }, 'names that are Object internals, as plain fields'],
  ];
  for (const [body, expected, what] of cases) {
    it(`parses ${what}`, () => {
      const fields = parseForm(body, 1000);
      assert.deepEqual({ ...fields }, expected);
      assert.equal(Object.getPrototypeOf(fields), Object.prototype);
    });
  }

  it('rejects a percent-escape that is not UTF-8 with 400', () => assert.equal(statusOf(() => parseForm('text=%FF', 10)), 400));
  it('rejects a truncated percent-escape with 400', () => assert.equal(statusOf(() => parseForm('text=%E', 10)), 400));
  it('rejects more fields than the limit with 413', () => assert.equal(statusOf(() => parseForm('a=1&b=2&c=3', 2)), 413));
});

describe('parseJsonFields', () => {
  const cases: Array<[body: string, expected: Record<string, string>, what: string]> = [
    ['{"id":"n1","text":"helo"}', { id: 'n1', text: 'helo' }, 'string fields'],
    ['{"text":"x","count":7,"flag":true}', { text: 'x', count: '7', flag: 'true' }, 'numbers and booleans of unwanted fields as their JSON text'],
    ['{"id":null,"text":"x"}', { text: 'x' }, 'null as absent'],
    ['{"text":"x","extra":{"deep":[1,2]}}', { text: 'x' }, 'an unwanted nested field, skipped'],
    ['{"text":"a","text":"b"}', { text: 'b' }, 'a repeated key as JSON.parse does (the last)'],
    ['{"__proto__":"x"}', { ['__proto__']: 'x' }, 'a __proto__ key as a plain field'],
  ];
  for (const [body, expected, what] of cases) {
    it(`parses ${what}`, () => assert.deepEqual({ ...parseJsonFields(body, limits) }, expected));
  }

  const failures: Array<[body: string, status: number, message: RegExp, what: string]> = [
    ['{"text": "x",}', 400, /not valid JSON/, 'malformed JSON'],
    ['', 400, /empty/, 'an empty body'],
    ['["text"]', 400, /JSON object, not an array/, 'an array'],
    ['"text"', 400, /JSON object, not string/, 'a string'],
    ['null', 400, /JSON object, not null/, 'null'],
    ['{"text":{"a":1}}', 400, /"text" must be a string/, 'a wanted field that is an object'],
    ['{"id":["a"]}', 400, /"id" must be a string/, 'a wanted field that is an array'],
    ['{"text":1e999}', 400, /"text" must be a string, not a number/, 'a wanted field that is a number too large for a double'],
    ['{"text":"x","id":-0}', 400, /"id" must be a string, not a number/, 'a wanted field that is negative zero'],
    ['{"text":"x","id":7}', 400, /"id" must be a string, not a number/, 'a wanted field that is a number'],
    ['{"text":true}', 400, /"text" must be a string, not a boolean/, 'a wanted field that is a boolean'],
    ['{"a":' + '['.repeat(40) + ']'.repeat(40) + '}', 400, /nests deeper than 32/, 'nesting past the depth limit'],
  ];
  for (const [body, status, message, what] of failures) {
    it(`rejects ${what} with ${status}`, () => {
      assert.throws(() => parseJsonFields(body, limits), (err: unknown) => err instanceof HttpError && err.status === status && message.test(err.message));
    });
  }

  it('rejects more top-level keys than the limit with 413', () => {
    assert.equal(statusOf(() => parseJsonFields('{"a":1,"b":2,"c":3}', { ...limits, maxFields: 2 })), 413);
  });
});

describe('depthExceeds', () => {
  it('counts nesting levels of objects and arrays', () => {
    assert.equal(depthExceeds({ a: [1] }, 2), false);
    assert.equal(depthExceeds({ a: [[1]] }, 2), true);
    assert.equal(depthExceeds('scalar', 0), false);
  });

  it('handles a very deep document without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    assert.equal(depthExceeds(deep, 32), true);
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8', () => assert.equal(decodeUtf8(Buffer.from('héllo 日本 😀')), 'héllo 日本 😀'));
  it('rejects invalid bytes with 400', () => assert.equal(statusOf(() => decodeUtf8(Buffer.from([0x68, 0xff, 0x69]))), 400));
  it('rejects a truncated sequence with 400', () => assert.equal(statusOf(() => decodeUtf8(Buffer.from([0xe6, 0x97]))), 400));
});

describe('readFields on a real server', () => {
  let server: TestServer;
  const listenerCounts: number[] = [];
  before(async () => {
    server = await startTestServer(async (ctx) => {
      try {
        sendJson(ctx, 200, await readFields(ctx.req, { limitBytes: 64, fields: ['text'] }));
      } catch (err) {
        listenerCounts.push(ctx.req.listenerCount('data') + ctx.req.listenerCount('end') + ctx.req.listenerCount('close'));
        throw err;
      }
    });
  });
  after(() => server.close());

  const post = (body: string | Uint8Array, contentType?: string) =>
    fetch(server.base + '/', { method: 'POST', body, headers: contentType === undefined ? {} : { 'content-type': contentType } });

  it('reads a form body', async () => {
    const res = await post('text=helo', 'application/x-www-form-urlencoded');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { text: 'helo' });
  });

  it('reads a JSON body', async () => {
    const res = await post('{"text":"helo"}', 'application/json; charset=UTF-8');
    assert.deepEqual(await res.json(), { text: 'helo' });
  });

  const refused: Array<[body: string | Uint8Array, contentType: string | undefined, status: number, message: RegExp, what: string]> = [
    ['text=x', undefined, 415, /application\/x-www-form-urlencoded or application\/json/, 'a body without Content-Type'],
    ['text=x', 'text/plain', 415, /sent with Content-Type text\/plain/, 'an unsupported type'],
    ['text=x', 'application/x-www-form-urlencoded; charset=iso-8859-1', 415, /UTF-8/, 'a charset other than UTF-8'],
    [new Uint8Array([0x74, 0x3d, 0xc3, 0x28]), 'application/x-www-form-urlencoded', 400, /not valid UTF-8/, 'invalid UTF-8 bytes'],
    ['{"text":', 'application/json', 400, /not valid JSON/, 'malformed JSON'],
    ['text=' + 'x'.repeat(100), 'application/x-www-form-urlencoded', 413, /limit of 64 bytes/, 'a declared length over the limit'],
  ];
  for (const [body, contentType, status, message, what] of refused) {
    it(`answers ${status} to ${what}`, async () => {
      const res = await fetch(server.base + '/', { method: 'POST', body, headers: { accept: 'application/json', ...(contentType ? { 'content-type': contentType } : {}) } });
      assert.equal(res.status, status);
      assert.match(await res.text(), message);
    });
  }

  it('answers 413 as soon as a chunked body passes the limit, without waiting for the rest', async () => {
    const socket = await connect(server.port);
    const reply = readUntilClosed(socket);
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    socket.write(`50\r\n${'x'.repeat(0x50)}\r\n`);
    const { text } = await reply;
    assert.match(text, /^HTTP\/1\.1 413 /);
    assert.match(text, /\r\nConnection: close\r\n/i);
  });

  it('survives a client that hangs up mid-body and leaves no listeners behind', async () => {
    const before = server.lines.length;
    const failuresBefore = listenerCounts.length;
    const socket = await connect(server.port);
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"text":');
    await sleep(50);
    socket.destroy();
    await waitFor(() => server.lines.slice(before).some((line) => line.msg === 'request'));
    const access = server.lines.slice(before).find((line) => line.msg === 'request');
    assert.equal(access?.aborted, true);
    await waitFor(() => listenerCounts.length > failuresBefore);
    assert.equal(listenerCounts.at(-1), 0);
    const res = await post('{"text":"still up"}', 'application/json');
    assert.deepEqual(await res.json(), { text: 'still up' });
  });
});
