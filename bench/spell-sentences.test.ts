import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate, falseAlarms, score, sourceMisspellings, type Sample } from './spell-sentences.ts';

const annotations = ['# comment', 'dev\t1\tteh\tthe\ta transposition', 'held-out\t0\tfoo\tfor\tnot this set'].join('\n');

describe('source misspellings in the sentence benchmark', () => {
  it('reads the annotations of one set by sentence index', () => {
    assert.deepEqual(sourceMisspellings(annotations, 'dev'), new Map([[1, new Set(['teh'])]]));
  });

  it('rejects a malformed line', () => assert.throws(() => sourceMisspellings('dev\tx\tteh', 'dev'), /malformed/));

  it('counts a change of an annotated word apart from the raw false alarms, and as no fix', () => {
    const samples: Sample[] = annotate(
      [
        { clean: 'a cat', corrupted: 'a cat', injections: [] },
        { clean: 'teh cat sat', corrupted: 'teh cat sat', injections: [] },
      ],
      sourceMisspellings(annotations, 'dev'),
    );
    const fixer = (text: string): string => text.replace('teh', 'the').replace('sat', 'sit');
    const figures = score(samples, fixer);
    assert.equal(figures.falseAlarms, 2, 'raw: both changes');
    assert.equal(figures.sourceMisspellingsChanged, 1, 'the annotated word');
    assert.equal(figures.fixed, 0);
    assert.equal(falseAlarms('teh cat', fixer, new Set([0])).misspelledChanged, 1);
  });

  it('refuses an annotation whose word is not in its sentence', () => {
    assert.throws(() => annotate([{ clean: 'a cat', corrupted: 'a cat', injections: [] }], new Map([[0, new Set(['teh'])]])), /no word "teh"/);
  });
});
