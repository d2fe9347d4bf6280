import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { piecesOf } from './tokens.ts';

function described(text: string): string[] {
  return piecesOf(text).map((piece) => `${piece.kind}:${text.slice(piece.start, piece.end)}`);
}

describe('piecesOf', () => {
  const cases: [label: string, input: string, expected: string[]][] = [
    ['keeps apostrophes between letters inside the letter run', "idon't", ["letters:idon't"]],
    ['leaves a trailing apostrophe out of the run', "boys'", ['letters:boys', "punct:'"]],
    ['keeps decimals, times and thousands as one number', '3.14,10:30,1,000', ['digits:3.14', 'punct:,', 'digits:10:30', 'punct:,', 'digits:1,000']],
    ['does not read a comma before four digits as a thousands mark', '6,1611', ['digits:6', 'punct:,', 'digits:1611']],
    ['groups a repeated mark', 'a--b...', ['letters:a', 'punct:--', 'letters:b', 'punct:...']],
    ['keeps whitespace runs whole', 'a \n\tb', ['letters:a', 'space: \n\t', 'letters:b']],
    ['passes other scripts through as one piece', 'abcмир東京', ['letters:abc', 'other:мир東京']],
    ['returns nothing for empty text', '', []],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => assert.deepEqual(described(input), expected));
  }

  it('covers the input exactly, piece after piece', () => {
    const text = "It's 9:30--\ud800 we're\u0000late!";
    let at = 0;
    for (const piece of piecesOf(text)) {
      assert.equal(piece.start, at);
      assert.ok(piece.end > piece.start);
      at = piece.end;
    }
    assert.equal(at, text.length);
  });
});
