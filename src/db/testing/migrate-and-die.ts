/**
 * Test support, run as a child process: apply the migrations to an empty database and SIGKILL
 * this very process right after statement number `crashAt` (0-based, the hook's count), so that
 * the database is left exactly as a task stopped at that statement boundary leaves it: nothing
 * rolled back by us, the connection cut by the operating system.
 *
 *   node migrate-and-die.ts sqlite PATH CRASH_AT
 *   node migrate-and-die.ts mysql URL CRASH_AT
 */
import { DatabaseSync } from 'node:sqlite';
import { createPool } from 'mysql2/promise';
import { migrateMysql, migrateSqlite } from '../migrations.ts';
import { connectionOptions } from '../mysql-options.ts';
import { parseMysqlUrl } from '../../database-target.ts';

const [kind, location, crashAtText] = process.argv.slice(2);
if (location === undefined || crashAtText === undefined) throw new Error('usage: node migrate-and-die.ts sqlite|mysql PATH|URL CRASH_AT');
const crashAt = Number(crashAtText);
const die = (index: number) => {
  if (index === crashAt) process.kill(process.pid, 'SIGKILL');
};

if (kind === 'sqlite') {
  const db = new DatabaseSync(location, { timeout: 5_000 });
  db.exec('PRAGMA journal_mode = WAL');
  migrateSqlite(db, Date.now, die);
} else {
  const pool = createPool(connectionOptions(parseMysqlUrl(location, 'URL')));
  await migrateMysql(pool, Date.now, async (index) => {
    if (index === crashAt) {
      // Let the statement's acknowledgement settle, as a kill a moment later would.
      await new Promise((resolve) => setTimeout(resolve, 10));
      die(index);
    }
  });
  await pool.end();
}
// Reaching here means crashAt was past the last statement.
process.stdout.write('completed\n');
