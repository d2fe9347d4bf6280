import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelFromCounts } from '../model.ts';
import { segment } from './segment.ts';
import { prepareSegmenter } from './model.ts';
import { webSpansOf } from './web.ts';

const words: [string, number][] = [
  ['the', 5000], ['a', 3000], ['to', 1500], ['visit', 300], ['today', 400], ['experts', 200], ['exchange', 200], ['com', 50],
  ['mail', 300], ['please', 400], ['follow', 300], ['on', 1500], ['twitter', 50], ['love', 500], ['throwback', 20],
  ['thursday', 100], ['pics', 30], ['call', 400], ['first', 600], ['use', 500], ['here', 800], ['see', 600], ['and', 4000],
  ['me', 900], ['go', 700], ['news', 300], ['write', 300], ['now', 900], ['get', 800], ['element', 100], ['by', 2000],
  ['id', 50], ['of', 3000], ['set', 400], ['friday', 200], ['name', 400], ['x', 100], ['government', 300], ['this', 1500], ['test', 600], ['my', 1200], ['variable', 60], ['name', 400], ['it', 2000], ['was', 2000], ['late', 300], ['home', 500],
  ['he', 2000], ['went', 400], ['sells', 40], ['books', 200], ['is', 2000], ['broken', 100], ['in', 1500], ['at', 1500],
];
const model = prepareSegmenter(modelFromCounts(words));

describe('web tokens keep their shape', () => {
  const cases: [label: string, input: string, expected: string][] = [
    ['a bare domain is never cut', 'expertsexchange.com', 'expertsexchange.com'],
    ['a bare domain run into words keeps its name and frees the word after its top-level domain', 'visitexpertsexchange.comtoday', 'visitexpertsexchange.com today'],
    ['a domain written apart from its words is left as it is', 'visit expertsexchange.com today', 'visit expertsexchange.com today'],
    ['a country-code domain with a second level keeps its dots', 'visit sherlockholmes.co.uk today', 'visit sherlockholmes.co.uk today'],
    ['a capitalized brand domain is a domain', 'Amazon.comsellsbooks', 'Amazon.com sells books'],
    ['a URL starts at its scheme and keeps its path', 'gotohttps://www.example.com/some_pathnow', 'go to https://www.example.com/some_pathnow'],
    ['a www address ends at its path, before a comma', 'seewww.bbc.co.uk/news,andme', 'see www.bbc.co.uk/news, and me'],
    ['a URL in brackets leaves the brackets outside', 'see(https://example.com/a)now', 'see (https://example.com/a) now'],
    ['an e-mail address keeps its local part whole', 'mailjohn.smith@example.orgplease', 'mailjohn.smith@example.org please'],
    ['an e-mail address after a space is left as written', 'write me@example.com now', 'write me@example.com now'],
    ['an @handle is spaced from the word before it and kept whole', 'follow@expertsexchangeon twitter', 'follow @expertsexchangeon twitter'],
    ['a #hashtag is kept whole', '#throwbackthursday', '#throwbackthursday'],
    ['a #hashtag run into words is spaced from them', 'love#throwbackthursday pics', 'love #throwbackthursday pics'],
    ['a sentence stop before a capital is no domain', 'he went home.It was late.', 'he went home. It was late.'],
    ['dotted capitals are no host', 'theU.S.government', 'the U.S. government'],
  ];
  for (const [label, input, expected] of cases) it(label, () => assert.equal(segment(input, model).text, expected));
});

describe('the name parts of web tokens are split only when asked', () => {
  const cases: [input: string, expected: string][] = [
    ['#throwbackthursday', '#throwback thursday'],
    ['visit expertsexchange.com today', 'visit experts exchange.com today'],
    ['follow @expertsexchange', 'follow @experts exchange'],
    ['writeme@example.comnow', 'write me@example.com now'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} -> ${expected}`, () => {
      assert.equal(segment(input, model, { splitWebNames: true }).text, expected);
      assert.notEqual(segment(input, model).text, expected);
    });
  }
});

describe('identifiers are left alone', () => {
  const cases: [label: string, input: string, expected: string][] = [
    ['a camelCase identifier', 'call getElementById first', 'call getElementById first'],
    ['a camelCase identifier with a call and a member', 'use document.getElementById() here', 'use document.getElementById() here'],
    ['a snake_case identifier', 'use my_variable_name here', 'use my_variable_name here'],
    ['a snake_case identifier in quotes', 'use "my_variablename" here', 'use "my_variablename" here'],
    ['a brand written in camel case', 'my iPhone isbroken', 'my iPhone is broken'],
    ['run-together prose with a long lowercase stretch is no identifier', 'itwaslateinmyhomeWentto', 'it was late in my home Went to'],
    ['PascalCase prose is still split by its capitals', 'ThisIsATest', 'This Is A Test'],
    ['a single hump in prose is two words written together', 'he went homeFriday', 'he went home Friday'],
    ['a single hump is an identifier where the text holds code', 'x = getName();', 'x = getName();'],
    ['a token headed by an article is words written together', 'visit theGovernment today', 'visit the Government today'],
    ['a two-hump identifier is kept', 'set myVariableName now', 'set myVariableName now'],
    ['capitalized words run into a preposition are prose, whatever their humps', 'the news ofThursdayNews today', 'the news of Thursday News today'],
    ['a name after the article a is prose', 'he is aFriday visit', 'he is a Friday visit'],
    ['brackets after a word are no code', 'he went home(Friday)toGovernment', 'he went home (Friday) to Government'],
  ];
  for (const [label, input, expected] of cases) it(label, () => assert.equal(segment(input, model).text, expected));
});

describe('mixed input keeps its spaces and fixes only the run-together parts', () => {
  const cases: [input: string, expected: string][] = [
    ['I love visit and thedog', 'I love visit and the dog'],
    ['see the news\tandgo  home\n', 'see the news\tand go  home\n'],
    ['mail me@example.com and follow@name', 'mail me@example.com and follow @name'],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(segment(input, prepareSegmenter(modelFromCounts([...words, ['dog', 100], ['i', 3000]]))).text, expected));
});

describe('finding web spans stays linear on hostile input', () => {
  it('reads 200,000 characters of near-miss addresses quickly', () => {
    for (const input of ['a.'.repeat(100_000), 'xwww.a.com/'.repeat(20_000), '#a'.repeat(100_000), 'a@'.repeat(100_000), 'a'.repeat(200_000)]) {
      const started = process.hrtime.bigint();
      webSpansOf(input);
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000, `${input.slice(0, 12)}…`);
    }
  });
});
