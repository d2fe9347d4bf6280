/**
 * The one switch: Profile=production against the cheap default, read from cloudformation/textops.yaml
 * as each deploy would see it (conditions evaluated, Fn::If chosen, mappings looked up).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Json } from '../../scripts/cfn/parse-template.ts';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';
import { existingResources, parameterValues, resolve } from './template-eval.ts';
import { entry } from '../support/entry.ts';

type JsonObject = { [key: string]: Json };
const template = parseTemplate(readFileSync(new URL('../../cloudformation/textops.yaml', import.meta.url), 'utf8')).template as JsonObject;
const resources = template.Resources as { [id: string]: JsonObject };
const CERT = 'arn:aws:acm:eu-west-3:111122223333:certificate/x';
const sandbox = parameterValues(template, { ImageTag: 'abc1234' });
const production = parameterValues(template, { ImageTag: 'abc1234', Profile: 'production', CertificateArn: CERT });
// Production ignores the cheap options a sandbox may have set.
const productionWithSandboxOptions = { ...production, TaskSubnets: 'public', NatGateways: '1', DbMultiAz: 'false' };

const props = (parameters: Record<string, string>, id: string) => resolve(template, parameters, entry(resources, id, 'Resources').Properties ?? null) as JsonObject;
const lbAttributes = (parameters: Record<string, string>) =>
  Object.fromEntries((props(parameters, 'LoadBalancer').LoadBalancerAttributes as JsonObject[]).map((a) => [a.Key, a.Value]));

describe('the production profile', () => {
  for (const [label, parameters] of [['production', production], ['production over sandbox options', productionWithSandboxOptions]] as const) {
    it(`runs at least 2 tasks per service (${label})`, () => {
      for (const id of ['HomeScalableTarget', 'ApiScalableTarget']) assert.ok(Number(props(parameters, id).MinCapacity) >= 2, id);
    });

    it(`has a Multi-AZ database with deletion protection (${label})`, () => {
      const db = props(parameters, 'Database');
      assert.equal(db.MultiAZ, true);
      assert.equal(db.DeletionProtection, true);
    });

    it(`has a NAT gateway per zone, each private subnet routed through its own (${label})`, () => {
      const present = existingResources(template, parameters);
      assert.ok(present.includes('NatGateway1') && present.includes('NatGateway2'));
      assert.deepEqual(props(parameters, 'PrivateDefaultRoute2').NatGatewayId, { Ref: 'NatGateway2' });
      assert.deepEqual((props(parameters, 'HomeService').NetworkConfiguration as JsonObject).AwsvpcConfiguration, { Subnets: [{ Ref: 'PrivateSubnet1' }, { Ref: 'PrivateSubnet2' }], SecurityGroups: [{ Ref: 'TaskSecurityGroup' }], AssignPublicIp: 'DISABLED' });
    });

    it(`protects the load balancer and logs its requests to S3 (${label})`, () => {
      const attributes = lbAttributes(parameters);
      assert.equal(attributes['deletion_protection.enabled'], 'true');
      assert.equal(attributes['access_logs.s3.enabled'], 'true');
      assert.deepEqual(attributes['access_logs.s3.bucket'], { Ref: 'AccessLogBucket' });
      assert.ok(existingResources(template, parameters).includes('AccessLogBucket'));
    });
  }

  it('keeps access logs 90 days, in SSE-S3 (the only encryption ALB log delivery accepts), TLS only', () => {
    const bucket = props(production, 'AccessLogBucket');
    const [rule] = (bucket.LifecycleConfiguration as JsonObject).Rules as JsonObject[];
    assert.equal(rule?.ExpirationInDays, 90);
    assert.match(JSON.stringify(bucket.BucketEncryption), /AES256/);
    const statements = ((props(production, 'AccessLogBucketPolicy').PolicyDocument as JsonObject).Statement as JsonObject[]);
    const alb = statements.find((s) => s.Sid === 'AlbAccessLogs')!;
    assert.deepEqual(alb.Principal, { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' });
    assert.equal(alb.Action, 's3:PutObject');
    assert.deepEqual(alb.Resource, { 'Fn::Sub': '${AccessLogBucket.Arn}/alb/AWSLogs/${AWS::AccountId}/*' });
    assert.equal(lbAttributes(production)['access_logs.s3.prefix'], 'alb');
    assert.ok(statements.some((s) => s.Effect === 'Deny' && JSON.stringify(s.Condition).includes('aws:SecureTransport')));
  });

  it('refuses to deploy without a certificate, and then serves HTTPS with the redirect and HSTS', () => {
    const rule = (template.Rules as JsonObject).ProductionNeedsCertificate as JsonObject;
    assert.deepEqual(rule.RuleCondition, { 'Fn::Equals': [{ Ref: 'Profile' }, 'production'] });
    assert.deepEqual((rule.Assertions as JsonObject[])[0]?.Assert, { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'CertificateArn' }, ''] }] });
    assert.ok(existingResources(template, production).includes('HttpsListener'));
    const [redirect] = props(production, 'HttpListener').DefaultActions as JsonObject[];
    assert.equal(redirect?.Type, 'redirect');
    const hsts = entry(props(production, 'HttpsListener').ListenerAttributes as JsonObject[], 0, 'the HTTPS listener attributes');
    assert.equal(hsts.Key, 'routing.http.response.strict_transport_security.header_value');
    assert.match(String(hsts.Value), /^max-age=31536000/);
  });
});

describe('the sandbox default stays cheap', () => {
  it('runs one task per service, one NAT gateway, a Single-AZ database, no log bucket, nothing protected from deletion', () => {
    for (const id of ['HomeScalableTarget', 'ApiScalableTarget']) assert.equal(props(sandbox, id).MinCapacity, 1);
    const present = existingResources(template, sandbox);
    assert.ok(present.includes('NatGateway1') && !present.includes('NatGateway2'));
    assert.ok(!present.includes('AccessLogBucket') && !present.includes('VpcFlowLog'));
    assert.deepEqual(props(sandbox, 'Database').MultiAZ, { Ref: 'DbMultiAz' });
    assert.equal(sandbox.DbMultiAz, 'false');
    assert.equal(props(sandbox, 'Database').DeletionProtection, false);
    assert.equal(lbAttributes(sandbox)['deletion_protection.enabled'], 'false');
  });

  it('can drop the NAT gateway with public task subnets', () => {
    const present = existingResources(template, { ...sandbox, TaskSubnets: 'public' });
    assert.ok(!present.includes('NatGateway1'));
  });
});
