import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { modelFromCounts, loadModel } from '../src/algorithms/model.ts';
import { buildSegmentExtraText, mergedNames, readSources } from './build-segment-extra.ts';

describe('build-segment-extra', () => {
  it('merges the census lists by relative rank, lowercase, first spelling kept', () => {
    const merged = mergedNames({ last: ['Smith', 'Johnson', 'Lee', "O'Neil"], firstMale: ['James', 'John'], firstFemale: ['Mary', 'Lee'] });
    assert.deepEqual(merged, ['smith', 'johnson', 'james', 'mary', 'lee', 'john']);
  });

  it('lists unknown names with their rank and unknown a-z words, sorted, leaving out known words', () => {
    const model = modelFromCounts([['sojourner', 5], ['smith', 9]]);
    const text = buildSegmentExtraText({ last: ['Smith', 'Rayburn'], firstMale: [], firstFemale: [] }, ['sojourners', 'zax', 'smith', "o'er", 'rayburn'], model);
    assert.deepEqual(text.split('\n').slice(1), ['rayburn\t2', 'sojourners\tw', 'zax\tw', '']);
  });

  it('rebuilds data/segment-extra.txt byte for byte from the npm sources and data/wordfreq.txt', async () => {
    const root = process.cwd();
    const { census, words } = await readSources(root);
    const built = buildSegmentExtraText(census, words, loadModel(join(root, 'data', 'wordfreq.txt')));
    const committed = readFileSync(join(root, 'data', 'segment-extra.txt'), 'utf8');
    assert.ok(built === committed, 'data/segment-extra.txt differs from a fresh build: run npm run build:segment-extra');
  });
});
