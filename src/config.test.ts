import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 8080 and the embedded SQLite file', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.deepEqual(config.database, { kind: 'sqlite', label: 'sqlite:./var/textops.db', path: './var/textops.db' });
    assert.equal(config.logLevel, 'info');
    assert.equal(config.maxTextChars, 20_000);
    assert.equal(config.translate.google, undefined);
    assert.equal(config.translate.libretranslate, undefined);
  });

  it('takes DATABASE_URL over the DB_* variables', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://a:b@h:3307/x', DB_HOST: 'other', DB_NAME: 'n', DB_USER: 'u' });
    assert.deepEqual(config.database, { kind: 'mysql', label: 'mysql://a:***@h:3307/x', host: 'h', port: 3307, user: 'a', password: 'b', database: 'x', tls: null });
  });

  it('reads the original app\'s DB_* variables, a password with URL characters included, as the same MySQL target', () => {
    const config = loadConfig({ DB_HOST: 'db.example', DB_NAME: 'text ops', DB_USER: 'ad@min', DB_PASSWORD: 'p@ss/w:rd%?#' });
    assert.deepEqual(config.database, {
      kind: 'mysql', label: 'mysql://ad%40min:***@db.example:3306/text%20ops', host: 'db.example', port: 3306, user: 'ad@min', password: 'p@ss/w:rd%?#', database: 'text ops', tls: null,
    });
  });

  it('brackets an IPv6 DB_HOST', () => {
    const config = loadConfig({ DB_HOST: '::1', DB_NAME: 'n', DB_USER: 'u' });
    assert.equal(config.database.kind === 'mysql' && config.database.host, '::1');
  });

  it('asks for verified TLS against the RDS certificate authority when DB_TLS is true', () => {
    const config = loadConfig({ DB_HOST: 'h', DB_PORT: '3310', DB_NAME: 'n', DB_USER: 'u', DB_TLS: 'true' });
    assert.deepEqual(config.database.kind === 'mysql' && { port: config.database.port, tls: config.database.tls }, { port: 3310, tls: { mode: 'verify-identity', ca: 'rds' } });
  });

  const mistakes: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'eighty' }, /^PORT must be a whole number/],
    ['a port out of range', { PORT: '70000' }, /^PORT must be a whole number from 0 to 65535/],
    ['an unknown database scheme', { DATABASE_URL: 'postgres://x' }, /^DATABASE_URL is invalid: unsupported scheme in "postgres:\/\/x"; accepted forms: sqlite:PATH/],
    ['a MySQL URL without a user', { DATABASE_URL: 'mysql://db.example/textops' }, /^DATABASE_URL is invalid: the user is missing/],
    ['a MySQL URL with a misspelt TLS option', { DATABASE_URL: 'mysql://u@h/db?sslmdoe=REQUIRED' }, /^DATABASE_URL is invalid: unknown parameter "sslmdoe"/],
    ['DB_HOST without DB_NAME', { DB_HOST: 'h', DB_USER: 'u' }, /^DB_HOST is set, so DB_NAME must be set/],
    ['DB_HOST without DB_USER', { DB_HOST: 'h', DB_NAME: 'n' }, /^DB_HOST is set, so DB_USER \(or DB_SECRET_ARN\) must be set/],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of debug, info, warn, error/],
    ['a LibreTranslate URL that is not a URL', { LIBRETRANSLATE_URL: 'nope' }, /^LIBRETRANSLATE_URL must be an http\(s\) URL/],
    ['a negative text limit', { MAX_TEXT_CHARS: '-1' }, /^MAX_TEXT_CHARS must be a whole number/],
  ];
  for (const [what, env, message] of mistakes) {
    it(`stops on ${what}, naming the variable`, () => {
      assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    });
  }

  it('configures Google when an API key is given, and LibreTranslate when its URL is', () => {
    const config = loadConfig({ GOOGLE_TRANSLATE_API_KEY: 'k', LIBRETRANSLATE_URL: 'http://127.0.0.1:5000', TRANSLATE_TIMEOUT_MS: '3000' });
    assert.deepEqual(config.translate.google, { apiKey: 'k', credentialsFile: undefined, projectId: undefined, endpoint: undefined });
    assert.deepEqual(config.translate.libretranslate, { url: 'http://127.0.0.1:5000', apiKey: undefined });
    assert.equal(config.translate.timeoutMs, 3000);
  });

  it('treats blank variables as unset', () => {
    assert.equal(loadConfig({ PORT: '  ', DATABASE_URL: '' }).port, 8080);
  });
});

describe('loadConfig: credentials from Secrets Manager and the pool size', () => {
  const arn = 'arn:aws:secretsmanager:eu-west-3:111122223333:secret:textops-app-AbCdEf';

  it('reads DB_SECRET_ARN, and then needs no DB_USER or DB_PASSWORD', () => {
    const config = loadConfig({ DB_HOST: 'db.example', DB_NAME: 'textops', DB_SECRET_ARN: arn, DB_TLS: 'true' });
    assert.equal(config.database.kind === 'mysql' && config.database.secretArn, arn);
    assert.match(config.database.label, /^mysql:\/\/from-db-secret@db\.example:3306\/textops\?/);
  });

  it('refuses a DB_SECRET_ARN or DB_APP_SECRET_ARN that is not a secret ARN', () => {
    assert.throws(() => loadConfig({ DB_SECRET_ARN: 'textops/db' }), /DB_SECRET_ARN must be a Secrets Manager secret ARN/);
    assert.throws(() => loadConfig({ DB_APP_SECRET_ARN: 'arn:aws:ssm:eu-west-3:111122223333:parameter/x' }), /DB_APP_SECRET_ARN must be/);
  });

  it('sizes the pool from DB_POOL_SIZE (default 10)', () => {
    assert.equal(loadConfig({}).dbPoolSize, 10);
    assert.equal(loadConfig({ DB_POOL_SIZE: '4' }).dbPoolSize, 4);
    assert.throws(() => loadConfig({ DB_POOL_SIZE: '0' }), /DB_POOL_SIZE must be a whole number from 1/);
  });
});
