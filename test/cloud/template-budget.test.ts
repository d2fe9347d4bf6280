/**
 * The numbers the template commits to, recomputed from their sources: the database connection budget
 * for every allowed instance class, Fargate's valid task sizes, the EC2 option's network-interface
 * arithmetic, and the template's size against CloudFormation's inline limit.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Json } from '../../scripts/cfn/parse-template.ts';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';
import { entry } from '../support/entry.ts';

type JsonObject = { [key: string]: Json };
const path = new URL('../../cloudformation/textops.yaml', import.meta.url);
const template = parseTemplate(readFileSync(path, 'utf8')).template as JsonObject;
const parameters = template.Parameters as { [name: string]: JsonObject };
const mappings = template.Mappings as { [name: string]: { [key: string]: JsonObject } };
const resources = template.Resources as { [id: string]: JsonObject };
const allowed = (name: string) => entry(parameters, name, 'Parameters').AllowedValues as string[];
const mapping = (name: string) => entry(mappings, name, 'Mappings');
const GIB = 2 ** 30;

// RAM of each RDS class (GiB), from the RDS instance class table.
const RDS_RAM_GIB: Record<string, number> = {
  'db.t4g.micro': 1, 'db.t4g.small': 2, 'db.t4g.medium': 4, 'db.t4g.large': 8, 'db.m7g.large': 8, 'db.r7g.large': 16,
};
/** RDS MySQL's default max_connections = DBInstanceClassMemory / 12582880, with DBInstanceClassMemory taken as 3/4 of the RAM. */
const maxConnections = (ramGib: number) => Math.floor((ramGib * GIB * 0.75) / 12_582_880);

// Most tasks at once: both services at their largest MaxValue, doubled while a deploy runs old and new side by side.
const maxTasks = Number(entry(parameters, 'HomeMaxCount', 'Parameters').MaxValue) + Number(entry(parameters, 'ApiMaxCount', 'Parameters').MaxValue);
const BOOTSTRAP_CONNECTIONS = 1;

describe('the database connection budget', () => {
  for (const dbClass of allowed('DbInstanceClass')) {
    it(`keeps ${dbClass} under 80% of max_connections with every task at its maximum during a deploy`, () => {
      const row = mapping('DbClasses')[dbClass];
      assert.ok(row, `no DbClasses row for ${dbClass}`);
      const max = maxConnections(entry(RDS_RAM_GIB, dbClass, 'RDS_RAM_GIB'));
      assert.equal(row.MaxConnections, max);
      const peak = maxTasks * 2 * Number(row.PoolSize) + BOOTSTRAP_CONNECTIONS;
      assert.ok(peak <= 0.8 * max, `${maxTasks} tasks x 2 x pool ${row.PoolSize} + 1 = ${peak} > 80% of ${max}`);
      assert.ok(Number(row.PoolSize) >= 2, 'a pool of at least 2, so one slow statement does not block a task');
      assert.equal(row.AlarmConnections, Math.floor(0.9 * max));
    });
  }

  it('hands each task its class\'s pool size as DB_POOL_SIZE', () => {
    for (const id of ['HomeTaskDefinition', 'ApiTaskDefinition']) {
      const container = entry((entry(resources, id, 'Resources').Properties as JsonObject).ContainerDefinitions as JsonObject[], 0, `${id}'s containers`);
      const env = (container.Environment as JsonObject[]).find((e) => e.Name === 'DB_POOL_SIZE');
      assert.deepEqual(env?.Value, { 'Fn::FindInMap': ['DbClasses', { Ref: 'DbInstanceClass' }, 'PoolSize'] }, id);
    }
  });
});

describe('the task size', () => {
  // Fargate's valid pairs: CPU units -> allowed memory (MiB).
  const range = (from: number, to: number) => Array.from({ length: (to - from) / 1024 + 1 }, (_, i) => from + i * 1024);
  const FARGATE: Record<number, number[]> = { 256: [512, 1024, 2048], 512: range(1024, 4096), 1024: range(2048, 8192), 2048: range(4096, 16384) };

  it('is one parameter whose every allowed value is a pair Fargate accepts', () => {
    for (const size of allowed('TaskSize')) {
      const { Cpu, Memory } = entry(mapping('TaskSizes'), size, 'TaskSizes');
      assert.equal(size, `${Cpu}-${Memory}`);
      assert.ok(FARGATE[Number(Cpu)]?.includes(Number(Memory)), `${size} is not a Fargate size`);
    }
    assert.ok(!('TaskCpu' in parameters) && !('TaskMemory' in parameters), 'no separate CPU and memory parameters to mismatch');
    for (const id of ['HomeTaskDefinition', 'ApiTaskDefinition']) {
      const p = entry(resources, id, 'Resources').Properties as JsonObject;
      assert.deepEqual(p.Cpu, { 'Fn::FindInMap': ['TaskSizes', { Ref: 'TaskSize' }, 'Cpu'] });
      assert.deepEqual(p.Memory, { 'Fn::FindInMap': ['TaskSizes', { Ref: 'TaskSize' }, 'Memory'] });
      assert.deepEqual((p.RuntimePlatform as JsonObject).CpuArchitecture, { Ref: 'CpuArchitecture' });
    }
    assert.deepEqual(allowed('CpuArchitecture'), ['X86_64', 'ARM64']);
  });
});

