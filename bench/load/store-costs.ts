/**
 * What one history page costs the database: `node bench/load/store-costs.ts [mysql://root@127.0.0.1:3306/mysql]`.
 *
 * On a fresh database it seeds 100,000 records (as the load benchmark does), then times the two
 * queries of `GET /` through the real MySQL store, the keyset page and the total count, 10 times
 * one after another and 100 at once, and shows the page query's plan; then it adds 35,000
 * single-row saves 10 at a time (what the space and spell runs add; their rate is printed) and
 * measures again. The database is dropped.
 */
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { openStore } from '../../src/db/open.ts';
import { parseDatabaseUrl } from '../../src/database-target.ts';
import { createLoadDatabase, seedRecords } from './database.ts';
import { englishTexts } from './texts.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const db = await createLoadDatabase(process.argv[2] ?? 'mysql://root@127.0.0.1:3306/mysql');
const store = await openStore(parseDatabaseUrl(db.url), { log: quiet });
try {
  await seedRecords(db.url, 100_000, englishTexts(64));
  const connection = await createConnection({ uri: db.url });
  const measure = async (label: string) => {
    for (const [name, call] of [['page', () => store.page({ limit: 50 })], ['count', () => store.count({})]] as const) {
      let started = performance.now();
      for (let i = 0; i < 10; i++) await call();
      const serialMs = (performance.now() - started) / 10;
      started = performance.now();
      await Promise.all(Array.from({ length: 100 }, () => call()));
      const perSecond = 100 / ((performance.now() - started) / 1000);
      console.log(`${label}: ${name} ${serialMs.toFixed(2)} ms each, ${perSecond.toFixed(0)} per s with 100 at once`);
    }
    const [plan] = await connection.query<RowDataPacket[]>('EXPLAIN SELECT id FROM records ORDER BY created_at DESC, id DESC LIMIT 51');
    console.log(`${label}: page plan ${plan[0]?.type} via ${String(plan[0]?.key)} ${String(plan[0]?.Extra)}`);
  };
  await measure('100,000 seeded');
  const savingFrom = performance.now();
  await Promise.all(Array.from({ length: 10 }, async () => {
    for (let i = 0; i < 3_500; i++) await store.save({ tag: 'costs', operation: 'space', original: 'abc'.repeat(80), processed: 'abc '.repeat(80), sourceLanguage: null, engine: 'textops-space/1' });
  }));
  console.log(`35,000 single-row saves, 10 at a time: ${(35_000 / ((performance.now() - savingFrom) / 1000)).toFixed(0)} per s`);
  await measure('+35,000 saved');
  await connection.end();
} finally {
  await store.close();
  await db.drop();
}
