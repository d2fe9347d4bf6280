/**
 * Configuration: process.env -> one typed, validated object, read once in the entry point.
 *
 * Nothing else in textops reads the environment; everything receives the parts of this object it
 * needs. A bad value stops start-up with a message naming the variable and what it accepts.
 *
 * The database is `DATABASE_URL` (`sqlite:PATH` or `mysql://user:pass@host:port/db`, see
 * database-target.ts); when it is absent but `DB_HOST` is set, the URL is composed from the original app's variables
 * (`DB_HOST`, `DB_PORT`, `DB_NAME`, `DB_USER`, `DB_PASSWORD`, plus `DB_TLS`), which is what the
 * ECS task definition injects. With `DB_SECRET_ARN` the user and password come instead from that
 * Secrets Manager secret, read by the app itself when it opens connections and again after a
 * refused password (src/db/secrets-manager.ts), so a rotated password needs nobody. Either way
 * the result is one parsed DatabaseTarget; a malformed URL is a ConfigError like any other.
 */
import { fileURLToPath } from 'node:url';
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseTarget } from './database-target.ts';
import { LOG_LEVELS, type LogLevel } from './log.ts';

/** Google Cloud Translation (v2): an API key, or service-account credentials. */
export interface GoogleConfig {
  apiKey?: string;
  /** A service-account (or other ADC) JSON file, as GOOGLE_APPLICATION_CREDENTIALS names one. */
  credentialsFile?: string;
  projectId?: string;
  /** The whole base URL, as GOOGLE_CLOUD_TRANSLATE_ENDPOINT: e.g. http://127.0.0.1:9000/language/translate/v2. */
  endpoint?: string;
}

/** A LibreTranslate server. */
export interface LibreTranslateConfig {
  /** The server's base URL, e.g. http://libretranslate:5000 (a path prefix is kept). */
  url: string;
  apiKey?: string;
}

/** The translation provider, if any (Google before LibreTranslate), and its time limit. */
export interface TranslateConfig {
  google?: GoogleConfig;
  libretranslate?: LibreTranslateConfig;
  /** How long one provider call may take, in milliseconds. */
  timeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  /** Where the records live, parsed from DATABASE_URL or DB_* (with DB_SECRET_ARN for MySQL's credentials). */
  database: DatabaseTarget;
  /** The app user's secret, which `textops bootstrap-db` (run with the master's DB_SECRET_ARN) creates the user from. */
  dbAppSecretArn?: string;
  /** Connections per process in the MySQL pool (the template budgets max tasks x this against max_connections). */
  dbPoolSize: number;
  /** Folder holding wordfreq.txt and the other model files. */
  dataDir: string;
  logLevel: LogLevel;
  /** Longest accepted text, in characters (code points). */
  maxTextChars: number;
  /** Longest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Worker threads for the CPU-bound engines; 0 runs them on the main thread. */
  engineWorkers: number;
  /** Most engine jobs waiting for a worker; one more is a 429. */
  engineQueueLimit: number;
  /** Longest an engine job may take, waiting included; then a 503. */
  engineDeadlineMs: number;
  /** Connection attempts at start-up while the database is unreachable (exponential backoff, capped at 15 s a wait). */
  dbConnectAttempts: number;
  /** How long the history's total may be reused between views, in milliseconds. */
  countTtlMs: number;
  /** How long a graceful shutdown may take before connections are cut. */
  shutdownGraceMs: number;
  translate: TranslateConfig;
}

