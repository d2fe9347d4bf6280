/**
 * A structured logger: one JSON object per line, for CloudWatch (ECS awslogs) and for `jq` locally.
 *
 * Every line is `{"time": ISO-8601 UTC, "level", "msg", ...fields}`. Fields may not overwrite the
 * three fixed keys; Error values become `{name, message, stack}` so stacks survive JSON; a field
 * that cannot be serialised (a cycle, a BigInt) never throws: the line says so instead.
 */

/** The levels, least severe first: LOG_LEVEL accepts exactly these. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds these fields to every line (e.g. the request id). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where a finished line goes (without the newline); stdout by default. */
  write?: (line: string) => void;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };
const RESERVED = new Set(['time', 'level', 'msg']);

/** Creates a logger that writes lines at `level` and above. */
export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => { process.stdout.write(line + '\n'); });
  return loggerWith(RANK[options.level], write, {});
}

function loggerWith(minRank: number, write: (line: string) => void, base: LogFields): Logger {
  const emit = (level: LogLevel, msg: string, fields?: LogFields): void => {
    if (RANK[level] < minRank) return;
    try {
      write(formatLine(level, msg, { ...base, ...fields }));
    } catch {
      // A logger that throws would turn a log call into a crash; a lost line is the lesser harm.
    }
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => loggerWith(minRank, write, { ...base, ...fields }),
  };
}

/** Renders one log line as JSON (exported for tests). */
export function formatLine(level: LogLevel, msg: string, fields: LogFields, now: Date = new Date()): string {
  const line: Record<string, unknown> = { time: now.toISOString(), level, msg };
  for (const [key, value] of Object.entries(fields)) {
    if (!RESERVED.has(key) && value !== undefined) line[key] = value instanceof Error ? errorFields(value) : value;
  }
  try {
    return JSON.stringify(line);
  } catch (err) {
    return JSON.stringify({ time: line.time, level, msg, logError: `fields could not be serialised: ${String(err)}` });
  }
}

function errorFields(err: Error): Record<string, unknown> {
  return { name: err.name, message: err.message, stack: err.stack };
}
