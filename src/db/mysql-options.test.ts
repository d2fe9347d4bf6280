import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectionOptions, tlsOptions } from './mysql-options.ts';
import { parseMysqlUrl } from '../database-target.ts';

const target = (url: string) => parseMysqlUrl(url, 'DATABASE_URL');

describe('connectionOptions', () => {
  it('asks for utf8mb4, UTC and a connect timeout, with decoded credentials', () => {
    const options = connectionOptions(target('mysql://u%40x:p%2F@h:3310/db'), { connectTimeoutMs: 1234 });
    assert.deepEqual(
      { host: options.host, port: options.port, user: options.user, password: options.password, database: options.database },
      { host: 'h', port: 3310, user: 'u@x', password: 'p/', database: 'db' },
    );
    assert.equal(options.charset, 'utf8mb4');
    assert.equal(options.timezone, 'Z');
    assert.equal(options.connectTimeout, 1234);
    assert.equal(options.ssl, undefined);
  });
});

describe('tlsOptions', () => {
  it('encrypts without checking the certificate for REQUIRED', () => {
    assert.deepEqual(tlsOptions(target('mysql://u@h/db?ssl-mode=REQUIRED').tls), { rejectUnauthorized: false });
  });
  it('checks the chain but not the host name for VERIFY_CA', () => {
    assert.deepEqual(tlsOptions(target('mysql://u@h/db?ssl-mode=VERIFY_CA').tls), { rejectUnauthorized: true, verifyIdentity: false });
  });
  it('checks chain and host name for VERIFY_IDENTITY and ssl=true', () => {
    for (const url of ['mysql://u@h/db?ssl-mode=VERIFY_IDENTITY', 'mysql://u@h/db?ssl=true']) {
      assert.deepEqual(tlsOptions(target(url).tls), { rejectUnauthorized: true, verifyIdentity: true });
    }
  });
  it('trusts the Amazon RDS bundle shipped with mysql2 for ssl-ca=rds', () => {
    const ssl = tlsOptions(target('mysql://u@h/db?ssl-mode=VERIFY_IDENTITY&ssl-ca=rds').tls) as { ca: string[] };
    assert.ok(Array.isArray(ssl.ca) && ssl.ca.length > 10);
    assert.ok(ssl.ca.every((pem) => pem.includes('BEGIN CERTIFICATE')));
  });
  it('reads a PEM file named by ssl-ca', () => {
    const file = new URL('./mysql-options.ts', import.meta.url).pathname;
    const ssl = tlsOptions(target(`mysql://u@h/db?ssl-mode=VERIFY_CA&ssl-ca=${file}`).tls) as { ca: string };
    assert.match(ssl.ca, /mysql2 connection options/);
  });
});
