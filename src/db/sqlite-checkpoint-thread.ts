/**
 * The SQLite checkpointer thread: its own connection to the store's file, copying the WAL back
 * into the database every `intervalMs`, so that the writer thread's commits rarely have to.
 *
 * Why: a checkpoint runs inside whichever commit finds the WAL past `wal_autocheckpoint` pages.
 * With 20,000-character records that was every ~8th save, 10-25 ms during which every save queued
 * behind it (a two-word spelling request's save waited up to 45 ms at p99 beside 15 large saves a
 * second, 8 ms without those checkpoints). A PASSIVE checkpoint from another connection waits for
 * no one and blocks no writer; the next commit after it starts the WAL from the beginning again.
 * The writer keeps its own automatic checkpoint at a larger size (WRITER_AUTOCHECKPOINT_PAGES), so
 * the WAL stays bounded if this thread falls behind or stops.
 *
 * Messages in: `{ close: true }`. Out: `{ ready: true }` once the file is open.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './sqlite-connection.ts';

const port = parentPort;
if (port === null) throw new Error('db/sqlite-checkpoint-thread.ts must run as a worker thread');
const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const db = openDatabase(path);
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch {
    // Busy or failing: the next round tries again, and the writer's own checkpoint bounds the WAL meanwhile.
  }
}, intervalMs);

port.on('message', (message: { close?: true }) => {
  if (message.close !== true) return;
  clearInterval(timer);
  db.close();
  port.close();
});
port.postMessage({ ready: true });
