/**
 * The SQLite writer thread: its own connection to the store's file, inserting the records the
 * event loop hands it, one at a time, and answering each once it is committed.
 *
 * Why a thread: a record of 20,000 characters with thousands of changes is a ~400 KB row whose
 * insert also indexes both texts for search (FTS5), 3-4 ms of synchronous work, and every few
 * such inserts the commit runs a WAL checkpoint of 10-25 ms. On the event loop that is time no
 * other request gets. WAL lets this connection write while the main thread's connection reads.
 *
 * Messages in: `{ id, values, deadline }` (INSERT_DETAILED_RECORD's values; deadline in epoch ms
 * for waiting out another connection's lock) and `{ close: true }`. Out: `{ ready: true }` once
 * the file is open, then `{ id, rowId }` or `{ id, error }` per insert.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { INSERT_DETAILED_RECORD } from './details.ts';
import type { SqlValue } from './queries.ts';
import { openDatabase, whileBusy } from './sqlite-connection.ts';

interface Insert {
  id: number;
  values: SqlValue[];
  deadline: number;
}

/** What crosses back for a failed insert: the fields the store's error classifier reads. */
export interface WriterFailure {
  message: string;
  code?: unknown;
  errcode?: unknown;
  errstr?: unknown;
}

const port = parentPort;
if (port === null) throw new Error('db/sqlite-writer-thread.ts must run as a worker thread');
const db = openDatabase((workerData as { path: string }).path);
// The checkpointer thread (sqlite-checkpoint-thread.ts) keeps the WAL short; this connection checkpoints
// only past 4,000 pages (16 MB), as a bound should that thread fall behind or stop (SQLite's default is 1,000).
db.exec('PRAGMA wal_autocheckpoint = 4000');
const insert = db.prepare(INSERT_DETAILED_RECORD);

port.on('message', (message: Insert | { close: true }) => {
  if ('close' in message) {
    db.close();
    port.close();
    return;
  }
  try {
    const result = whileBusy(() => insert.run(...message.values), message.deadline);
    port.postMessage({ id: message.id, rowId: Number(result.lastInsertRowid) });
  } catch (error) {
    const fields = error as { code?: unknown; errcode?: unknown; errstr?: unknown };
    const failure: WriterFailure = { message: error instanceof Error ? error.message : String(error), code: fields.code, errcode: fields.errcode, errstr: fields.errstr };
    port.postMessage({ id: message.id, error: failure });
  }
});
port.postMessage({ ready: true });
