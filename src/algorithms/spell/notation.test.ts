import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNotation } from './notation.ts';

/** isNotation for the first occurrence of `word` in `text`. */
function notation(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return isNotation(text, start, start + word.length);
}

describe('isNotation', () => {
  it('finds a word glued to a formula symbol', () => {
    assert.ok(notation('a point of **zg as vertex', 'zg'));
    assert.ok(notation('where x^yb is small', 'yb'));
    assert.ok(notation('let a=bc hold', 'bc'));
    assert.ok(notation('the <tagname> element', 'tagname'));
  });

  it('does not count prose punctuation or a closed emphasis pair', () => {
    assert.ok(!notation('He said "teh" (twice), then left.', 'teh'));
    assert.ok(!notation('a *realy* good day', 'realy'));
    assert.ok(!notation('a **realy** good day', 'realy'));
    assert.ok(!notation('a well-knwon fact', 'knwon'));
  });

  it('counts an emphasis mark left open on one side', () => {
    assert.ok(notation('and **yb is the angle', 'yb'));
    assert.ok(notation('the sum a_ij*xj', 'xj'));
  });

  it('reads a bounded stretch of a long chunk, so a long chunk of words costs linear time', () => {
    const chunk = Array.from({ length: 4000 }, () => 'ab').join('+');
    const started = performance.now();
    for (let start = 0; start < chunk.length; start += 3) assert.ok(isNotation(chunk, start, start + 2));
    assert.ok(performance.now() - started < 1000, 'isNotation over a 12,000-character chunk took over a second');
    assert.ok(!notation(`x=${'y'.repeat(40)}-teh`, 'teh'), 'a symbol beyond the reach is not read');
  });
});
