import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { countBigrams } from './bigrams.ts';
import { segment } from './segment.ts';
import { prepareSegmenter } from './model.ts';
import { DEFAULT_TUNING } from './tuning.ts';

const words: [string, number][] = [
  ['the', 5000], ['a', 3000], ['i', 2500], ['is', 2000], ['it', 2000], ['this', 1500], ['to', 1500], ['in', 1200],
  ['know', 800], ['test', 600], ['hello', 500], ['world', 500], ['pro', 300], ['launched', 200], ['nasa', 100],
  ['don', 400], ['john', 300], ['dog', 300], ['students', 200], ['books', 200], ['were', 900], ['on', 1500],
  ['phone', 300], ['iphone', 100], ['government', 300], ['fox', 100], ['quick', 200], ['brown', 200], ['ate', 100],
  ['write', 300], ['now', 900], ['com', 50], ['said', 500], ['no', 800], ['me', 900], ['through', 600], ['rough', 100], ['speeding', 50], ['bands', 50], ['green', 150], ['house', 300], ['greenhouse', 40], ['gas', 100], ['hard', 200], ['fine', 100], ['fought', 60], ['war', 300], ['err', 20], ['human', 200], ['he', 2000], ['met', 100], ['then', 900],
];
const model = prepareSegmenter(modelFromCounts(words));

function spaced(text: string): string {
  return segment(text, model).text;
}

