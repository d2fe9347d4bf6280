import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { StoreUnavailableError } from './errors.ts';
import { LEGACY_ENGINE, importLegacy, legacyRecordFromRow } from './legacy-import.ts';
import { openMysqlStore } from './mysql.ts';
import { openSqliteStore } from './sqlite.ts';
import type { ImportingStore } from './store.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from './testing/mysql-scratch.ts';
import { closedPort } from './testing/tcp-proxy.ts';
import { parseMysqlUrl } from '../database-target.ts';

const baseUrl = testMysqlUrl();
const scratch = baseUrl === undefined ? undefined : new ScratchDatabases(baseUrl);
after(() => scratch?.dropAll());

describe('legacyRecordFromRow', () => {
  const row = { id: 'a-b-Thu Nov 26 04:27:16 2026', job: 'spell', original_text: 'teh', processed_text: 'the' };
  const cases: [string, Record<string, unknown>, RegExp | null][] = [
    ['a good row', {}, null],
    ['binary text columns holding UTF-8', { original_text: Buffer.from('naïve ☕') }, null],
    ['a NULL processed_text', { processed_text: null }, /processed_text is NULL/],
    ['binary text that is not UTF-8', { original_text: Buffer.from([0xff, 0xfe]) }, /not valid UTF-8/],
    ['a numeric id', { id: 42 }, /id is not text/],
    ['an unknown job', { job: 'summarize' }, /unknown job "summarize"/],
  ];
  for (const [what, change, reason] of cases) {
    it(`${reason === null ? 'accepts' : 'reports'} ${what}`, () => {
      const result = legacyRecordFromRow({ ...row, ...change });
      if (reason === null) {
        assert.ok('record' in result);
        assert.equal(result.record.tag, 'a-b');
        assert.equal(result.record.engine, LEGACY_ENGINE);
      } else {
        assert.ok('reason' in result);
        assert.match(result.reason, reason);
      }
    });
  }
});

describe('importLegacy', () => {
  it('throws StoreUnavailableError when the legacy database cannot be reached', async () => {
    const store = await openSqliteStore(':memory:');
    const port = await closedPort();
    await assert.rejects(importLegacy({ from: parseMysqlUrl(`mysql://root@127.0.0.1:${port}/legacy`, '--from'), to: store }), StoreUnavailableError);
    await store.close();
  });

});

describe('importLegacy from MariaDB', { skip: scratch === undefined && MYSQL_SKIP_MESSAGE }, () => {
  const rows: [string, string, string | null, string | null][] = [
    ['note7-Thu Nov 26 04:27:16 2026', 'spell', 'teh cat', 'the cat'],
    ['my-tag-with-dashes-Fri Nov  6 09:00:01 2026', 'SPACE', 'thecatsat', 'the cat sat'],
    ['jp-Sun Jan  5 08:09:10 2025', 'Translate', '猫です 😺', "It's a cat 😺"],
    ["quote'); DROP TABLE records; --Thu Nov 26 04:27:18 2026", 'spell', 'x', 'x'],
    ['no time here', 'spell', 'x', 'x'],
    ['odd-Thu Nov 26 04:27:17 2026', 'summarize', 'x', 'x'],
    ['nulls-Thu Nov 26 04:27:19 2026', 'spell', null, null],
  ];

  async function legacyDatabase(): Promise<string> {
    const url = await scratch!.create();
    const conn = await connect(url);
    try {
      await conn.query('CREATE TABLE preprocess (id VARCHAR(255) PRIMARY KEY, job VARCHAR(32), original_text TEXT, processed_text TEXT) DEFAULT CHARSET = utf8mb4');
      for (const row of rows) await conn.execute('INSERT INTO preprocess VALUES (?, ?, ?, ?)', row);
    } finally {
      await conn.end();
    }
    return url;
  }

  async function importTwice(store: ImportingStore) {
    const from = await legacyDatabase();
    const seen: [number, number][] = [];
    const first = await importLegacy({ from: parseMysqlUrl(from, '--from'), to: store, progress: (done, total) => seen.push([done, total]) });
    const second = await importLegacy({ from: parseMysqlUrl(from, '--from'), to: store });
    return { first, second, seen };
  }

  const unparsableIds = ['no time here', 'nulls-Thu Nov 26 04:27:19 2026', 'odd-Thu Nov 26 04:27:17 2026'];

  for (const [target, open] of [
    ['a SQLite store', () => openSqliteStore(':memory:')],
    ['a MySQL store', async () => openMysqlStore(parseMysqlUrl(await scratch!.create(), 'URL'))],
  ] as const) {
    it(`imports each parsable row once into ${target}, reporting the rest`, async () => {
      const store = await open();
      try {
        const { first, second, seen } = await importTwice(store);
        assert.equal(first.imported, 4);
        assert.equal(first.skipped, 0);
        assert.deepEqual(first.unparsable.map((u) => u.id).sort(), unparsableIds);
        assert.match(first.unparsable.find((u) => u.id.startsWith('odd'))!.reason, /unknown job "summarize"/);
        assert.deepEqual(seen.at(-1), [7, 7]);
        assert.equal(seen.length, 7);
        assert.deepEqual({ ...second, unparsable: second.unparsable.length }, { imported: 0, skipped: 4, unparsable: 3 });
        assert.equal(await store.count({}), 4);
        const { records } = await store.page({ limit: 10 });
        assert.deepEqual(
          records.map((r) => [r.tag, r.operation, r.createdAt.toISOString(), r.processed]),
          [
            ["quote'); DROP TABLE records; -", 'spell', '2026-11-26T04:27:18.000Z', 'x'],
            ['note7', 'spell', '2026-11-26T04:27:16.000Z', 'the cat'],
            ['my-tag-with-dashes', 'space', '2026-11-06T09:00:01.000Z', 'the cat sat'],
            ['jp', 'translate', '2025-01-05T08:09:10.000Z', "It's a cat 😺"],
          ],
        );
      } finally {
        await store.close();
      }
    });
  }
});
