import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAsciiLetter, isAsciiLower, isAsciiUpper } from './ascii-letters.ts';

const code = (char: string): number => char.charCodeAt(0);

describe('ASCII letter tests', () => {
  it('knows both ends of each range and the codes just outside them', () => {
    for (const [char, upper, lower] of [
      ['@', false, false], ['A', true, false], ['Z', true, false], ['[', false, false],
      ['`', false, false], ['a', false, true], ['z', false, true], ['{', false, false],
    ] as const) {
      assert.equal(isAsciiUpper(code(char)), upper, `isAsciiUpper(${char})`);
      assert.equal(isAsciiLower(code(char)), lower, `isAsciiLower(${char})`);
      assert.equal(isAsciiLetter(code(char)), upper || lower, `isAsciiLetter(${char})`);
    }
  });

  it('agrees with /[A-Za-z]/ on every UTF-16 code unit', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      assert.equal(isAsciiLetter(unit), /[A-Za-z]/.test(char), `U+${unit.toString(16)}`);
      assert.equal(isAsciiUpper(unit), /[A-Z]/.test(char), `U+${unit.toString(16)}`);
      assert.equal(isAsciiLower(unit), /[a-z]/.test(char), `U+${unit.toString(16)}`);
    }
  });

  it('leaves accented and non-Latin letters out (é, ß, Ω, ｚ)', () => {
    for (const char of ['é', 'ß', 'Ω', 'ｚ']) assert.equal(isAsciiLetter(code(char)), false, char);
  });

  it('answers false for NaN, what charCodeAt gives past the end of a string', () => {
    assert.equal(isAsciiLetter(''.charCodeAt(0)), false);
  });
});
