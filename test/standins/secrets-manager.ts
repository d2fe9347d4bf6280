/**
 * A local stand-in for AWS Secrets Manager's GetSecretValue, speaking the service's JSON protocol
 * (awsJson1_1) so that the real `@aws-sdk/client-secrets-manager` client can be pointed at it:
 *
 *   POST /   X-Amz-Target: secretsmanager.GetSecretValue
 *            Content-Type: application/x-amz-json-1.1, Authorization: AWS4-HMAC-SHA256 …
 *            { "SecretId": ARN or name }
 *     -> 200 { ARN, Name, VersionId, SecretString, VersionStages: ["AWSCURRENT"], CreatedDate }
 *     -> 400 { __type: "ResourceNotFoundException", message }   for an unknown secret
 *     -> 400 { __type: "UnknownOperationException" }            for any other target
 *     -> 403 { __type: "MissingAuthenticationTokenException" }   for an unsigned request
 *
 * `put` replaces a secret's value (a rotation's last step); every request is recorded.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SecretsManagerStandIn {
  /** The endpoint to give the SDK, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every request: its X-Amz-Target and parsed body. */
  requests: { target: string | undefined; contentType: string | undefined; body: unknown }[];
  /** Create or replace a secret's current value. */
  put(arn: string, value: string): void;
  /** Make every call fail with 500 until called with false (the service unreachable). */
  failAll(failing: boolean): void;
  close(): Promise<void>;
}

/** A syntactically valid secret ARN in a made-up account. */
export function fakeSecretArn(name: string, region = 'eu-west-3'): string {
  return `arn:aws:secretsmanager:${region}:111122223333:secret:${name}-AbCdEf`;
}

/** Static, fake AWS credentials: the SDK signs with them, the stand-in only checks a signature is there. */
export const FAKE_AWS_CREDENTIALS = { accessKeyId: 'AKIDSTANDIN000000000', secretAccessKey: 'stand-in-secret-key' };

/** Starts the stand-in on a free loopback port. */
export async function startSecretsManagerStandIn(): Promise<SecretsManagerStandIn> {
  const secrets = new Map<string, { value: string; version: string }>();
  const requests: SecretsManagerStandIn['requests'] = [];
  let failing = false;
  const reply = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(text), 'x-amzn-RequestId': randomUUID() });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = req.headers['x-amz-target'] as string | undefined;
      const contentType = req.headers['content-type'];
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      requests.push({ target, contentType, body });
      if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
        return reply(res, 403, { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
      }
      if (req.method !== 'POST' || contentType !== 'application/x-amz-json-1.1' || target !== 'secretsmanager.GetSecretValue') {
        return reply(res, 400, { __type: 'UnknownOperationException' });
      }
      if (failing) return reply(res, 500, { __type: 'InternalServiceError', message: 'stand-in failing on purpose' });
      const id = String((body as { SecretId?: unknown } | null)?.SecretId ?? '');
      const secret = secrets.get(id);
      if (secret === undefined) {
        return reply(res, 400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      }
      reply(res, 200, {
        ARN: id,
        Name: id.split(':')[6]?.replace(/-[A-Za-z0-9]{6}$/, '') ?? id,
        VersionId: secret.version,
        SecretString: secret.value,
        VersionStages: ['AWSCURRENT'],
        CreatedDate: Date.now() / 1000,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    put: (arn, value) => secrets.set(arn, { value, version: randomUUID() }),
    failAll: (value) => {
      failing = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