describe('the EC2 option', () => {
  // Per instance type: network interfaces, vCPUs and memory (MiB), from the EC2 instance type tables.
  const EC2: Record<string, { enis: number; cpu: number; memory: number; arch: string }> = {
    't3.medium': { enis: 3, cpu: 2048, memory: 4096, arch: 'X86_64' },
    't4g.medium': { enis: 3, cpu: 2048, memory: 4096, arch: 'ARM64' },
  };
  const AGENT_RESERVED_MIB = 512;
  const rules = template.Rules as { [name: string]: JsonObject };
  const fittingSizes = (((entry(rules, 'Ec2TaskSizeFits', 'Rules').Assertions as JsonObject[])[0]?.Assert as JsonObject)['Fn::Contains'] as Json[])[0] as string[];

  for (const type of allowed('Ec2InstanceType')) {
    it(`sizes ${type} for awsvpc: slots = interfaces - 1, and the group holds every task at its maximum plus a deploy's surge`, () => {
      const row = entry(mapping('Ec2Types'), type, 'Ec2Types');
      const spec = entry(EC2, type, 'EC2');
      assert.equal(row.TaskSlots, spec.enis - 1);
      const surge = maxTasks * 2 + 1;
      assert.ok(Number(row.MaxInstances) * Number(row.TaskSlots) >= surge, `${row.MaxInstances} x ${row.TaskSlots} < ${surge}`);
      for (const size of fittingSizes) {
        const { Cpu, Memory } = entry(mapping('TaskSizes'), size, 'TaskSizes');
        assert.ok(Number(row.TaskSlots) * Number(Memory) <= spec.memory - AGENT_RESERVED_MIB, `${size} x ${row.TaskSlots} does not fit ${type}'s memory`);
        assert.ok(Number(row.TaskSlots) * Number(Cpu) <= spec.cpu, `${size} x ${row.TaskSlots} does not fit ${type}'s CPU`);
      }
    });
  }

  it('encrypts the instances\' volumes and takes the group\'s maximum from the table', () => {
    const data = (entry(resources, 'Ec2LaunchTemplate', 'Resources').Properties as JsonObject).LaunchTemplateData as JsonObject;
    const [volume] = data.BlockDeviceMappings as JsonObject[];
    assert.equal((volume?.Ebs as JsonObject | undefined)?.Encrypted, true);
    assert.deepEqual((resources.Ec2AutoScalingGroup?.Properties as JsonObject | undefined)?.MaxSize, { 'Fn::FindInMap': ['Ec2Types', { Ref: 'Ec2InstanceType' }, 'MaxInstances'] });
  });

  it('refuses LaunchType=EC2 before the capacity exists (the switch is two deploys)', () => {
    const rule = entry(rules, 'Ec2LaunchNeedsCapacity', 'Rules');
    assert.deepEqual(rule.RuleCondition, { 'Fn::Equals': [{ Ref: 'LaunchType' }, 'EC2'] });
    assert.deepEqual((rule.Assertions as JsonObject[])[0]?.Assert, { 'Fn::Equals': [{ Ref: 'Ec2Capacity' }, 'true'] });
    assert.equal(resources.Ec2CapacityProvider?.Condition, 'HasEc2Capacity');
  });
});

describe('the template size', () => {
  it('is over the 51,200 bytes CloudFormation takes inline, so make deploy uploads it (--s3-bucket), and under the 1 MB S3 limit', () => {
    const bytes = statSync(path).size;
    assert.ok(bytes < 1_000_000, `${bytes} bytes`);
    const makefile = readFileSync(new URL('../../Makefile', import.meta.url), 'utf8');
    if (bytes > 51_200) assert.match(makefile, /cloudformation deploy --stack-name \$\(STACK\) [^\n]*\\\n[^\n]*--s3-bucket /);
  });
});
