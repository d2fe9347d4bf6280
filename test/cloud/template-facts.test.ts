/**
 * The promises cloudformation/textops.yaml makes, read back from the template as data: the database
 * password travels only through the RDS-managed secret, the database survives deletion as a snapshot,
 * the security groups admit only the hops the design needs, each service rolls back and scales on both
 * CPU and requests, and each task runs the one image with its own command.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Json } from '../../scripts/cfn/parse-template.ts';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';

type JsonObject = { [key: string]: Json };
const source = readFileSync(new URL('../../cloudformation/textops.yaml', import.meta.url), 'utf8');
const template = parseTemplate(source).template as JsonObject;
const resources = template.Resources as { [id: string]: JsonObject };
const props = (id: string) => resources[id].Properties as JsonObject;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

describe('the database', () => {
  it('is private, encrypted, backed up, and snapshotted on delete or replacement', () => {
    const db = resources.Database;
    assert.equal(db.DeletionPolicy, 'Snapshot');
    assert.equal(db.UpdateReplacePolicy, 'Snapshot');
    const p = props('Database');
    assert.equal(p.StorageEncrypted, true);
    assert.equal(p.PubliclyAccessible, false);
    assert.equal(p.Engine, 'mysql');
    assert.deepEqual(p.BackupRetentionPeriod, { Ref: 'DbBackupRetentionDays' });
    assert.deepEqual(p.MultiAZ, { Ref: 'DbMultiAz' });
  });

  it('has its password generated and kept by RDS, never in a parameter or an output', () => {
    assert.equal(props('Database').ManageMasterUserPassword, true);
    assert.ok(!('MasterUserPassword' in props('Database')));
    assert.deepEqual(Object.keys(template.Parameters as JsonObject).filter((name) => /password|secret/i.test(name)), []);
    const values = Object.values(template.Outputs as { [name: string]: JsonObject }).map((o) => JSON.stringify(o.Value));
    for (const value of values) assert.doesNotMatch(value, /password|\{\{resolve:/i);
    assert.doesNotMatch(source, /\{\{resolve:secretsmanager/, 'no secret is resolved into the template');
  });
});

describe('the task definitions', () => {
  const tasks = [['HomeTaskDefinition', 'home'], ['ApiTaskDefinition', 'api']] as const;
  for (const [id, service] of tasks) {
    const [container] = props(id).ContainerDefinitions as JsonObject[];
    const env = Object.fromEntries((container.Environment as JsonObject[]).filter((e) => 'Name' in e).map((e) => [e.Name, e.Value]));
    const secrets = Object.fromEntries((container.Secrets as JsonObject[]).filter((e) => 'Name' in e).map((e) => [e.Name, e.ValueFrom]));

    it(`run the one image as \`serve ${service}\``, () => {
      assert.deepEqual(container.Command, ['serve', service]);
      assert.deepEqual(container.Image, { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/${ImageRepository}:${ImageTag}' });
    });

    it(`give ${service} the database host, name and user as environment and TLS on`, () => {
      assert.deepEqual(env.DB_HOST, { 'Fn::GetAtt': ['Database', 'Endpoint.Address'] });
      assert.deepEqual(env.DB_NAME, { Ref: 'DbName' });
      assert.deepEqual(env.DB_USER, { Ref: 'DbUsername' });
      assert.equal(env.DB_TLS, 'true');
      assert.ok(!('DB_PASSWORD' in env));
    });

    it(`give ${service} the password from the secret's password key`, () => {
      assert.deepEqual(secrets.DB_PASSWORD, { 'Fn::Sub': '${Database.MasterUserSecret.SecretArn}:password::' });
    });
  }

  it('use separate execution and task roles, and the task role grants nothing', () => {
    assert.notDeepEqual(props('HomeTaskDefinition').ExecutionRoleArn, props('HomeTaskDefinition').TaskRoleArn);
    assert.ok(!('Policies' in props('TaskRole')) && !('ManagedPolicyArns' in props('TaskRole')));
  });
});

describe('the security groups', () => {
  const ingress = (id: string) => (props(id).SecurityGroupIngress as JsonObject[]).map((r) => [r.FromPort, r.ToPort, r.CidrIp ?? r.SourceSecurityGroupId]);
  it('let the internet reach the load balancer on 80 and 443 only', () => {
    assert.deepEqual(ingress('AlbSecurityGroup'), [[80, 80, '0.0.0.0/0'], [443, 443, '0.0.0.0/0']]);
  });
  it('let only the load balancer reach the tasks, on the container port', () => {
    assert.deepEqual(ingress('TaskSecurityGroup'), [[{ Ref: 'ContainerPort' }, { Ref: 'ContainerPort' }, { Ref: 'AlbSecurityGroup' }]]);
  });
  it('let only the tasks reach MySQL, on 3306', () => {
    assert.deepEqual(ingress('DatabaseSecurityGroup'), [[3306, 3306, { Ref: 'TaskSecurityGroup' }]]);
  });
});

describe('the services', () => {
  for (const [id] of ofType('AWS::ECS::Service')) {
    it(`${id} rolls back failed deployments and waits out a grace period`, () => {
      const config = props(id).DeploymentConfiguration as JsonObject;
      assert.deepEqual(config.DeploymentCircuitBreaker, { Enable: true, Rollback: true });
      assert.ok(Number(props(id).HealthCheckGracePeriodSeconds) > 0);
    });

    it(`${id} scales on CPU and on requests per target`, () => {
      const [targetId] = ofType('AWS::ApplicationAutoScaling::ScalableTarget').find(([tid]) => JSON.stringify(props(tid).ResourceId).includes(`\${${id}.Name}`))!;
      const metrics = ofType('AWS::ApplicationAutoScaling::ScalingPolicy')
        .filter(([pid]) => (props(pid).ScalingTargetId as JsonObject).Ref === targetId)
        .map(([pid]) => ((props(pid).TargetTrackingScalingPolicyConfiguration as JsonObject).PredefinedMetricSpecification as JsonObject).PredefinedMetricType);
      assert.deepEqual(metrics.sort(), ['ALBRequestCountPerTarget', 'ECSServiceAverageCPUUtilization']);
    });
  }
});

describe('the template text', () => {
  it('puts a why-comment above every resource', () => {
    const lines = source.split('\n');
    for (const id of Object.keys(resources)) {
      const at = lines.indexOf(`  ${id}:`);
      assert.ok(at > 0, id);
      assert.match(lines[at - 1], /^ {2}# /, `${id} has a comment above it`);
    }
  });

  it('outputs the site URL', () => {
    assert.ok('SiteUrl' in (template.Outputs as JsonObject));
  });
});
