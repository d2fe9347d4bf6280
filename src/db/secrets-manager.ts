/**
 * Database credentials from an AWS Secrets Manager secret, read with the official SDK v3 client.
 *
 * The secret is JSON with `username` and `password` keys: the shape of the secret RDS keeps for
 * its master user and of the app user's secret in cloudformation/textops.yaml, and the shape the
 * Secrets Manager rotation functions read and write. The region is the ARN's own, so no region
 * setting is needed; credentials and any endpoint override come from the SDK's usual sources (the
 * ECS task role in production; AWS_ENDPOINT_URL_SECRETS_MANAGER points it at a stand-in in tests).
 * The SDK is loaded on the first fetch, not at import: it takes half a second or more to load, which
 * every other command (spell, space, serve on SQLite) would otherwise pay for nothing.
 */
import type { SecretsManagerClient, SecretsManagerClientConfig } from '@aws-sdk/client-secrets-manager';
import { cachedCredentials } from './credentials.ts';
import type { CachedCredentialsOptions, CredentialsSource, DbCredentials } from './credentials.ts';
import { StoreUnavailableError } from './errors.ts';

export interface SecretsManagerCredentialsOptions extends CachedCredentialsOptions {
  secretArn: string;
  /** Endpoint override (tests); default: the SDK's own resolution. */
  endpoint?: string;
  /** Static AWS credentials (tests); default: the SDK's provider chain. */
  awsCredentials?: SecretsManagerClientConfig['credentials'];
}

/** The region inside a Secrets Manager ARN (arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME). */
export function regionOfSecretArn(arn: string): string {
  const match = /^arn:[a-z-]+:secretsmanager:([a-z0-9-]+):\d{12}:secret:.+$/.exec(arn);
  if (match === null) throw new Error(`not a Secrets Manager secret ARN: "${arn}"`);
  return match[1]!; // the one group is not optional
}

/** The username and password in a secret's JSON text; throws naming what is missing (never the value). */
export function parseCredentialsSecret(text: string | undefined, arn: string): DbCredentials {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    throw new Error(`secret ${arn} is not JSON with "username" and "password"`);
  }
  const { username, password } = (value ?? {}) as Record<string, unknown>;
  if (typeof username !== 'string' || username === '' || typeof password !== 'string') {
    throw new Error(`secret ${arn} lacks a string "username" and "password"`);
  }
  return { user: username, password };
}

/** A credentials source reading the secret's AWSCURRENT version, cached, refetched after a 1045. */
export function secretsManagerCredentials(options: SecretsManagerCredentialsOptions): CredentialsSource {
  const { secretArn } = options;
  const region = regionOfSecretArn(secretArn);
  let client: SecretsManagerClient | undefined;
  const fetch = async (): Promise<DbCredentials> => {
    let answer;
    try {
      const sdk = await import('@aws-sdk/client-secrets-manager');
      client ??= new sdk.SecretsManagerClient({
        region,
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
        ...(options.awsCredentials === undefined ? {} : { credentials: options.awsCredentials }),
        maxAttempts: 3,
      });
      answer = await client.send(new sdk.GetSecretValueCommand({ SecretId: secretArn }), { abortSignal: AbortSignal.timeout(5_000) });
    } catch (error) {
      // Without the password there is no database: "unavailable", so start-up waits and requests get 503.
      throw new StoreUnavailableError(`could not read database credentials from ${secretArn}: ${(error as Error).message}`, { cause: error });
    }
    return parseCredentialsSecret(answer.SecretString, secretArn);
  };
  return cachedCredentials(`Secrets Manager ${secretArn}`, fetch, options);
}
