import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadEngineModels, runEngine, type EngineModels } from './run.ts';
import { MAX_CHANGES_WITH_ALTERNATIVES } from './edits.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
let models: EngineModels;
before(() => {
  models = loadEngineModels(dataDir);
});

describe('runEngine', () => {
  it('gives a change its ranked alternatives', () => {
    const [edit] = runEngine('spell', 'I have a few mistaks', models).edits;
    assert.equal(edit?.replacement, 'mistakes');
    assert.ok((edit?.alternatives?.length ?? 0) > 0);
  });

  it('keeps alternatives on the first changes only, so a text of thousands of changes stays cheap to send', () => {
    const text = 'I have a few mistaks. '.repeat(MAX_CHANGES_WITH_ALTERNATIVES + 50);
    const { edits } = runEngine('spell', text, models);
    assert.equal(edits.length, MAX_CHANGES_WITH_ALTERNATIVES + 50);
    assert.ok(edits.slice(0, MAX_CHANGES_WITH_ALTERNATIVES).every((edit) => (edit.alternatives?.length ?? 0) > 0));
    assert.ok(edits.slice(MAX_CHANGES_WITH_ALTERNATIVES).every((edit) => edit.alternatives === undefined && edit.confidence !== undefined));
  });
});
