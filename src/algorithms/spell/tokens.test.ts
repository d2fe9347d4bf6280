import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCorrectableShape, sentenceEndsBetween, startsSentence, wordSpans, wordAfter, wordBefore } from './tokens.ts';

/** The texts of the correctable words of `text`. */
function words(text: string): string[] {
  return [...wordSpans(text)].map((span) => span.text);
}

describe('wordSpans', () => {
  const cases: [what: string, text: string, expected: string[]][] = [
    ['plain words', 'the speling is bad', ['the', 'speling', 'is', 'bad']],
    ['punctuation around words', '"Hello," she said; (quietly)!', ['Hello', 'she', 'said', 'quietly']],
    ['contractions and possessives stay whole', "don't touch John's car", ["don't", 'touch', "John's", 'car']],
    ['typographic apostrophes stay whole', 'it’s fine', ['it’s', 'fine']],
    ['hyphenated words split into parts', 'well-knwon state-of-the-art', ['well', 'knwon', 'state', 'of', 'the', 'art']],
    ['URLs pass through', 'see https://exmaple.com/speling and www.exmaple.org now', ['see', 'and', 'now']],
    ['e-mail addresses pass through', 'mail jonh.doe@exmaple.com today', ['mail', 'today']],
    ['@handles and #tags pass through', 'ping @jonhdoe about #speling', ['ping', 'about']],
    ['dotted names and abbreviations pass through', 'use Node.js e.g. here', ['use', 'here']],
    ['paths pass through', 'edit src/speling.ts', ['edit']],
    ['words with digits or underscores pass through', 'mp3 abc123 snake_case words', ['words']],
    ['numbers pass through', 'pay 1,000.50 dollars', ['pay', 'dollars']],
    ['ALL-CAPS acronyms pass through', 'the NASA and FBI', ['the', 'and']],
    ['mixed case passes through', 'my iPhone and McDonald', ['my', 'and']],
    ['single letters pass through', 'a b c I x', []],
    ['accented and non-Latin words pass through', 'café naïve Москва 東京 word', ['word']],
    ['empty text has no words', '', []],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => assert.deepEqual(words(text), expected));
  }

  it('gives offsets that point at the word in the original text', () => {
    const text = 'Ab, cd-ef  “gh”';
    for (const span of wordSpans(text)) assert.equal(text.slice(span.offset, span.offset + span.text.length), span.text);
  });

  it('marks the first word of each sentence and line', () => {
    const spans = [...wordSpans('One two. Three four? "Five six\nseven')];
    assert.deepEqual(
      spans.map((span) => [span.text, span.sentenceStart]),
      [['One', true], ['two', false], ['Three', true], ['four', false], ['Five', true], ['six', false], ['seven', true]],
    );
  });
});

describe('isCorrectableShape', () => {
  it('accepts lowercase and Capitalised ASCII words, rejects the rest', () => {
    assert.equal(isCorrectableShape('word'), true);
    assert.equal(isCorrectableShape('Word'), true);
    assert.equal(isCorrectableShape("don't"), true);
    assert.equal(isCorrectableShape('WORD'), false);
    assert.equal(isCorrectableShape('wOrd'), false);
    assert.equal(isCorrectableShape('w'), false);
    assert.equal(isCorrectableShape('wörd'), false);
  });
});

describe('startsSentence', () => {
  it('looks back over spaces and opening quotes only', () => {
    assert.equal(startsSentence('x. (Word', 4), true);
    assert.equal(startsSentence('x, Word', 3), false);
    assert.equal(startsSentence('Word', 0), true);
  });

  it('does not end a sentence at an initial or a vowelless title (`E. Grevile`, `Mrs. Dalloway`)', () => {
    assert.equal(startsSentence('Sr. E. Grevile', 7), false);
    assert.equal(startsSentence('C. D. Mackey', 6), false);
    assert.equal(startsSentence('Like Mrs. Dalloway', 10), false);
    assert.equal(startsSentence('went to bed. Later', 13), true);
    assert.equal(startsSentence('the letter E. Then', 14), false);
    assert.equal(startsSentence('I said so. Mrs Brown', 11), true);
  });
});

describe('wordBefore and wordAfter', () => {
  it('read the neighbouring words across whitespace, lowercase with straight apostrophes', () => {
    const text = 'They’re  going to\nthe SHOP now';
    assert.equal(wordBefore(text, text.indexOf('going')), "they're");
    assert.equal(wordAfter(text, text.indexOf('going') + 5), 'to');
    assert.equal(wordBefore(text, text.indexOf('the')), 'to');
    assert.equal(wordAfter(text, text.indexOf('the') + 3), 'shop');
  });

  it('give the sentence start before the first word and after punctuation or a digit, and nothing after punctuation', () => {
    const text = 'Hello, world 3 apples. Done';
    assert.equal(wordBefore(text, 0), '<s>');
    assert.equal(wordBefore(text, text.indexOf('world')), '<s>');
    assert.equal(wordBefore(text, text.indexOf('apples')), '<s>');
    assert.equal(wordAfter(text, text.indexOf('Hello') + 5), '');
    assert.equal(wordAfter(text, text.indexOf('apples') + 6), '');
    assert.equal(wordAfter(text, text.length), '');
  });

  it('treat a hyphen as a break, as the bigram counts do', () => {
    const text = 'well-known fact';
    assert.equal(wordBefore(text, text.indexOf('known')), '<s>');
    assert.equal(wordAfter(text, text.indexOf('well') + 4), '');
  });
});

describe('sentenceEndsBetween', () => {
  it('sees a sentence end or a line break between two words, before a one-letter word too', () => {
    const text = 'mein Freund? I have';
    assert.equal(sentenceEndsBetween(text, text.indexOf('?'), text.indexOf('have')), true);
    assert.equal(sentenceEndsBetween('one\ntwo', 3, 4), true);
    assert.equal(sentenceEndsBetween('one, two', 3, 5), false);
  });

  it('takes the period after an initial or a title for none', () => {
    const text = 'by Sr. E. Grevile';
    assert.equal(sentenceEndsBetween(text, 5, 7), false);
    assert.equal(sentenceEndsBetween(text, 8, 10), false);
    assert.equal(sentenceEndsBetween('the end. Then', 7, 9), true);
  });
});
