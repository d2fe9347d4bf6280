/**
 * The command line: `textops serve|spell|space|import-legacy`, wired from the config.
 *
 * This is where configuration, models, stores and servers meet; everything below takes what it
 * needs as arguments. Returns an exit code instead of exiting, so tests can call it.
 */
import type { Readable, Writable } from 'node:stream';
import { ConfigError, loadConfig, redactUrl } from './config.ts';
import { createLogger } from './http/log.ts';
import { batchedLineWriter } from './http/log-sink.ts';
import { loadEngineModels, runEngine, type LocalOperation } from './engines/run.ts';
import { filterLines } from './cli/line-filter.ts';
import { startService, type RunningService } from './app/serve.ts';
import type { ServiceChoice } from './app/handler.ts';
import { importLegacyCommand } from './cli/import-legacy.ts';

export interface Io {
  env: Readonly<Record<string, string | undefined>>;
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Called with the running service so the entry point can wire signals to its stop(). */
  onServing?: (service: RunningService) => void;
}

export const USAGE = `usage: textops <command>

  serve [all|home|api]        serve the web app (default: all, both services on one port, like the load balancer)
  spell [--json]              correct spelling, stdin to stdout, line for line
                              (--json: one {"text","edits"} object a line; each edit has its confidence and alternatives)
  space                       put spaces back into run-together text, stdin to stdout, line for line
  import-legacy --from URL    copy the original app's MySQL table "preprocess" into DATABASE_URL

Configuration is read from the environment: see README.md ("Configuration").
`;

/** Run one command; resolves with the process exit code (serve resolves once it is listening). */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, io);
      case 'spell':
      case 'space':
        return await filter(command, rest, io);
      case 'import-legacy':
        return await importLegacyCommand(rest, loadConfig(io.env), io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`textops: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`textops: configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function serve(args: readonly string[], io: Io): Promise<number> {
  const choice = (args[0] ?? 'all') as ServiceChoice;
  if (!['all', 'home', 'api'].includes(choice) || args.length > 1) {
    io.stderr.write(`textops: serve takes one of all, home, api\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(io.env);
  const log = createLogger({ level: config.logLevel, write: batchedLineWriter() });
  const service = await startService(choice, config, log);
  service.storeReady.catch(() => {
    log.error('giving up: the database did not answer after DB_CONNECT_ATTEMPTS attempts', { url: redactUrl(config.databaseUrl), attempts: config.dbConnectAttempts });
    process.exitCode = 1;
    void service.stop();
  });
  io.onServing?.(service);
  return 0;
}

async function filter(operation: LocalOperation, args: readonly string[], io: Io): Promise<number> {
  const json = operation === 'spell' && args.length === 1 && args[0] === '--json';
  if (args.length > 0 && !json) {
    io.stderr.write(`textops: ${operation} takes ${operation === 'spell' ? 'only --json' : 'no arguments'}; it reads stdin and writes stdout\n`);
    return 2;
  }
  const models = loadEngineModels(loadConfig(io.env).dataDir);
  await filterLines(io.stdin, io.stdout, (line) => {
    const output = runEngine(operation, line, models);
    return json ? JSON.stringify({ text: output.text, edits: output.edits }) : output.text;
  });
  return 0;
}
