import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { legacyOperation, parseLegacyId } from './legacy-id.ts';

describe('parseLegacyId', () => {
  const good: [string, string, string, string][] = [
    ['a plain tag', 'note7-Thu Nov 26 04:27:16 2026', 'note7', '2026-11-26T04:27:16.000Z'],
    ['a tag holding dashes', 'my-long-tag-Thu Nov 26 04:27:16 2026', 'my-long-tag', '2026-11-26T04:27:16.000Z'],
    ['a tag ending in a dash', 'x--Thu Nov 26 04:27:16 2026', 'x-', '2026-11-26T04:27:16.000Z'],
    ['an empty tag', '-Fri Nov  6 00:00:00 2026', '', '2026-11-06T00:00:00.000Z'],
    ['asctime padding a one-digit day with a space', 'n-Fri Nov  6 23:59:59 2026', 'n', '2026-11-06T23:59:59.000Z'],
    ['a one-digit day without padding', 'n-Fri Nov 6 23:59:59 2026', 'n', '2026-11-06T23:59:59.000Z'],
    ['a leap day', 'leap-Thu Feb 29 12:00:00 2024', 'leap', '2024-02-29T12:00:00.000Z'],
    ['a tag that looks like a date', 'Mon Jan  1 00:00:00 2024-Tue Jan  2 00:00:00 2024', 'Mon Jan  1 00:00:00 2024', '2024-01-02T00:00:00.000Z'],
    ['non-ASCII tags', 'ノート-Sun Jan  5 08:09:10 2025', 'ノート', '2025-01-05T08:09:10.000Z'],
  ];
  for (const [what, id, tag, iso] of good) {
    it(`splits ${what}`, () => {
      const parsed = parseLegacyId(id);
      assert.ok(parsed.ok, JSON.stringify(parsed));
      assert.equal(parsed.tag, tag);
      assert.equal(parsed.createdAt.toISOString(), iso);
    });
  }

  const bad: [string, string, RegExp][] = [
    ['no time at all', 'note7', /does not end/],
    ['a time without the dash', 'note7 Thu Nov 26 04:27:16 2026', /does not end/],
    ['an ISO time', 'note7-2026-11-26T04:27:16', /does not end/],
    ['a day the month lacks', 'x-Sat Feb 30 10:00:00 2026', /no such time/],
    ['an hour past 23', 'x-Thu Nov 26 24:00:00 2026', /no such time/],
    ['a weekday that disagrees with the date', 'x-Mon Nov 26 04:27:16 2026', /weekday Mon/],
    ['lower-case names', 'x-thu nov 26 04:27:16 2026', /does not end/],
  ];
  for (const [what, id, reason] of bad) {
    it(`refuses ${what}, saying why`, () => {
      const parsed = parseLegacyId(id);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(parsed.reason, reason);
    });
  }
});

describe('legacyOperation', () => {
  const cases: [string, string | null][] = [
    ['spell', 'spell'], ['Spell', 'spell'], ['SPELL_CHECK', 'spell'], ['spell-check', 'spell'], ['spelling correction', 'spell'],
    ['space', 'space'], ['Spaces', 'space'], ['add_spaces', 'space'], ['segmentation', 'space'],
    ['translate', 'translate'], ['Translation', 'translate'], [' translate ', 'translate'],
    ['summarize', null], ['', null], ['constructor', null], ['__proto__', null],
  ];
  for (const [job, operation] of cases) {
    it(`reads job ${JSON.stringify(job)} as ${operation}`, () => assert.equal(legacyOperation(job), operation));
  }
});
