/**
 * The storage contract as one suite, registered for each backend by its own test file
 * (sqlite.test.ts always, mysql.test.ts when TEXTOPS_TEST_MYSQL_URL is set), so both stores
 * are held to the same observable behaviour.
 *
 * Text is kept exactly, NUL included (SQLite TEXT and MySQL MEDIUMTEXT both carry it; nothing is
 * normalized). The one exception is forced by UTF-8 itself: a lone UTF-16 surrogate has no UTF-8
 * form, so both drivers store U+FFFD in its place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportingStore, NewRecord, Operation, SavedRecord, SearchQuery } from './store.ts';
import { MIGRATIONS } from './migrations.ts';
import { encodeEdits } from './details.ts';

const ALL_VERSIONS = MIGRATIONS.map((m) => m.version);

export interface StoreHarness {
  /** Where a fresh, empty database lives (a file path or a mysql:// URL). */
  freshLocation(): Promise<string>;
  /** Open (and so migrate) a store there; `clock` pins created_at. */
  open(location: string, clock?: () => number): Promise<ImportingStore>;
  /** The versions recorded in schema_migrations there, one entry per row. */
  appliedVersions(location: string): Promise<number[]>;
}

function record(overrides: Partial<NewRecord> = {}): NewRecord {
  return { tag: 'note7', operation: 'spell', original: 'teh cat', processed: 'the cat', sourceLanguage: null, engine: 'textops-spell/1', ...overrides };
}

/** A clock the test moves by hand. */
function manualClock(start: number): { now: () => number; set(t: number): void } {
  let t = start;
  return { now: () => t, set: (next) => { t = next; } };
}

async function allPages(store: ImportingStore, limit: number, filter: { tag?: string; operation?: Operation } = {}): Promise<SavedRecord[][]> {
  const pages: SavedRecord[][] = [];
  let after: { createdAt: number; id: number } | undefined;
  for (;;) {
    const page = await store.page({ ...filter, limit, after });
    pages.push(page.records);
    if (page.next === null) return pages;
    after = page.next;
  }
}

const TEXTS: [string, string][] = [
  ['emoji, including ZWJ sequences and flags', 'family 👨‍👩‍👧‍👦, flag 🇯🇵, thumbs 👍🏽, 𝄞 clef'],
  ['CJK', '东京は日本の首都です。한국어 문장입니다。'],
  ['right-to-left text with marks', 'مرحبا بالعالم \u200F שלום עולם \u202Bembedded\u202C'],
  ['combining marks, unnormalized', 'e\u0301 vs \u00e9, a\u0308\u0304'],
  ['NUL and control characters', 'before\u0000after\u0001\u001f\ttab'],
  ['line endings and trailing spaces', 'line1\r\nline2\rline3\n  trailing  '],
  ['quotes and backslashes', `it's "quoted" \\ back\\slash \\' \\0 %_`],
  ['SQL injection strings', "'; DROP TABLE records; -- \" OR 1=1 /* */ UNION SELECT * FROM schema_migrations"],
  ['the empty string', ''],
];

