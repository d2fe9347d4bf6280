import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requestIdFrom } from './request-id.ts';

const random = () => 'random-id';

describe('requestIdFrom', () => {
  const cases: Array<[headers: Record<string, string>, expected: string, why: string]> = [
    [{ 'x-request-id': 'abc-123' }, 'abc-123', "the client's sane id"],
    [{ 'x-request-id': 'a'.repeat(128) }, 'a'.repeat(128), 'an id of the maximum length'],
    [{ 'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678' }, '1-67891233-abcdef012345678912345678', "the ALB's Root"],
    [{ 'x-amzn-trace-id': 'Self=1-1-2;Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1' }, '1-5759e988-bd862e3fe1be46a994272793', 'Root after Self'],
    [{ 'x-request-id': 'mine', 'x-amzn-trace-id': 'Root=1-2-3' }, 'mine', 'the client id before the trace id'],
    [{ 'x-request-id': 'bad id with spaces', 'x-amzn-trace-id': 'Root=1-2-3' }, '1-2-3', 'an insane client id falls back to the trace'],
    [{ 'x-request-id': '{"json":1}' }, 'random-id', 'an id that could forge log structure'],
    [{ 'x-request-id': 'a'.repeat(129) }, 'random-id', 'an id that is too long'],
    [{ 'x-request-id': '' }, 'random-id', 'an empty id'],
    [{ 'x-amzn-trace-id': 'Self=1-2-3' }, 'random-id', 'a trace header without Root'],
    [{}, 'random-id', 'no headers'],
  ];
  for (const [headers, expected, why] of cases) {
    it(`uses ${why}`, () => assert.equal(requestIdFrom(headers, random), expected));
  }

  it('generates a UUID by default', () => {
    assert.match(requestIdFrom({}), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
