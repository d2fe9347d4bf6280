/**
 * The Makefile's cloud targets, run for real with stand-in `aws` and `docker` programs first on PATH
 * (test/cloud/stand-ins/). Each stand-in appends its command line, and any piped stdin, to a log; the
 * tests read the log back as the sequence of calls make made. A stand-in fails on purpose when its call
 * starts with STANDIN_FAIL, which is how a failing `aws` or `docker` is simulated.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const standIns = join(root, 'test/cloud/stand-ins');
const scratch = mkdtempSync(join(tmpdir(), 'textops-make-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const registry = '111122223333.dkr.ecr.eu-west-3.amazonaws.com';
const aws = 'aws --region eu-west-3 --profile textops-ci';

let runs = 0;
/** Runs make with the stand-ins; returns its exit status, output and the recorded calls. */
function make(args: string[], env: Record<string, string> = {}) {
  const log = join(scratch, `calls-${++runs}.log`);
  writeFileSync(log, '');
  // -o: never let a test run `npm ci` in the shared checkout, whatever the timestamps say.
  const result = spawnSync('make', ['--no-print-directory', '-o', 'node_modules/.package-lock.json', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: `${standIns}:${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: process.env.HOME ?? scratch,
      STANDIN_LOG: log,
      AWS_REGION: 'eu-west-3',
      AWS_PROFILE: 'textops-ci',
      ...env,
    },
  });
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { status: result.status, output: result.stdout + result.stderr, calls };
}

describe('make push deploy', () => {
  it('creates the registry, logs in, builds, tags, pushes, then deploys the commit tag and prints the URL', () => {
    const { status, output, calls } = make(['push', 'deploy', 'STACK=textops-ci']);
    assert.equal(status, 0, output);
    assert.deepEqual(calls, [
      `${aws} cloudformation deploy --stack-name textops-ci-registry --template-file cloudformation/ecr.yaml --parameter-overrides RepositoryName=textops --no-fail-on-empty-changeset`,
      `${aws} sts get-caller-identity --query Account --output text`,
      `${aws} ecr get-login-password`,
      `docker login --username AWS --password-stdin ${registry}`,
      'stdin> stand-in-ecr-password',
      `docker build --platform linux/amd64 --tag textops:${commit} .`,
      `docker tag textops:${commit} ${registry}/textops:${commit}`,
      `docker tag textops:${commit} ${registry}/textops:latest`,
      `docker push ${registry}/textops:${commit}`,
      `docker push ${registry}/textops:latest`,
      `${aws} cloudformation deploy --stack-name textops-ci --template-file cloudformation/textops.yaml --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset --tags app=textops stack=textops-ci --parameter-overrides ImageRepository=textops ImageTag=${commit}`,
      `${aws} cloudformation describe-stacks --stack-name textops-ci --query Stacks[0].Outputs[?OutputKey=='SiteUrl'].OutputValue --output text`,
    ]);
    assert.match(output, /2 template\(s\) checked, 0 problem\(s\)/, 'deploy validates the templates first');
    assert.match(output, /http:\/\/textops-stand-in\.elb\.example\//);
  });

  it('looks the account id up once even though several commands use it', () => {
    const { calls } = make(['push']);
    assert.equal(calls.filter((c) => c.includes('sts get-caller-identity')).length, 1);
  });

  it('passes optional stack parameters only when they are set', () => {
    const { status, calls } = make(['deploy', 'IMAGE_TAG=abc123', 'CERTIFICATE_ARN=arn:aws:acm:eu-west-3:111122223333:certificate/x', 'LAUNCH_TYPE=EC2', 'TASK_SUBNETS=public', 'DB_MULTI_AZ=true']);
    assert.equal(status, 0);
    const deploy = calls.find((c) => c.includes('--stack-name textops --template-file'));
    assert.ok(deploy?.endsWith('--parameter-overrides ImageRepository=textops ImageTag=abc123 CertificateArn=arn:aws:acm:eu-west-3:111122223333:certificate/x TaskSubnets=public LaunchType=EC2 DbMultiAz=true'), deploy);
  });

  it('leaves --profile out when AWS_PROFILE is empty (environment credentials)', () => {
    const { calls } = make(['url'], { AWS_PROFILE: '' });
    assert.deepEqual(calls, [`aws --region eu-west-3 cloudformation describe-stacks --stack-name textops --query Stacks[0].Outputs[?OutputKey=='SiteUrl'].OutputValue --output text`]);
  });
});

describe('choosing the region', () => {
  it('falls back to AWS_DEFAULT_REGION', () => {
    const { calls } = make(['logs'], { AWS_REGION: '', AWS_DEFAULT_REGION: 'ap-south-2' });
    assert.deepEqual(calls, ['aws --region ap-south-2 --profile textops-ci logs tail /ecs/textops --follow --since 10m']);
  });

  it('asks the profile once when neither variable is set, and stops with a hint when it has none', () => {
    const { status, output, calls } = make(['logs'], { AWS_REGION: '' });
    assert.notEqual(status, 0);
    assert.match(output, /set AWS_REGION/);
    assert.deepEqual(calls, ['aws configure get region --profile textops-ci']);
  });
});

describe('make stops when a tool fails', () => {
  const cases: Array<[string, string, string]> = [
    ['docker push fails', 'docker push', 'docker push'],
    ['docker build fails', 'docker build', 'docker build'],
    ['the registry stack fails', 'aws --region eu-west-3 --profile textops-ci cloudformation deploy', 'cloudformation deploy --stack-name textops-registry'],
    ['aws ecr get-login-password fails, although docker login at the end of the pipe succeeds', `${aws} ecr get-login-password`, 'docker login'],
  ];
  for (const [label, failing, lastCall] of cases) {
    it(`fails and deploys nothing when ${label}`, () => {
      const { status, calls } = make(['push', 'deploy'], { STANDIN_FAIL: failing });
      assert.notEqual(status, 0);
      assert.ok(calls.some((c) => c.startsWith(failing)), 'the failing call was made');
      assert.ok(!calls.some((c) => c.includes('--template-file cloudformation/textops.yaml')), 'no application deploy after a failure');
      assert.ok(calls.filter((c) => !c.startsWith('stdin>')).at(-1)!.includes(lastCall), calls.join('\n'));
    });
  }

  it('fails with a hint, before any docker call, when the account id cannot be looked up', () => {
    const { status, output, calls } = make(['push'], { STANDIN_FAIL: `${aws} sts` });
    assert.notEqual(status, 0);
    assert.match(output, /could not look up the AWS account id/);
    assert.ok(!calls.some((c) => c.startsWith('docker')));
  });

  it('fails the deploy when aws cloudformation deploy fails', () => {
    const { status, calls } = make(['deploy'], { STANDIN_FAIL: `${aws} cloudformation deploy --stack-name textops ` });
    assert.notEqual(status, 0);
    assert.ok(!calls.some((c) => c.includes('describe-stacks')));
  });
});

describe('other targets', () => {
  it('lists the targets when run without one', () => {
    const { status, output, calls } = make([]);
    assert.equal(status, 0);
    for (const target of ['install', 'run', 'test', 'bench', 'build', 'validate', 'image', 'login', 'push', 'deploy', 'url', 'logs', 'destroy']) {
      assert.match(output, new RegExp(`make ${target} `));
    }
    assert.deepEqual(calls, []);
  });

  it('refuses to destroy without CONFIRM naming the stack, and calls nothing', () => {
    const { status, output, calls } = make(['destroy']);
    assert.notEqual(status, 0);
    assert.match(output, /make destroy CONFIRM=textops/);
    assert.deepEqual(calls, []);
  });

  it('deletes the stack and waits for it when confirmed', () => {
    const { status, calls } = make(['destroy', 'STACK=t2', 'CONFIRM=t2']);
    assert.equal(status, 0);
    assert.deepEqual(calls, [`${aws} cloudformation delete-stack --stack-name t2`, `${aws} cloudformation wait stack-delete-complete --stack-name t2`]);
  });

  it('reinstalls with npm ci when package-lock.json is newer than node_modules (dry run)', () => {
    const dry = spawnSync('make', ['--no-print-directory', '-n', '-W', 'package-lock.json', 'install'], { cwd: root, encoding: 'utf8' });
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /npm ci --no-audit --no-fund/);
  });

  it('runs the test suite and the local server with Node 24 first on PATH (dry run)', () => {
    const dry = spawnSync('make', ['--no-print-directory', '-n', '-o', 'node_modules/.package-lock.json', 'test', 'run'], { cwd: root, encoding: 'utf8' });
    const [, nodeDir] = /PATH="([^"]+):\$PATH" npm test/.exec(dry.stdout) ?? [];
    assert.ok(nodeDir, dry.stdout);
    assert.match(dry.stdout, /PATH="[^"]+:\$PATH" node bin\/textops serve all/);
    const version = execFileSync(join(nodeDir, 'node'), ['-p', 'process.versions.node'], { encoding: 'utf8' });
    assert.ok(Number(version.split('.')[0]) >= 24, version);
  });

  it('tails the stack log group', () => {
    assert.deepEqual(make(['logs', 'STACK=t3']).calls, [`${aws} logs tail /ecs/t3 --follow --since 10m`]);
  });
});
