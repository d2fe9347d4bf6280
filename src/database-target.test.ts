import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatabaseUrlError, parseDatabaseUrl, parseMysqlUrl } from './database-target.ts';
import type { DatabaseTarget } from './database-target.ts';

type Unlabelled = DatabaseTarget extends infer T ? (T extends unknown ? Omit<T, 'label'> : never) : never;

/** The parsed target without its label (the label has its own test). */
function unlabelled(url: string): Unlabelled {
  const { label: _label, ...rest } = parseDatabaseUrl(url);
  return rest;
}

const mysql = (over: Partial<Extract<Unlabelled, { kind: 'mysql' }>>): Unlabelled => ({
  kind: 'mysql', host: 'db.example', port: 3306, user: 'app', password: 'pw', database: 'textops', tls: null, ...over,
});

describe('parseDatabaseUrl', () => {
  const good: [string, Unlabelled][] = [
    ['sqlite:./var/textops.db', { kind: 'sqlite', path: './var/textops.db' }],
    ['sqlite:var/textops.db', { kind: 'sqlite', path: 'var/textops.db' }],
    ['sqlite:/srv/textops/records.db', { kind: 'sqlite', path: '/srv/textops/records.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['  sqlite:./x.db  ', { kind: 'sqlite', path: './x.db' }],
    ['mysql://app:pw@db.example/textops', mysql({})],
    ['mysql://app:pw@db.example:3307/textops', mysql({ port: 3307 })],
    ['mariadb://app:pw@db.example/textops', mysql({})],
    ['mysql://app@db.example/textops', mysql({ password: '' })],
    ['mysql://app:p%40ss%2Fw%3Ad%25@db.example/textops', mysql({ password: 'p@ss/w:d%' })],
    ['mysql://us%C3%A9r:pw@db.example/textops', mysql({ user: 'usér' })],
    ['mysql://app:pw@[::1]:3306/textops', mysql({ host: '::1' })],
    ['mysql://app:pw@db.example/textops?ssl=true', mysql({ tls: { mode: 'verify-identity', ca: 'system' } })],
    ['mysql://app:pw@db.example/textops?ssl=false', mysql({})],
    ['mysql://app:pw@db.example/textops?ssl-mode=REQUIRED', mysql({ tls: { mode: 'required', ca: 'system' } })],
    ['mysql://app:pw@db.example/textops?sslmode=verify-ca', mysql({ tls: { mode: 'verify-ca', ca: 'system' } })],
    ['mysql://app:pw@db.example/textops?ssl-mode=VERIFY_IDENTITY&ssl-ca=rds', mysql({ tls: { mode: 'verify-identity', ca: 'rds' } })],
    ['mysql://app:pw@db.example/textops?ssl-mode=VERIFY_CA&ssl-ca=/etc/ssl/rds.pem', mysql({ tls: { mode: 'verify-ca', ca: { file: '/etc/ssl/rds.pem' } } })],
    ['mysql://app:pw@db.example/textops?ssl-mode=DISABLED', mysql({})],
  ];
  for (const [url, expected] of good) {
    it(`reads ${url.trim()}`, () => assert.deepEqual(unlabelled(url), expected));
  }

  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['postgres://u:secret@h/db', /unsupported scheme/],
    ['textops.db', /unsupported scheme/],
    ['sqlite:', /path is empty/],
    ['sqlite:///abs/path.db', /not sqlite:\/\//],
    ['mysql://db.example/textops', /user is missing/],
    ['mysql://app:pw@db.example', /one database name/],
    ['mysql://app:pw@db.example/', /one database name/],
    ['mysql://app:pw@db.example/a/b', /one database name/],
    ['mysql://app:pw@db.example:notaport/textops', /not a URL/],
    ['mysql://app:%E0%A4%A@db.example/textops', /malformed %-escape/],
    ['mysql://app:pw@db.example/textops?ssl-mode=PREFERRED', /ssl-mode=PREFERRED/],
    ['mysql://app:pw@db.example/textops?ssl=yes', /ssl=yes/],
    ['mysql://app:pw@db.example/textops?ssl-mode=constructor', /ssl-mode=constructor/],
    ['mysql://app:pw@db.example/textops?ssl-mode=__proto__', /ssl-mode=__proto__/],
    ['mysql://app:pw@db.example/textops?sslmdoe=REQUIRED', /unknown parameter "sslmdoe"/],
    ['mysql://app:pw@db.example/textops?ssl-ca=rds', /TLS is not enabled/],
  ];
  for (const [url, reason] of bad) {
    it(`refuses ${JSON.stringify(url)}, naming DATABASE_URL and the accepted forms`, () => {
      assert.throws(() => parseDatabaseUrl(url), (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.match(error.message, /^DATABASE_URL is invalid/);
        assert.match(error.message, reason);
        assert.match(error.message, /sqlite:PATH.*mysql:\/\/USER:PASSWORD@HOST:PORT\/DATABASE/);
        assert.doesNotMatch(error.message, /secret/);
        return true;
      });
    });
  }
});

describe('the parsed target', () => {
  it('carries a label with the password hidden, for logs and messages', () => {
    assert.equal(parseDatabaseUrl('mysql://app:secret@db.example/textops?ssl=true').label, 'mysql://app:***@db.example/textops?ssl=true');
    assert.equal(parseDatabaseUrl(' sqlite:./var/textops.db ').label, 'sqlite:./var/textops.db');
  });

  it('names where the URL came from when it is malformed', () => {
    assert.throws(() => parseDatabaseUrl('mysql://db.example/textops', '--from'), (error: unknown) => error instanceof DatabaseUrlError && /^--from is invalid: the user is missing/.test(error.message));
  });

  it('refuses a SQLite URL where a MySQL database is needed', () => {
    assert.throws(() => parseMysqlUrl('sqlite:x.db', '--from'), { name: 'DatabaseUrlError', message: '--from must be a MySQL database, mysql://USER:PASSWORD@HOST:PORT/DATABASE, got sqlite:x.db' });
    assert.equal(parseMysqlUrl('mariadb://app@db.example/textops', '--from').host, 'db.example');
  });
});
