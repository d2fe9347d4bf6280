import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from '../http/errors.ts';
import { parseSpaceOptions } from './space-options.ts';

describe('the splitWebNames field', () => {
  it('is off when absent, empty or false, as JSON, a form or a flag writes it', () => {
    for (const value of [undefined, '', 'false', '0', 'off']) assert.deepEqual(parseSpaceOptions(value === undefined ? {} : { splitWebNames: value }), { splitWebNames: false }, String(value));
  });

  it('is on for true, 1 and a ticked box', () => {
    for (const value of ['true', '1', 'on']) assert.deepEqual(parseSpaceOptions({ splitWebNames: value }), { splitWebNames: true }, value);
  });

  it('refuses anything else with a 400 that names the field', () => {
    for (const value of ['yes', 'TRUE', '2', 'null']) {
      assert.throws(() => parseSpaceOptions({ splitWebNames: value }), (error: unknown) => error instanceof HttpError && error.status === 400 && /"splitWebNames"/.test(error.message), value);
    }
  });
});
