import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCodespellSet } from './build-spell-codespell.ts';

const words = new Set(['about', 'colour', 'receive', 'their']);
const isWord = (word: string): boolean => words.has(word);

describe('buildCodespellSet', () => {
  it('keeps single unambiguous corrections to a dictionary word, grouped by correction in first-seen order', () => {
    const dictionary = 'recieve->receive\nabotu->about\nrecevie->receive\n';
    assert.equal(buildCodespellSet(dictionary, new Set(), isWord), 'receive: recieve recevie\nabout: abotu\n');
  });

  it('drops every misspelling a held-out list has', () => {
    assert.equal(buildCodespellSet('recieve->receive\nabotu->about\n', new Set(['recieve']), isWord), 'about: abotu\n');
  });

  it('drops ambiguous entries, non-letters, corrections that are no word, and misspellings that are words', () => {
    const dictionary = 'theri->their, there\ncolour->color\nabotu->abuot\n2nd->second\nthier->their,\nthier->their\n';
    assert.equal(buildCodespellSet(dictionary, new Set(), isWord), 'their: thier\n');
  });
});
