/**
 * The command line: `textops serve|spell|space|import-legacy`, wired from the config.
 *
 * This is where configuration, models, stores and servers meet; everything below takes what it
 * needs as arguments. Returns an exit code instead of exiting, so tests can call it; the codes
 * and what each means are in app/exit-codes.ts. A failure to start is one line on stderr.
 */
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { batchedLineWriter } from '../log-sink.ts';
import { loadEngineModels, runEngine, type LocalOperation } from '../engines/run.ts';
import { startService } from '../app/serve.ts';
import { EXIT_CONFIG, EXIT_FAILED, StartupFailure } from '../app/exit-codes.ts';
import type { ServiceChoice } from '../app/handler.ts';
import type { Io } from './io.ts';
import { importLegacyCommand } from './import-legacy.ts';
import { bootstrapDbCommand } from './bootstrap-db.ts';
import { checkFiles, parseTextCommand, runTextCommand, textCommandHelp } from './text-command.ts';
import packageJson from '../../package.json' with { type: 'json' };

const USAGE = `usage: textops <command>

  serve [all|home|api]        serve the web app (default: all, both services on one port, like the load balancer)
  spell [--diff|--json] [FILE...]
                              correct spelling, files or stdin to stdout, line for line (textops spell --help)
  space [--diff|--json] [FILE...]
                              put spaces back into run-together text, the same way
  import-legacy --from URL    copy the original app's MySQL table "preprocess" into DATABASE_URL
  bootstrap-db                create the app's MySQL user (DB_APP_SECRET_ARN) as the master user, then migrate
  --version                   print the version

Configuration is read from the environment: see README.md ("Configuration").
`;

/** Run one command; resolves with the process exit code (serve resolves once the server has stopped). */
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
      case 'bootstrap-db':
        return await bootstrapDbCommand(loadConfig(io.env), io);
      case '--version':
      case '-V':
        io.stdout.write(`textops ${packageJson.version}\n`);
        return 0;
      case undefined:
        io.stderr.write(`textops: no command given\n\n${USAGE}`);
        return EXIT_CONFIG;
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(USAGE);
        return 0;
      default:
        io.stderr.write(`textops: unknown command "${command}"\n\n${USAGE}`);
        return EXIT_CONFIG;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`textops: configuration error: ${error.message}\n`);
      return EXIT_CONFIG;
    }
    if (error instanceof StartupFailure) {
      io.stderr.write(`textops: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function serve(args: readonly string[], io: Io): Promise<number> {
  const choice = (args[0] ?? 'all') as ServiceChoice;
  if (!['all', 'home', 'api'].includes(choice) || args.length > 1) {
    io.stderr.write(`textops: serve takes one of all, home, api\n\n${USAGE}`);
    return EXIT_CONFIG;
  }
  const config = loadConfig(io.env);
  const log = createLogger({ level: config.logLevel, write: batchedLineWriter() });
  const service = await startService(choice, config, log);
  io.onServing?.(service);
  // A person at a terminal gets the address to open; logs (JSON lines) are for machines.
  if (io.stdout.isTTY === true) io.stdout.write(`Open http://localhost:${service.port}/\n`);
  const exit = await service.done;
  if (exit.reason !== undefined) io.stderr.write(`textops: ${exit.reason}\n`);
  return exit.code;
}

async function filter(operation: LocalOperation, args: readonly string[], io: Io): Promise<number> {
  const command = parseTextCommand(args, operation);
  if (typeof command === 'string') {
    io.stderr.write(`textops ${operation}: ${command}\n\n${textCommandHelp(operation)}`);
    return EXIT_CONFIG;
  }
  if (command.help) {
    io.stdout.write(textCommandHelp(operation));
    return 0;
  }
  try {
    // Files first: a typo in a name fails at once, before the models load and before any output.
    await checkFiles(command);
    const models = loadEngineModels(loadConfig(io.env).dataDir);
    await runTextCommand(command, io.stdin, io.stdout, (text) => runEngine(operation, text, models, { splitWebNames: command.splitWebNames }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR') throw error;
    io.stderr.write(`textops ${operation}: cannot read ${(error as NodeJS.ErrnoException).path ?? 'a file'}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'permission denied'}\n`);
    return EXIT_FAILED;
  }
  return 0;
}
