/**
 * Copy the original app's table `preprocess (id, job, original_text, processed_text)` into
 * textops records. Each row's id is split into tag and time (legacy-id.ts), its job mapped to an
 * operation, and the row saved with its original id as legacy_id, under a unique index: running
 * the import twice adds nothing the second time ("skipped"). Rows that cannot be read are listed
 * with a reason, never dropped silently. Rows are streamed, so the table may be larger than memory.
 *
 * The function does no process I/O: the CLI shows `progress` and prints the returned report.
 */
import { createConnection } from 'mysql2';
import { classifyStoreError, isMysqlUnavailable } from './errors.ts';
import { legacyOperation, parseLegacyId } from './legacy-id.ts';
import type { StoreLog } from './log.ts';
import { connectionOptions } from './mysql-options.ts';
import type { LegacyRecord } from './store.ts';
import type { MysqlTarget } from '../database-target.ts';

/** Recorded as each imported record's engine, so legacy rows stay recognizable. */
export const LEGACY_ENGINE = 'legacy-import';

export interface LegacyImportOptions {
  /** The original app's database (import-legacy's --from). */
  from: MysqlTarget;
  /** Where records go: any store from openStore / openSqliteStore / openMysqlStore. */
  to: { saveLegacy(record: LegacyRecord): Promise<boolean> };
  log?: StoreLog;
  /** Called after each row with rows handled so far and the table's row count. */
  progress?: (done: number, total: number) => void;
  connectTimeoutMs?: number;
  /**
   * Why a parsed record must not be saved, or null: the caller passes the api's own rules
   * (records/validate.ts), so nothing arrives through the import that a submit would refuse.
   */
  check?: (record: LegacyRecord) => string | null;
}

export interface LegacyImportReport {
  imported: number;
  /** Rows already imported by an earlier run (or repeated ids in the legacy table). */
  skipped: number;
  unparsable: { id: string; reason: string }[];
}

interface LegacyRow {
  id: unknown;
  job: unknown;
  original_text: unknown;
  processed_text: unknown;
}

const COUNT_LEGACY = 'SELECT COUNT(*) AS n FROM preprocess';
const SELECT_LEGACY = 'SELECT id, job, original_text, processed_text FROM preprocess';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A column value as text: strings as they are, binary columns decoded as strict UTF-8. */
function asText(value: unknown, column: string): { text: string } | { reason: string } {
  if (typeof value === 'string') return { text: value };
  if (value === null || value === undefined) return { reason: `${column} is NULL` };
  if (value instanceof Uint8Array) {
    try {
      return { text: strictUtf8.decode(value) };
    } catch {
      return { reason: `${column} is not valid UTF-8` };
    }
  }
  return { reason: `${column} is not text (${typeof value})` };
}

/** The record a legacy row becomes, or why it cannot become one. */
export function legacyRecordFromRow(row: LegacyRow): { record: LegacyRecord } | { id: string; reason: string } {
  const id = asText(row.id, 'id');
  if ('reason' in id) return { id: String(row.id), reason: id.reason };
  const fields = { job: asText(row.job, 'job'), original: asText(row.original_text, 'original_text'), processed: asText(row.processed_text, 'processed_text') };
  for (const field of Object.values(fields)) if ('reason' in field) return { id: id.text, reason: field.reason };
  const textOf = (field: { text: string } | { reason: string }) => ('text' in field ? field.text : '');
  const [job, original, processed] = [textOf(fields.job), textOf(fields.original), textOf(fields.processed)];
  const parsed = parseLegacyId(id.text);
  if (!parsed.ok) return { id: id.text, reason: parsed.reason };
  const operation = legacyOperation(job);
  if (operation === null) return { id: id.text, reason: `unknown job ${JSON.stringify(job)}` };
  return {
    record: { legacyId: id.text, tag: parsed.tag, operation, original, processed, sourceLanguage: null, engine: LEGACY_ENGINE, createdAt: parsed.createdAt },
  };
}

/** Copy every row of the legacy `preprocess` table into the store; returns what happened to each row. */
export async function importLegacy(options: LegacyImportOptions): Promise<LegacyImportReport> {
  const source = options.from;
  const where = source.label;
  // The callback-style connection, for its row stream; it connects on the first query.
  const conn = createConnection(connectionOptions(source, { connectTimeoutMs: options.connectTimeoutMs }));
  conn.on('error', () => undefined); // errors also reach the pending query or stream, which report them
  const report: LegacyImportReport = { imported: 0, skipped: 0, unparsable: [] };
  try {
    const [counted] = await conn.promise().query(COUNT_LEGACY);
    const total = Number((counted as { n: unknown }[])[0]?.n);
    options.log?.info('legacy import started', { from: where, total });
    let done = 0;
    for await (const row of conn.query(SELECT_LEGACY).stream() as AsyncIterable<LegacyRow>) {
      const parsed = legacyRecordFromRow(row);
      const refused = 'record' in parsed ? (options.check?.(parsed.record) ?? null) : null;
      const result = refused === null || !('record' in parsed) ? parsed : { id: parsed.record.legacyId, reason: refused };
      if ('record' in result) {
        try {
          if (await options.to.saveLegacy(result.record)) report.imported += 1;
          else report.skipped += 1;
        } catch (error) {
          // The store refuses values it cannot hold (e.g. a tag over 255 characters): that row is unparsable.
          if (!(error instanceof RangeError)) throw error;
          report.unparsable.push({ id: result.record.legacyId, reason: error.message });
        }
      } else {
        report.unparsable.push(result);
      }
      done += 1;
      options.progress?.(done, total);
    }
    options.log?.info('legacy import finished', { from: where, imported: report.imported, skipped: report.skipped, unparsable: report.unparsable.length });
    return report;
  } catch (error) {
    throw classifyStoreError(error, isMysqlUnavailable, 'legacy mysql');
  } finally {
    await conn.promise().end().catch(() => undefined);
  }
}
