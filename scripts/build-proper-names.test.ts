import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../src/algorithms/model.ts';
import { buildProperNames, buildProperNamesText, dicStems } from './build-proper-names.ts';

describe('build-proper-names', () => {
  it('reads the stems of a Hunspell .dic file without their flags', () => {
    assert.deepEqual(dicStems('3\nShanna/M\nbread/SM\nJohn\n'), ['Shanna', 'bread', 'John']);
  });

  it('keeps model words listed only Capitalised, in any of the dictionaries', () => {
    const model = modelFromCounts([['shanna', 3], ['john', 9], ['bill', 9], ['may', 9]]);
    const text = buildProperNamesText([['Shanna', 'Bill', 'bill', 'Zelda'], ['John', 'May', 'may']], model);
    assert.deepEqual(text.split('\n').slice(1), ['john', 'shanna', '']);
  });

  it('rebuilds data/proper-names.txt byte for byte from the dev dependencies and data/wordfreq.txt', () => {
    const root = process.cwd();
    const committed = readFileSync(join(root, 'data', 'proper-names.txt'), 'utf8');
    assert.ok(buildProperNames(root) === committed, 'data/proper-names.txt differs from a fresh build: run npm run build:proper-names');
  });
});
