import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { FAKE_AWS_CREDENTIALS, fakeSecretArn, startSecretsManagerStandIn } from '../../test/standins/secrets-manager.ts';
import type { SecretsManagerStandIn } from '../../test/standins/secrets-manager.ts';
import { StoreUnavailableError } from './errors.ts';
import { parseCredentialsSecret, regionOfSecretArn, secretsManagerCredentials } from './secrets-manager.ts';

describe('credentials from Secrets Manager through the real SDK client', () => {
  let standIn: SecretsManagerStandIn;
  before(async () => {
    standIn = await startSecretsManagerStandIn();
  });
  after(() => standIn.close());
  const source = (arn: string) => secretsManagerCredentials({ secretArn: arn, endpoint: standIn.url, awsCredentials: FAKE_AWS_CREDENTIALS, minRefreshMs: 0 });

  it('sends a signed GetSecretValue in the JSON protocol and reads username and password', async () => {
    const arn = fakeSecretArn('textops-app');
    standIn.put(arn, JSON.stringify({ engine: 'mysql', username: 'textops_app', password: 'p@ss"w/rd' }));
    assert.deepEqual(await source(arn).current(), { user: 'textops_app', password: 'p@ss"w/rd' });
    const last = standIn.requests.at(-1)!;
    assert.equal(last.target, 'secretsmanager.GetSecretValue');
    assert.equal(last.contentType, 'application/x-amz-json-1.1');
    assert.deepEqual(last.body, { SecretId: arn });
  });

  it('reads the rotated value on refresh()', async () => {
    const arn = fakeSecretArn('rotating');
    standIn.put(arn, JSON.stringify({ username: 'u', password: 'old' }));
    const credentials = source(arn);
    assert.equal((await credentials.current()).password, 'old');
    standIn.put(arn, JSON.stringify({ username: 'u', password: 'new' }));
    assert.equal((await credentials.current()).password, 'old', 'current() is cached');
    assert.equal((await credentials.refresh()).password, 'new');
  });

  it('reports an unknown secret or a failing service as "database unavailable" (503, start-up keeps waiting)', async () => {
    await assert.rejects(source(fakeSecretArn('missing')).current(), (error: unknown) => error instanceof StoreUnavailableError && /ResourceNotFound|can't find/.test(error.message));
    const arn = fakeSecretArn('flaky');
    standIn.put(arn, JSON.stringify({ username: 'u', password: 'p' }));
    standIn.failAll(true);
    try {
      await assert.rejects(source(arn).current(), StoreUnavailableError);
    } finally {
      standIn.failAll(false);
    }
  });
});

describe('secret values and ARNs', () => {
  it('takes the region from the ARN', () => {
    assert.equal(regionOfSecretArn('arn:aws:secretsmanager:ap-south-2:111122223333:secret:x-AbCdEf'), 'ap-south-2');
    assert.throws(() => regionOfSecretArn('textops/db'), /not a Secrets Manager secret ARN/);
  });

  it('refuses a secret without a username or password, without echoing its value', () => {
    assert.throws(() => parseCredentialsSecret('{"password":"hunter2"}', 'arn:x'), (error: Error) => /username/.test(error.message) && !error.message.includes('hunter2'));
    assert.throws(() => parseCredentialsSecret('hunter2', 'arn:x'), (error: Error) => /not JSON/.test(error.message) && !error.message.includes('hunter2'));
  });
});

describe('start-up cost', () => {
  it('does not load the AWS SDK until a secret is first read (spell, space and SQLite never pay for it)', () => {
    const probe = `
      await import(${JSON.stringify(new URL('../cli/run-cli.ts', import.meta.url).href)});
      const { createRequire } = await import('node:module');
      const cache = createRequire(import.meta.url).cache;
      console.log(Object.keys(cache).filter((path) => path.includes('client-secrets-manager')).length);`;
    const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim();
    assert.equal(loaded, '0');
  });
});
