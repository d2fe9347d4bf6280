/**
 * What a command may touch of the process: the environment and the three streams, passed in so
 * tests can run any command in-process. Its own file so the commands (import-legacy.ts,
 * bootstrap-db.ts) and the dispatcher (run-cli.ts) all import it without importing each other.
 */
import type { Readable, Writable } from 'node:stream';
import type { RunningService } from '../app/serve.ts';

export interface Io {
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Called once a served service is listening, so the entry point can wire signals to its stop(). */
  onServing?: (service: RunningService) => void;
}
