/**
 * `textops bootstrap-db` for real: the CLI in a child process, its secrets from the Secrets Manager
 * stand-in through the real SDK (endpoint from AWS_ENDPOINT_URL_SECRETS_MANAGER, fake static keys),
 * the master user being MariaDB's root, and a scratch app user with a random name, dropped after.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FAKE_AWS_CREDENTIALS, fakeSecretArn, startSecretsManagerStandIn } from '../../test/standins/secrets-manager.ts';
import type { SecretsManagerStandIn } from '../../test/standins/secrets-manager.ts';
import { APP_PRIVILEGES } from './bootstrap.ts';
import { openMysqlStore } from './mysql.ts';
import { MYSQL_SKIP_MESSAGE, ScratchDatabases, connect, testMysqlUrl } from './testing/mysql-scratch.ts';
import { parseMysqlUrl } from '../database-target.ts';

const BIN = fileURLToPath(new URL('../../bin/textops', import.meta.url));
const baseUrl = testMysqlUrl();

describe('textops bootstrap-db', { skip: baseUrl === undefined && MYSQL_SKIP_MESSAGE }, () => {
  const scratch = new ScratchDatabases(baseUrl ?? 'mysql://unused@127.0.0.1/x');
  const appUser = `textops_app_${randomBytes(4).toString('hex')}`;
  const masterArn = fakeSecretArn('rds-master');
  const appArn = fakeSecretArn('textops-app');
  let standIn: SecretsManagerStandIn;
  let dbUrl: string;

  before(async () => {
    standIn = await startSecretsManagerStandIn();
    dbUrl = await scratch.create();
    const root = new URL(baseUrl!);
    standIn.put(masterArn, JSON.stringify({ username: decodeURIComponent(root.username), password: decodeURIComponent(root.password) }));
  });
  after(async () => {
    const admin = await connect(baseUrl!);
    try {
      await admin.query('DROP USER IF EXISTS ?@?', [appUser, '%']);
    } finally {
      await admin.end();
    }
    await scratch.dropAll();
    await standIn.close();
  });

  const run = () => {
    const placeholder = new URL(dbUrl);
    placeholder.username = 'from-db-secret';
    placeholder.password = '';
    // Asynchronous: the stand-in answers from this very process, so its event loop must keep running.
    return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, 'bootstrap-db'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: placeholder.href,
        DB_SECRET_ARN: masterArn,
        DB_APP_SECRET_ARN: appArn,
        AWS_ENDPOINT_URL_SECRETS_MANAGER: standIn.url,
        AWS_ACCESS_KEY_ID: FAKE_AWS_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: FAKE_AWS_CREDENTIALS.secretAccessKey,
      },
      }, (error, stdout, stderr) => resolve({ status: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }));
    });
  };
  const appUrl = (password: string) => {
    const url = new URL(dbUrl);
    url.username = appUser;
    url.password = password;
    return url.href;
  };

  it('creates the app user with only SELECT, INSERT and the migrations\' DDL on its own schema, then migrates as that user', async () => {
    standIn.put(appArn, JSON.stringify({ username: appUser, password: 'first-Pa55' }));
    const result = await run();
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, new RegExp(`migrations applied as ${appUser}`));

    const admin = await connect(baseUrl!);
    try {
      const [rows] = await admin.query('SHOW GRANTS FOR ?@?', [appUser, '%']);
      const grants = (rows as Record<string, string>[]).map((row) => Object.values(row)[0]);
      const database = new URL(dbUrl).pathname.slice(1);
      assert.equal(grants.length, 2, grants.join('\n'));
      const [usage = '', own = ''] = grants;
      assert.match(usage, /^GRANT USAGE ON \*\.\* TO/);
      const [, privileges = '', on] = /^GRANT (.+) ON (\S+) TO/.exec(own) ?? [];
      assert.equal(on, `\`${database}\`.*`);
      assert.deepEqual(privileges.split(', ').sort(), [...APP_PRIVILEGES].sort());
    } finally {
      await admin.end();
    }

    const store = await openMysqlStore(parseMysqlUrl(appUrl('first-Pa55'), 'URL'));
    try {
      const saved = await store.save({ tag: 't', operation: 'spell', original: 'teh', processed: 'the', sourceLanguage: null, engine: 'e' });
      assert.equal((await store.page({ limit: 5 })).records[0]?.id, saved.id);
    } finally {
      await store.close();
    }
    const asApp = await connect(appUrl('first-Pa55'));
    try {
      await assert.rejects(asApp.query('DELETE FROM records'), (error: { errno?: number }) => error.errno === 1142);
      await assert.rejects(asApp.query('DROP TABLE records'), (error: { errno?: number }) => error.errno === 1142);
      await assert.rejects(asApp.query('CREATE DATABASE textops_not_allowed'), (error: { errno?: number }) => error.errno === 1044);
    } finally {
      await asApp.end();
    }
  });

  it('is safe to run again and moves the user to the secret\'s new password', async () => {
    standIn.put(appArn, JSON.stringify({ username: appUser, password: 'second-Pa55' }));
    const result = await run();
    assert.equal(result.status, 0, result.stderr + result.stdout);
    await assert.rejects(connect(appUrl('first-Pa55')), (error: { errno?: number }) => error.errno === 1045);
    const conn = await connect(appUrl('second-Pa55'));
    await conn.end();
  });
});