describe('segment', () => {
  const cases: [label: string, input: string, expected: string][] = [
    ['splits a run of known words', 'thequickbrownfox', 'the quick brown fox'],
    ['keeps a comma with the word before it', 'hello,world', 'hello, world'],
    ['keeps sentence punctuation attached and spaces after it', 'hello.world!itis', 'hello. world! it is'],
    ['keeps contractions whole', "idon'tknow", "i don't know"],
    ['keeps possessives whole', "itisJohn'sdog", "it is John's dog"],
    ['reads apostrophes around words as single quotes', "itwassaid'no'tome", "it was said 'no' to me"],
    ['keeps plural possessives whole', "thestudents'bookswereon", "the students' books were on"],
    ['keeps digit runs together', 'iphone15pro', 'iphone 15 pro'],
    ['keeps decimals and thousands whole', 'it is3.14and1,000', 'it is 3.14 and 1,000'],
    ['keeps ordinals with their number', 'the21stwar', 'the 21st war'],
    ['keeps a decade plural with its number', 'the1990sbands', 'the 1990s bands'],
    ['gives back letters that only look like an ordinal', 'it is97through99', 'it is 97 through 99'],
    ['reads s after a two-digit amount as a word', 'a$20speedingfine', 'a $20 speeding fine'],
    ['keeps the case of every character', 'ThisIsATest', 'This Is A Test'],
    ['splits an all-caps word from what follows when the model knows it', 'NASAlaunchedit', 'NASA launched it'],
    ['leaves hyphenated words joined', 'hard-foughtwar', 'hard-fought war'],
    ['keeps abbreviations with inner stops', 'theU.S.government', 'the U.S. government'],
    ['spaces capital initials', 'J.W.Smith', 'J. W. Smith'],
    ['keeps lowercase dotted abbreviations joined', 'at8p.m.is', 'at 8 p.m. is'],
    ['keeps e-mail and web addresses whole', 'writeme@example.comnow', 'writeme@example.com now'],
    ['puts an opening bracket after a space', 'theworld(hello)is', 'the world (hello) is'],
    ['opens and closes straight quotes', 'itis"hello world"to', 'it is "hello world" to'],
    ['keeps existing spaces and line breaks as they are', 'hello  world\nthisis\r\n\ta test', 'hello  world\nthis is\r\n\ta test'],
    ['passes non-Latin text through', 'helloмирworld東京', 'helloмирworld東京'],
    ['keeps an unknown word whole rather than cutting it into rare pieces', 'thezyxwvqtest', 'the zyxwvq test'],
    ['returns empty text for empty input', '', ''],
    ['takes no capital at a sentence start for a name', 'Toerrishuman.Toerris', 'To err is human. To err is'],
    ['still reads an unknown capitalized word inside a sentence as a name', 'Then,hemetMoritz.', 'Then, he met Moritz.'],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => assert.equal(spaced(input), expected));
  }

  it('keeps unknown words of 12 letters or more whole, as the vocabulary has long words too', () => {
    const long = ['internationalization', 'characteristically', 'responsibilities', 'troubleshooting', 'extraordinarily', 'misunderstanding', 'representatives'];
    const withLongWords = prepareSegmenter(modelFromCounts([...words, ...long.map((word): [string, number] => [word, 20])]));
    assert.equal(segment('theqwrtzpflkjhgvbnm test', withLongWords).text, 'the qwrtzpflkjhgvbnm test');
    assert.equal(segment('thexzqwvprtlkjhgfdsmnbvcxztest', withLongWords).text, 'the xzqwvprtlkjhgfdsmnbvcxz test');
    const withoutTail = prepareSegmenter(modelFromCounts([...words, ...long.map((word): [string, number] => [word, 20])]), undefined, { ...DEFAULT_TUNING, keepLongUnknowns: false });
    assert.notEqual(segment('thexzqwvprtlkjhgfdsmnbvcxztest', withoutTail).text, 'the xzqwvprtlkjhgfdsmnbvcxz test');
  });

  it('reports each inserted space as an offset into the original text', () => {
    const result = segment('hello,world', model);
    assert.deepEqual(result.insertions, [6]);
    const rebuilt = [...'hello,world'];
    for (const offset of [...result.insertions].reverse()) rebuilt.splice(offset, 0, ' ');
    assert.equal(rebuilt.join(''), result.text);
  });

  it('only ever adds spaces', () => {
    const input = "Mr.Smith'sGreenhouse-gas,i.e.CO2,rose12%in2020!!";
    const { text, insertions } = segment(input, model);
    assert.equal(text.replaceAll(' ', ''), input);
    assert.equal(text.length, input.length + insertions.length);
  });

  it('uses bigram context to choose between splits', () => {
    const counts = modelFromCounts([['green', 100], ['house', 100], ['greenhouse', 100], ['gas', 100], ['the', 100], ['a', 100]]);
    const withoutContext = prepareSegmenter(counts);
    const withContext = prepareSegmenter(counts, countBigrams('the greenhouse gas. the greenhouse gas. a green house. a green house.'));
    assert.equal(segment('agreenhouse', withoutContext).text, 'a greenhouse');
    assert.equal(segment('agreenhouse', withContext).text, 'a green house');
    assert.equal(segment('thegreenhousegas', withContext).text, 'the greenhouse gas');
  });

  it('reads the word before a space as the context of a run-together part (mixed input)', () => {
    const counts = modelFromCounts([['green', 100], ['house', 100], ['greenhouse', 100], ['gas', 100], ['the', 100], ['a', 100], ['big', 100]]);
    const withContext = prepareSegmenter(counts, countBigrams('the greenhouse gas. big greenhouse. a green house. a green house. a green house.'));
    assert.equal(segment('agreenhouse', withContext).text, 'a green house');
    assert.equal(segment('a greenhouse', withContext).text, 'a green house');
    assert.equal(segment('big greenhouse', withContext).text, 'big greenhouse');
  });

  it('finds different splits with a different tiny model', () => {
    const tiny = prepareSegmenter(modelFromCounts([['ab', 10], ['cd', 10], ['abc', 1000], ['d', 1000]]));
    assert.equal(segment('abcd', tiny).text, 'abc d');
  });
});

describe('segment on hostile input', () => {
  it('never throws on lone surrogates, control characters or odd punctuation', () => {
    const inputs = ['\ud800abc\udfff', 'a\u0000b\u0007c\u001b[31m', "''''", "'s", "a'", "''a''b", '"""', 'x'.repeat(3) + '\u200b', '\ufeffthe'];
    for (const input of inputs) {
      const { text } = segment(input, model);
      assert.equal(text.replaceAll(' ', ''), input.replaceAll(' ', ''));
    }
  });

  it('handles a megabyte of one letter without overflowing the stack', () => {
    const input = 'a'.repeat(1_000_000);
    const { text } = segment(input, model);
    assert.equal(text.replaceAll(' ', ''), input);
  });

  it('handles a megabyte of running words', () => {
    const input = 'thequickbrownfoxate'.repeat(60_000);
    const { text } = segment(input, model);
    assert.ok(text.startsWith('the quick brown fox ate the quick'));
    assert.equal(text.replaceAll(' ', ''), input);
  });
});