/** A start-up configuration mistake, naming the variable to fix. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Build the config from an environment (process.env in production, a plain object in tests). */
export function loadConfig(env: Env): Config {
  const maxTextChars = integer(env, 'MAX_TEXT_CHARS', 20_000, 1, 1_000_000);
  return {
    port: integer(env, 'PORT', 8080, 0, 65_535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    database: databaseTarget(env),
    dbAppSecretArn: secretArn(env, 'DB_APP_SECRET_ARN'),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 1_000),
    dataDir: text(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    maxTextChars,
    // A code point is at most 4 UTF-8 bytes, and form encoding can triple a byte (%XX); the rest is the tag and framing.
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', maxTextChars * 12 + 16_384, 1_024, 256 * 1024 * 1024),
    engineWorkers: integer(env, 'ENGINE_WORKERS', 1, 0, 64),
    engineQueueLimit: integer(env, 'ENGINE_QUEUE_LIMIT', 32, 0, 10_000),
    engineDeadlineMs: integer(env, 'ENGINE_DEADLINE_MS', 10_000, 10, 600_000),
    dbConnectAttempts: integer(env, 'DB_CONNECT_ATTEMPTS', 12, 1, 1_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 20_000, 0, 600_000),
    countTtlMs: integer(env, 'HISTORY_COUNT_TTL_MS', 1_000, 0, 600_000),
    translate: translateConfig(env),
  };
}

function databaseTarget(env: Env): DatabaseTarget {
  const secret = secretArn(env, 'DB_SECRET_ARN');
  const fromUrl = text(env, 'DATABASE_URL');
  const [name, url] = fromUrl === undefined ? ['the URL composed from DB_*', composedUrl(env)] : ['DATABASE_URL', fromUrl];
  let target: DatabaseTarget;
  try {
    target = parseDatabaseUrl(url, name);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(error.message);
    throw error;
  }
  return target.kind === 'mysql' && secret !== undefined ? { ...target, secretArn: secret } : target;
}

/** DATABASE_URL's equivalent of the DB_* variables, or the default SQLite file without DB_HOST. */
function composedUrl(env: Env): string {
  const host = text(env, 'DB_HOST');
  if (host === undefined) return 'sqlite:./var/textops.db';
  const name = text(env, 'DB_NAME');
  // With DB_SECRET_ARN the secret names the user; the URL's is a placeholder that is never sent.
  const user = text(env, 'DB_USER') ?? (text(env, 'DB_SECRET_ARN') === undefined ? undefined : SECRET_USER_PLACEHOLDER);
  if (name === undefined) throw new ConfigError('DB_HOST is set, so DB_NAME must be set too (the MySQL database name)');
  if (user === undefined) throw new ConfigError('DB_HOST is set, so DB_USER (or DB_SECRET_ARN) must be set too (the MySQL user)');
  const port = integer(env, 'DB_PORT', 3306, 1, 65_535);
  const password = env.DB_PASSWORD ?? '';
  const tls = oneOf(env, 'DB_TLS', ['true', 'false'] as const, 'false') === 'true';
  const credentials = password === '' ? encodeURIComponent(user) : `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;
  const hostPart = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  // RDS certificates chain to Amazon's CA, which mysql2 ships as the 'rds' bundle.
  return `mysql://${credentials}@${hostPart}:${port}/${encodeURIComponent(name)}${tls ? '?ssl-mode=VERIFY_IDENTITY&ssl-ca=rds' : ''}`;
}

const SECRET_USER_PLACEHOLDER = 'from-db-secret';

/** An optional Secrets Manager secret ARN; a malformed one stops start-up instead of failing at the first connection. */
function secretArn(env: Env, name: string): string | undefined {
  const arn = text(env, name);
  if (arn !== undefined && !/^arn:[a-z-]+:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(arn)) {
    throw new ConfigError(`${name} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME), got "${arn}"`);
  }
  return arn;
}

function translateConfig(env: Env): TranslateConfig {
  const apiKey = text(env, 'GOOGLE_TRANSLATE_API_KEY');
  const credentialsFile = text(env, 'GOOGLE_APPLICATION_CREDENTIALS');
  const projectId = text(env, 'GOOGLE_CLOUD_PROJECT');
  const endpoint = text(env, 'GOOGLE_CLOUD_TRANSLATE_ENDPOINT');
  if (endpoint !== undefined) urlValue('GOOGLE_CLOUD_TRANSLATE_ENDPOINT', endpoint);
  const libreUrl = text(env, 'LIBRETRANSLATE_URL');
  if (libreUrl !== undefined) urlValue('LIBRETRANSLATE_URL', libreUrl);
  const config: TranslateConfig = { timeoutMs: integer(env, 'TRANSLATE_TIMEOUT_MS', 10_000, 100, 120_000) };
  if (apiKey !== undefined || credentialsFile !== undefined) {
    config.google = { apiKey, credentialsFile, projectId, endpoint };
  }
  if (libreUrl !== undefined) {
    config.libretranslate = { url: libreUrl, apiKey: text(env, 'LIBRETRANSLATE_API_KEY') };
  }
  return config;
}

/** A variable's value with surrounding blanks removed; unset and blank both mean "not given". */
function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${raw}`);
  return value;
}

function oneOf<const T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function urlValue(name: string, raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
}
