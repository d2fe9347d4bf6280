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
import { entry } from '../support/entry.ts';

type JsonObject = { [key: string]: Json };
const source = readFileSync(new URL('../../cloudformation/textops.yaml', import.meta.url), 'utf8');
const template = parseTemplate(source).template as JsonObject;
const resources = template.Resources as { [id: string]: JsonObject };
const props = (id: string) => entry(resources, id, 'Resources').Properties as JsonObject;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

describe('the database', () => {
  it('is private, encrypted, backed up, and snapshotted on delete or replacement', () => {
    const db = entry(resources, 'Database', 'Resources');
    assert.equal(db.DeletionPolicy, 'Snapshot');
    assert.equal(db.UpdateReplacePolicy, 'Snapshot');
    const p = props('Database');
    assert.equal(p.StorageEncrypted, true);
    assert.equal(p.PubliclyAccessible, false);
    assert.equal(p.Engine, 'mysql');
    assert.deepEqual(p.BackupRetentionPeriod, { Ref: 'DbBackupRetentionDays' });
    assert.deepEqual(p.MultiAZ, { 'Fn::If': ['IsProduction', true, { Ref: 'DbMultiAz' }] });
  });

  it('has its password generated and kept by RDS, never in a parameter or an output', () => {
    // Only the secrets' ARNs leave the stack; no parameter carries a password.
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
    const container = entry(props(id).ContainerDefinitions as JsonObject[], 0, `${id}'s containers`);
    const env = Object.fromEntries((container.Environment as JsonObject[]).filter((e) => 'Name' in e).map((e) => [e.Name, e.Value]));
    const secrets = Object.fromEntries(((container.Secrets ?? []) as JsonObject[]).filter((e) => 'Name' in e).map((e) => [e.Name, e.ValueFrom]));

    it(`run the one image as \`serve ${service}\``, () => {
      assert.deepEqual(container.Command, ['serve', service]);
      assert.deepEqual(container.Image, { 'Fn::Sub': '${AWS::AccountId}.dkr.ecr.${AWS::Region}.${AWS::URLSuffix}/${ImageRepository}:${ImageTag}' });
    });

    it(`give ${service} the database host, name, TLS, pool size and its own user's secret, never a password`, () => {
      assert.deepEqual(env.DB_HOST, { 'Fn::GetAtt': ['Database', 'Endpoint.Address'] });
      assert.deepEqual(env.DB_NAME, { Ref: 'DbName' });
      assert.equal(env.DB_TLS, 'true');
      assert.deepEqual(env.DB_SECRET_ARN, { Ref: 'AppDatabaseSecret' });
      assert.ok(!('DB_PASSWORD' in env) && !('DB_PASSWORD' in secrets) && !('DB_USER' in env));
      assert.doesNotMatch(JSON.stringify(container), /MasterUserSecret/, 'the services never see the master secret');
    });

    it(`check ${service}'s own health path in the task definition (ECS ignores the image's HEALTHCHECK)`, () => {
      const check = container.HealthCheck as JsonObject;
      const command = check.Command as string[];
      assert.deepEqual(command.slice(0, 3), ['CMD', 'node', '-e']);
      const script = entry(command, 3, 'the health check command');
      assert.ok(script.includes(service === 'home' ? "'/healthz'" : "'/api/healthz'"), script);
      assert.ok(Number(check.StartPeriod) >= 20 && Number(check.Retries) >= 2);
    });
  }

  it('let the app read its own secret (task role) and only bootstrap-db read the master secret', () => {
    assert.match(JSON.stringify(props('TaskRole').Policies), /"Resource":\{"Ref":"AppDatabaseSecret"\}/);
    assert.doesNotMatch(JSON.stringify(props('TaskRole')), /MasterUserSecret/);
    assert.doesNotMatch(JSON.stringify(props('TaskExecutionRole')), /MasterUserSecret|AppDatabaseSecret/);
    assert.match(JSON.stringify(props('BootstrapTaskRole')), /MasterUserSecret/);
    const bootstrap = entry(props('BootstrapTaskDefinition').ContainerDefinitions as JsonObject[], 0, 'the bootstrap containers');
    assert.deepEqual(bootstrap.Command, ['bootstrap-db']);
    const env = Object.fromEntries((bootstrap.Environment as JsonObject[]).map((e) => [e.Name, e.Value]));
    assert.deepEqual(env.DB_SECRET_ARN, { 'Fn::GetAtt': ['Database', 'MasterUserSecret.SecretArn'] });
    assert.deepEqual(env.DB_APP_SECRET_ARN, { Ref: 'AppDatabaseSecret' });
  });

  it('generate the app user\'s password in Secrets Manager, named by AppDbUsername', () => {
    const generate = props('AppDatabaseSecret').GenerateSecretString as JsonObject;
    assert.deepEqual(generate.SecretStringTemplate, { 'Fn::Sub': '{"username":"${AppDbUsername}"}' });
    assert.equal(generate.GenerateStringKey, 'password');
  });

  it('use separate execution and task roles, and the task role has no managed policies', () => {
    assert.notDeepEqual(props('HomeTaskDefinition').ExecutionRoleArn, props('HomeTaskDefinition').TaskRoleArn);
    assert.ok(!('ManagedPolicyArns' in props('TaskRole')));
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

    it(`${id} leaves the task count to its scalable target, so a deploy never resets it`, () => {
      assert.ok(!('DesiredCount' in props(id)));
    });

    it(`${id} rolls a deploy back when its 5xx, unhealthy-target or p99 latency alarm fires`, () => {
      const alarms = (props(id).DeploymentConfiguration as JsonObject).Alarms as JsonObject;
      assert.equal(alarms.Enable, true);
      assert.equal(alarms.Rollback, true);
      const names = (alarms.AlarmNames as JsonObject[]).map((a) => a.Ref as string);
      const metrics = names.map((name) => props(name).MetricName).sort();
      assert.deepEqual(metrics, ['HTTPCode_Target_5XX_Count', 'TargetResponseTime', 'UnHealthyHostCount']);
      const service = id.replace('Service', '');
      for (const name of names) assert.match(JSON.stringify(props(name).Dimensions), new RegExp(`${service}TargetGroup`));
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

describe('the alarms', () => {
  const alarms = ofType('AWS::CloudWatch::Alarm').map(([id]) => [id, props(id)] as const);
  const watched = (namespace: string, metric: string) => alarms.filter(([, p]) => p.Namespace === namespace && p.MetricName === metric).map(([id]) => id);

  it('cover the load balancer, both target groups, both services\' running counts and the database', () => {
    assert.equal(watched('AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count').length, 1);
    for (const metric of ['HTTPCode_Target_5XX_Count', 'UnHealthyHostCount', 'TargetResponseTime']) assert.equal(watched('AWS/ApplicationELB', metric).length, 2, metric);
    for (const metric of ['CPUUtilization', 'FreeStorageSpace', 'DatabaseConnections']) assert.equal(watched('AWS/RDS', metric).length, 1, metric);
    assert.ok(alarms.every(([id, p]) => p.ExtendedStatistic === undefined || (p.ExtendedStatistic === 'p99' && id.endsWith('LatencyAlarm'))));
    for (const service of ['Home', 'Api']) {
      const running = props(`${service}RunningTasksAlarm`);
      const expression = (running.Metrics as JsonObject[]).find((m) => m.Expression !== undefined)!;
      assert.equal(expression.Expression, 'desired - running');
      assert.equal(running.ComparisonOperator, 'GreaterThanOrEqualToThreshold');
    }
  });

  it('all notify the SNS topic, which an optional e-mail subscribes to', () => {
    for (const [id, p] of alarms) assert.deepEqual(p.AlarmActions, [{ Ref: 'AlarmTopic' }], id);
    assert.equal(resources.AlarmEmailSubscription?.Condition, 'HasAlarmEmail');
    assert.equal((template.Parameters as JsonObject as { AlarmEmail: JsonObject }).AlarmEmail.Default, '');
  });
});

describe('the template text', () => {
  it('puts a why-comment above every resource', () => {
    const lines = source.split('\n');
    for (const id of Object.keys(resources)) {
      const at = lines.indexOf(`  ${id}:`);
      assert.ok(at > 0, id);
      assert.match(lines[at - 1] ?? '', /^ {2}# /, `${id} has a comment above it`);
    }
  });

  it('outputs the site URL', () => {
    assert.ok('SiteUrl' in (template.Outputs as JsonObject));
  });
});

describe('the registry stack (cloudformation/ecr.yaml)', () => {
  const registry = parseTemplate(readFileSync(new URL('../../cloudformation/ecr.yaml', import.meta.url), 'utf8')).template as JsonObject;
  const registryResources = registry.Resources as { [id: string]: JsonObject };

  it('keeps image tags immutable, so a tag always names the image that was tested', () => {
    assert.equal((registryResources.Repository?.Properties as JsonObject | undefined)?.ImageTagMutability, 'IMMUTABLE');
  });

  it('holds the artifacts bucket make deploy uploads the template through, expiring uploads after a week', () => {
    const bucket = entry(registryResources, 'ArtifactsBucket', 'Resources').Properties as JsonObject;
    const [rule] = (bucket.LifecycleConfiguration as JsonObject).Rules as JsonObject[];
    assert.equal(rule?.ExpirationInDays, 7);
    assert.deepEqual((registry.Outputs as JsonObject as { ArtifactsBucketName: JsonObject }).ArtifactsBucketName.Value, { Ref: 'ArtifactsBucket' });
  });
});
