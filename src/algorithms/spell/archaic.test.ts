import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { parseBigrams } from '../segment/bigrams.ts';
import { correct } from './spell.ts';
import { DEFAULT_SPELL_OPTIONS } from './options.ts';
import { buildSpellContext } from './context.ts';
import { isArchaicForm } from './archaic.ts';

const model = modelFromCounts([
  ['god', 3000], ['not', 3000], ['go', 2000], ['guest', 900], ['thou', 500], ['require', 300], ['required', 800], ['rare', 50], ['whither', 100],
]);
const context = buildSpellContext(model, parseBigrams(''));
const fix = (text: string, options = DEFAULT_SPELL_OPTIONS): string => correct(text, model, options, context).text;

describe('archaic verb endings', () => {
  it('reads -est and -eth on a known word, and -st and -th on one ending in e, as an archaic form', () => {
    assert.equal(isArchaicForm('goest', model, 100), true);
    assert.equal(isArchaicForm('requireth', model, 100), true);
    assert.equal(isArchaicForm('rareth', model, 100), false); // the base is too rare
    assert.equal(isArchaicForm('gost', model, 100), false);
    assert.equal(isArchaicForm('goest', model, 0), false);
  });

  it('leaves `requireth` and `goest` alone in context, and changes them without the rule', () => {
    assert.equal(fix('god requireth not'), 'god requireth not');
    assert.equal(fix('whither goest thou'), 'whither goest thou');
    assert.equal(fix('whither goest thou', { ...DEFAULT_SPELL_OPTIONS, archaicBaseCount: 0 }), 'whither guest thou');
  });
});