/** Register the contract cases for one backend. */
export function describeStoreContract(backend: string, harness: StoreHarness): void {
  async function withStore<T>(use: (store: ImportingStore) => Promise<T>, clock?: () => number): Promise<T> {
    const store = await harness.open(await harness.freshLocation(), clock);
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  }

  describe(`store contract: ${backend}`, () => {
    it('returns the record as stored from save, with an id and a millisecond UTC time', () =>
      withStore(async (store) => {
        const saved = await store.save(record({ operation: 'translate', sourceLanguage: 'de', engine: 'google-v2' }));
        assert.ok(Number.isInteger(saved.id) && saved.id > 0);
        assert.equal(saved.createdAt.getTime(), 1_764_131_236_789);
        const { records } = await store.page({ limit: 10 });
        assert.deepEqual(records, [saved]);
        assert.equal(store.kind, backend);
      }, () => 1_764_131_236_789));

    for (const [what, text] of TEXTS) {
      it(`round-trips ${what} exactly in text and tag`, () =>
        withStore(async (store) => {
          const tag = Array.from(text).slice(0, 40).join('');
          const reversed = Array.from(text).reverse().join('');
          await store.save(record({ tag, original: text, processed: reversed }));
          const [back] = (await store.page({ limit: 1 })).records;
          assert.ok(back);
          assert.equal(back.original, text);
          assert.equal(back.processed, reversed);
          assert.equal(back.tag, tag);
          assert.equal(Buffer.from(back.original).equals(Buffer.from(text)), true);
        }));
    }

    it('round-trips 20,000-character texts of 4-byte characters', () =>
      withStore(async (store) => {
        const long = '𝒜😀中'.repeat(6667).slice(0, 20_000);
        await store.save(record({ original: long, processed: long + 'x' }));
        const [back] = (await store.page({ limit: 1 })).records;
        assert.ok(back);
        assert.equal(back.original.length, long.length);
        assert.equal(back.original, long);
        assert.equal(back.processed, long + 'x');
      }));

    it('reads only the first 201 characters (code points) of each text on a preview page', () =>
      withStore(async (store) => {
        await store.save(record({ original: '😀'.repeat(20_000), processed: 'ab'.repeat(10_000) }));
        await store.save(record({ original: 'short', processed: 'x' }));
        const [short, long] = (await store.page({ limit: 5, preview: true })).records;
        assert.ok(short && long);
        assert.equal(short.original, 'short');
        assert.equal(long.original, '😀'.repeat(201));
        assert.equal(long.processed, 'ab'.repeat(100) + 'a');
        assert.equal((await store.page({ limit: 5 })).records[1]?.original, '😀'.repeat(20_000), 'a full page still has every character');
      }));

    it('stores a lone surrogate as U+FFFD in both backends', () =>
      withStore(async (store) => {
        await store.save(record({ original: 'a\uD800b' }));
        assert.equal((await store.page({ limit: 1 })).records[0]?.original, 'a\uFFFDb');
      }));

    it('stores SQL-injection tags literally and filters on them', () =>
      withStore(async (store) => {
        const tag = "x' OR '1'='1";
        await store.save(record({ tag }));
        await store.save(record({ tag: 'x' }));
        assert.equal(await store.count({ tag }), 1);
        assert.deepEqual((await store.page({ tag, limit: 5 })).records.map((r) => r.tag), [tag]);
        assert.equal(await store.count({}), 2);
      }));

    it('lists newest first and breaks ties in created_at by id', () => {
      const clock = manualClock(1_000);
      return withStore(async (store) => {
        const a = await store.save(record({ tag: 'a' }));
        clock.set(3_000);
        const b = await store.save(record({ tag: 'b' }));
        const c = await store.save(record({ tag: 'c' }));
        clock.set(2_000);
        const d = await store.save(record({ tag: 'd' }));
        const { records, next } = await store.page({ limit: 10 });
        assert.deepEqual(records.map((r) => r.tag), ['c', 'b', 'd', 'a']);
        assert.ok(c.id > b.id && b.id > a.id && d.id > c.id);
        assert.equal(next, null);
      }, clock.now);
    });

    it('walks every record exactly once through keyset pages, ties spanning page boundaries', () => {
      const clock = manualClock(5_000);
      return withStore(async (store) => {
        const saved: SavedRecord[] = [];
        for (let i = 0; i < 23; i += 1) {
          clock.set(5_000 + Math.floor(i / 4) * 10); // runs of four records share one millisecond
          saved.push(await store.save(record({ tag: `t${i}` })));
        }
        const pages = await allPages(store, 5);
        assert.deepEqual(pages.map((p) => p.length), [5, 5, 5, 5, 3]);
        const expected = [...saved].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || y.id - x.id);
        assert.deepEqual(pages.flat().map((r) => r.id), expected.map((r) => r.id));
      }, clock.now);
    });

    it('ends with next = null when the last page is exactly full', () =>
      withStore(async (store) => {
        for (let i = 0; i < 6; i += 1) await store.save(record());
        const pages = await allPages(store, 3);
        assert.deepEqual(pages.map((p) => p.length), [3, 3]);
      }));

    it('filters pages and counts by tag, by operation, and by both', () =>
      withStore(async (store) => {
        const plan: [string, Operation][] = [['a', 'spell'], ['a', 'space'], ['b', 'spell'], ['a', 'spell'], ['b', 'translate'], ['A', 'spell']];
        for (const [tag, operation] of plan) await store.save(record({ tag, operation }));
        const cases: [{ tag?: string; operation?: Operation }, number][] = [
          [{}, 6], [{ tag: 'a' }, 3], [{ tag: 'A' }, 1], [{ operation: 'spell' }, 4], [{ tag: 'a', operation: 'spell' }, 2],
          [{ tag: 'b', operation: 'space' }, 0], [{ tag: 'nobody' }, 0],
        ];
        for (const [filter, n] of cases) {
          assert.equal(await store.count(filter), n, `count ${JSON.stringify(filter)}`);
          const walked = (await allPages(store, 2, filter)).flat();
          assert.equal(walked.length, n, `pages ${JSON.stringify(filter)}`);
          for (const r of walked) {
            if (filter.tag !== undefined) assert.equal(r.tag, filter.tag);
            if (filter.operation !== undefined) assert.equal(r.operation, filter.operation);
          }
        }
      }));

    it('counts zero and pages nothing when empty', () =>
      withStore(async (store) => {
        assert.equal(await store.count({}), 0);
        assert.deepEqual(await store.page({ limit: 10 }), { records: [], next: null });
      }));

    it('rejects page limits outside 1..500 and unknown operations', () =>
      withStore(async (store) => {
        await assert.rejects(store.page({ limit: 0 }), RangeError);
        await assert.rejects(store.page({ limit: 501 }), RangeError);
        await assert.rejects(store.save(record({ operation: 'shout' as Operation })), RangeError);
        await assert.rejects(store.save(record({ tag: 'x'.repeat(256) })), RangeError);
        assert.equal(await store.count({}), 0);
      }));

    it('answers ping', () => withStore((store) => store.ping()));

    it('gives concurrent saves distinct ids and keeps them all', () =>
      withStore(async (store) => {
        const saved = await Promise.all(Array.from({ length: 40 }, (_, i) => store.save(record({ tag: `c${i}` }))));
        assert.equal(new Set(saved.map((r) => r.id)).size, 40);
        assert.equal(await store.count({}), 40);
      }));

    it('imports a legacy record once, keeping its time', () =>
      withStore(async (store) => {
        const legacy = { ...record({ engine: 'legacy' }), legacyId: 'note7-Thu Nov 26 04:27:16 2026', createdAt: new Date(Date.UTC(2026, 10, 26, 4, 27, 16)) };
        assert.equal(await store.saveLegacy(legacy), true);
        assert.equal(await store.saveLegacy(legacy), false);
        const { records } = await store.page({ limit: 10 });
        assert.equal(records.length, 1);
        assert.equal(records[0]?.createdAt.toISOString(), '2026-11-26T04:27:16.000Z');
      }));

    it('keeps data and applies nothing twice when reopened', async () => {
      const location = await harness.freshLocation();
      const first = await harness.open(location);
      await first.save(record());
      await first.close();
      const second = await harness.open(location);
      assert.equal(await second.count({}), 1);
      await second.close();
      assert.deepEqual(await harness.appliedVersions(location), ALL_VERSIONS);
    });

    it('migrates once when two stores open the same new database at the same moment', async () => {
      const location = await harness.freshLocation();
      const stores = await Promise.all([harness.open(location), harness.open(location), harness.open(location)]);
      await Promise.all(stores.map((s, i) => s.save(record({ tag: `s${i}` }))));
      assert.equal(await stores[0].count({}), 3);
      await Promise.all(stores.map((s) => s.close()));
      assert.deepEqual(await harness.appliedVersions(location), ALL_VERSIONS);
    });

    it('keeps a record\'s changes, their alternatives and its source, and gets it by id', () =>
      withStore(async (store) => {
        const edits = [
          { offset: 0, length: 7, replacement: 'Spelling', confidence: 0.8, alternatives: [{ word: 'Spieling', confidence: 0.15 }, { word: 'Spewing', confidence: 0.05 }] },
          { offset: 11, length: 8, replacement: 'difficult' },
        ];
        const source = await store.save(record({ original: 'Speling is dificult', processed: 'Spelling is difficult', edits }));
        const reviewed = await store.save(record({ original: 'Speling is dificult', processed: 'Spieling is difficult', edits: edits.slice(0, 1), sourceId: source.id }));
        const plain = await store.save(record({ operation: 'translate', engine: 'google-v2', sourceLanguage: 'fr' }));
        assert.deepEqual((await store.get(source.id))?.edits, edits);
        assert.equal((await store.get(source.id))?.sourceId, null);
        assert.equal((await store.get(reviewed.id))?.sourceId, source.id);
        assert.equal((await store.get(reviewed.id))?.processed, 'Spieling is difficult');
        assert.deepEqual(await store.get(plain.id), { ...plain, edits: null, sourceId: null });
        assert.equal(await store.get(plain.id + 1000), null);
        await assert.rejects(store.save(record({ original: 'short', edits: [{ offset: 3, length: 9, replacement: 'x' }] })), RangeError);
      }));

    it('keeps edits that arrive already encoded (from an engine thread) exactly as the same edits given as objects', () =>
      withStore(async (store) => {
        const edits = [{ offset: 0, length: 7, replacement: 'Spelling', confidence: 0.8, alternatives: [{ word: 'Spieling', confidence: 0.15 }] }, { offset: 11, length: 8, replacement: 'difficult' }];
        const fields = { original: 'Speling is dificult', processed: 'Spelling is difficult' };
        const encoded = await store.save(record({ ...fields, edits: { encoded: encodeEdits(edits, fields.original.length) ?? '' } }));
        const given = await store.save(record({ ...fields, edits }));
        assert.deepEqual((await store.get(encoded.id))?.edits, edits);
        assert.deepEqual((await store.get(encoded.id))?.edits, (await store.get(given.id))?.edits);
      }));

    it('finds tags by prefix in any case, taking % and _ literally', () =>
      withStore(async (store) => {
        for (const tag of ['note7', 'Note8', 'NOTES', 'notary', 'keynote', '50%_off', '50xyoff']) await store.save(record({ tag }));
        const tags = async (tagPrefix: string) => (await store.find({ tagPrefix, limit: 50 })).records.map((r) => r.tag).sort();
        assert.deepEqual(await tags('note'), ['NOTES', 'Note8', 'note7']);
        assert.deepEqual(await tags('NOTE7'), ['note7']);
        assert.deepEqual(await tags('50%_'), ['50%_off']);
        assert.equal(await store.countFound({ tagPrefix: 'no' }), 4);
        assert.equal(await store.countFound({ tagPrefix: 'zz' }), 0);
      }));

    it('finds records by the words of either text, every word required, each a prefix, in any case', () =>
      withStore(async (store) => {
        await store.save(record({ tag: 'a', original: 'Speling is dificult', processed: 'Spelling is difficult' }));
        await store.save(record({ tag: 'b', original: 'thequickbrownfox', processed: 'the quick brown fox' }));
        await store.save(record({ tag: 'c', operation: 'translate', original: 'Le chat noir', processed: 'The black cat', sourceLanguage: 'fr', engine: 'google-v2' }));
        const tags = async (text: string, extra: Partial<SearchQuery> = {}) => (await store.find({ text, limit: 50, ...extra })).records.map((r) => r.tag).sort();
        assert.deepEqual(await tags('spelling'), ['a']);
        assert.deepEqual(await tags('DIFFI'), ['a']);
        assert.deepEqual(await tags('quick brown'), ['b']);
        assert.deepEqual(await tags('quick chat'), []);
        assert.deepEqual(await tags('chat'), ['c']);
        assert.deepEqual(await tags('black', { operation: 'space' }), []);
        assert.deepEqual(await tags('"black" OR -cat*'), ['c']);
        assert.equal(await store.countFound({ text: 'brown' }), 1);
      }));

    it('finds records in a time range, and pages a search both ways', () => {
      const clock = manualClock(10_000);
      return withStore(async (store) => {
        const saved: SavedRecord[] = [];
        for (let i = 0; i < 9; i += 1) {
          clock.set(10_000 + Math.floor(i / 2) * 1_000); // pairs share a millisecond
          saved.push(await store.save(record({ tag: `t${i}` })));
        }
        assert.deepEqual((await store.find({ since: 11_000, until: 13_000, limit: 50 })).records.map((r) => r.tag), ['t5', 't4', 't3', 't2']);
        assert.equal(await store.countFound({ since: 11_000, until: 13_000 }), 4);
        const first = await store.find({ tagPrefix: 't', limit: 4 });
        assert.equal(first.previous, null);
        const second = await store.find({ tagPrefix: 't', limit: 4, after: first.next ?? undefined });
        const third = await store.find({ tagPrefix: 't', limit: 4, after: second.next ?? undefined });
        assert.deepEqual([first, second, third].map((p) => p.records.map((r) => r.tag)), [['t8', 't7', 't6', 't5'], ['t4', 't3', 't2', 't1'], ['t0']]);
        assert.equal(third.next, null);
        const back = await store.find({ tagPrefix: 't', limit: 4, before: third.previous ?? undefined });
        assert.deepEqual(back.records.map((r) => r.tag), ['t4', 't3', 't2', 't1']);
        const top = await store.find({ tagPrefix: 't', limit: 4, before: back.previous ?? undefined });
        assert.deepEqual(top.records.map((r) => r.tag), ['t8', 't7', 't6', 't5']);
        assert.equal(top.previous, null);
      }, clock.now);
    });

    it('rejects calls after close, and close twice is harmless', async () => {
      const store = await harness.open(await harness.freshLocation());
      await store.close();
      await store.close();
      await assert.rejects(store.count({}));
    });
  });
}
