/**
 * `textops import-legacy --from mysql://…`: copy the original app's `preprocess` table into the
 * store named by DATABASE_URL, with progress on a terminal and a summary at the end. Rows that
 * cannot be parsed, or hold a tag or text the api would refuse, are listed, never dropped
 * silently; running it twice adds nothing.
 */
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { openStore } from '../db/open.ts';
import { storeStartupFailure } from '../app/exit-codes.ts';
import { DatabaseUrlError, parseMysqlUrl, type MysqlTarget } from '../database-target.ts';
import { importLegacy } from '../db/legacy-import.ts';
import { mysqlStoreOptions } from '../app/store-options.ts';
import type { Io } from './io.ts';
import type { LegacyRecord } from '../db/store.ts';
import { recordProblem } from '../records/validate.ts';

/** Run the import; exit code 0 when every row was imported or already there, 1 when some could not be parsed. */
export async function importLegacyCommand(args: readonly string[], config: Config, io: Io): Promise<number> {
  const fromUrl = parseFrom(args);
  if (fromUrl === null) {
    io.stderr.write('textops: import-legacy needs --from mysql://user:password@host:port/database (the original app\'s database)\n');
    return 2;
  }
  let from: MysqlTarget;
  try {
    from = parseMysqlUrl(fromUrl, '--from');
  } catch (error) {
    if (!(error instanceof DatabaseUrlError)) throw error;
    io.stderr.write(`textops: import-legacy: ${error.message}\n`);
    return 2;
  }
  const log = createLogger({ level: config.logLevel === 'debug' ? 'debug' : 'warn', write: (line) => io.stderr.write(`${line}\n`) });
  const store = await openStore(config.database, { log, retry: { attempts: Math.min(config.dbConnectAttempts, 6) }, mysql: mysqlStoreOptions(config) })
    .catch((error: unknown) => { throw storeStartupFailure(error, config.database); });
  try {
    io.stderr.write(`importing from ${from.label} into ${config.database.label}\n`);
    const progress = io.stderr.isTTY === true ? (done: number, total: number) => io.stderr.write(`\r${done}/${total} rows`) : undefined;
    const check = (record: LegacyRecord) => recordProblem(record, config.maxTextChars);
    const summary = await importLegacy({ from, to: store, log, progress, check });
    if (progress !== undefined) io.stderr.write('\n');
    io.stdout.write(`imported ${summary.imported}, already present ${summary.skipped}, could not parse ${summary.unparsable.length}\n`);
    for (const row of summary.unparsable) io.stdout.write(`  not imported: id ${JSON.stringify(row.id)}: ${row.reason}\n`);
    return summary.unparsable.length === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

function parseFrom(args: readonly string[]): string | null {
  for (const [i, arg] of args.entries()) {
    const next = args[i + 1];
    if (arg === '--from' && next !== undefined) return next;
    if (arg.startsWith('--from=')) return arg.slice('--from='.length);
  }
  return null;
}
