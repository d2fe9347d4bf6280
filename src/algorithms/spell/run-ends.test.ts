import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { parseBigrams } from '../segment/bigrams.ts';
import { parseRunEnds } from '../segment/ends.ts';
import { correct } from './spell.ts';
import { DEFAULT_SPELL_OPTIONS } from './options.ts';
import { buildSpellContext } from './context.ts';
import { endsRun, runEndLogs } from './run-ends.ts';

const model = modelFromCounts([
  ['to', 5000],
  ['too', 600],
  ['read', 400],
  ['are', 300],
  ['be', 200],
]);
// `read to` is seen and `read too` is not: the word before alone favours `to` by far more than T = 5 nats.
const bigrams = parseBigrams(
  [['read', '*', 500], ['read', 'to', 400], ['to', '*', 5000], ['to', 'be', 900], ['are', '*', 300], ['are', 'read', 20]].map((fields) => fields.join('\t')).join('\n'),
);
// `to` ends 1 run in 100, `too` 1 in 3 (big.txt: 1.5% and 32%).
const ends = parseRunEnds('*\t100\t1000\nto\t50\t5000\ntoo\t200\t600\n');
const context = { ...buildSpellContext(model, bigrams), runEnds: runEndLogs(ends, ['to', 'too']) };
const fix = (text: string, options = DEFAULT_SPELL_OPTIONS): string => correct(text, model, options, context).text;

describe('the end of a run as evidence for a real-word change', () => {
  it('scores each word by how often it ends a run, with the corpus rate as its prior', () => {
    const logs = runEndLogs(ends, ['to', 'too', 'unseen']);
    assert.ok(Math.abs(logs.get('to')! - Math.log((50 + 2 * 0.1) / 5002)) < 1e-12);
    assert.ok(Math.abs(logs.get('unseen')! - Math.log(0.1)) < 1e-12);
  });

  it('finds a run end at punctuation or the text end, not at a digit, a joined hyphen or the next word', () => {
    assert.equal(endsRun('read too.', 8), true);
    assert.equal(endsRun('read too', 8), true);
    assert.equal(endsRun('read too ) and', 8), true);
    assert.equal(endsRun('read too 1942', 8), false);
    assert.equal(endsRun('less-than-carload', 4), false);
    assert.equal(endsRun('read too often', 8), false);
  });

  it('keeps a word that ends its sentence where the word ending runs more often was typed (`read too.`)', () => {
    assert.equal(fix('they are read too.'), 'they are read too.');
    assert.equal(fix('they are read too.', { ...DEFAULT_SPELL_OPTIONS, runEndEvidence: false }), 'they are read to.');
  });

  it('still changes the word when a word follows it', () => {
    assert.equal(fix('they are read too be'), 'they are read to be');
  });
});
