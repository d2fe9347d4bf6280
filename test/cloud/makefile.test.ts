/**
 * The Makefile's cloud targets, run for real with stand-in `aws` and `docker` programs first on PATH
 * (test/cloud/stand-ins/). Each stand-in appends its command line, and any piped stdin, to a log; the
 * tests read the log back as the sequence of calls make made. A stand-in fails on purpose when its call
 * starts with STANDIN_FAIL, which is how a failing `aws` or `docker` is simulated. ECR is a file: the
 * tags the docker stand-in pushed, plus STANDIN_ECR_TAGS.
 *
 * The tests pin what matters of each call (which stack, which tag, which parameter, and the order: login,
 * push, the ECR check, deploy), not every flag, so a reworded aws or docker call fails nothing it should
 * not.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const standIns = join(root, 'test/cloud/stand-ins');
const scratch = mkdtempSync(join(tmpdir(), 'textops-make-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
// The tag this checkout's image gets: the commit, or <commit>-dirty-<hash> while it has uncommitted changes
// (pinned separately below, in a scratch repository whose state the test controls).
const tag = execFileSync('make', ['--no-print-directory', 'image-tag'], { cwd: root, encoding: 'utf8' }).trim();
const registry = '111122223333.dkr.ecr.eu-west-3.amazonaws.com';
const aws = 'aws --region eu-west-3 --profile textops-ci';

let runs = 0;
/** Runs make with the stand-ins; returns its exit status, output and the recorded calls. */
function make(args: string[], env: Record<string, string> = {}, cwd = root) {
  const log = join(scratch, `calls-${++runs}.log`);
  writeFileSync(log, '');
  const ecr = join(scratch, `ecr-${runs}.txt`);
  writeFileSync(ecr, '');
  // -o: never let a test run `npm ci` in the shared checkout, whatever the timestamps say.
  const result = spawnSync('make', ['--no-print-directory', '-o', 'node_modules/.package-lock.json', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: `${standIns}:${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: process.env.HOME ?? scratch,
      STANDIN_LOG: log,
      STANDIN_ECR_STATE: ecr,
      AWS_REGION: 'eu-west-3',
      AWS_PROFILE: 'textops-ci',
      ...env,
    },
  });
  const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { status: result.status, output: result.stdout + result.stderr, calls };
}

/** A call recorded by the stand-ins, told apart by the arguments that matter (the rest may change freely). */
type CallPattern = readonly [what: string, pattern: RegExp];

/** Asserts that calls matching each pattern were made in this order; other calls may come between. */
function assertInOrder(calls: readonly string[], steps: readonly CallPattern[]): void {
  let at = -1;
  for (const [what, pattern] of steps) {
    const next = calls.findIndex((call, i) => i > at && pattern.test(call));
    assert.ok(next > at, `missing or out of order: ${what} (${pattern})\n--- calls:\n${calls.join('\n')}`);
    at = next;
  }
}

/** The Name=value pairs of a `cloudformation deploy` call's --parameter-overrides. */
function parametersOf(deploy: string | undefined): Map<string, string> {
  const overrides = deploy?.split(' --parameter-overrides ')[1] ?? '';
  return new Map([...overrides.matchAll(/(?:^| )([A-Za-z0-9]+)=(\S*)/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
}

/** A string as a regular expression that matches it literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('make push deploy', () => {
  const deployCall = (calls: string[], stack = 'textops') => calls.find((c) => c.includes(`cloudformation deploy --stack-name ${stack} --template-file`));

  it('logs in, pushes the commit tag, checks it is in ECR, deploys it through the artifacts bucket, runs bootstrap-db, prints the URL', () => {
    const { status, output, calls } = make(['push', 'deploy', 'STACK=textops-ci']);
    assert.equal(status, 0, output);
    const image = `${registry}/textops-ci:${tag}`;
    assertInOrder(calls, [
      ['the registry stack, named after the stack', /cloudformation deploy --stack-name textops-ci-registry .*RepositoryName=textops-ci( |$)/],
      ["ECR's login password", /ecr get-login-password$/],
      ["docker login to the account's registry, the password on stdin", new RegExp(`^docker login .*--password-stdin ${literal(registry)}$`)],
      ['the image built under the commit tag', new RegExp(`^docker build .*--tag textops-ci:${literal(tag)}( |$)`)],
      ['the push of that tag', new RegExp(`^docker push ${literal(image)}$`)],
      ['the check that the tag is in ECR', new RegExp(`ecr describe-images --repository-name textops-ci --image-ids imageTag=${literal(tag)}( |$)`)],
      ['the deploy of that tag', new RegExp(`cloudformation deploy --stack-name textops-ci --template-file cloudformation/textops\\.yaml .*ImageTag=${literal(tag)}( |$)`)],
      ['bootstrap-db', /ecs run-task .*--task-definition \S*bootstrap-db/],
      ["the wait for bootstrap-db's exit", /ecs wait tasks-stopped /],
      ['the site URL', /cloudformation describe-stacks --stack-name textops-ci .*SiteUrl/],
    ]);
    const deploy = deployCall(calls, 'textops-ci');
    assert.match(deploy ?? '', / --s3-bucket stand-in-artifacts-bucket /, 'the template goes through the artifacts bucket');
    assert.equal(parametersOf(deploy).get('ImageRepository'), 'textops-ci');
    assert.ok(!calls.some((c) => c.includes(':latest') || c.includes('imageTag=latest')), 'no latest tag anywhere');
    assert.match(output, /2 template\(s\) checked, 0 problem\(s\)/, 'deploy validates the templates first');
    assert.match(output, /http:\/\/textops-stand-in\.elb\.example\//);
  });

  it('stops before deploying, with a clear message, when the image tag is not in ECR', () => {
    const { status, output, calls } = make(['deploy', 'IMAGE_TAG=abc1234']);
    assert.notEqual(status, 0);
    assert.match(output, /image textops:abc1234 is not in ECR in eu-west-3\. Run 'make push' first/);
    assert.equal(deployCall(calls), undefined);
    assert.ok(!calls.some((c) => c.includes('ecs run-task')));
  });

  it('leaves a tag that is already in ECR alone (immutable tags) and deploys it', () => {
    const { status, calls } = make(['push', 'deploy', 'IMAGE_TAG=abc1234'], { STANDIN_ECR_TAGS: 'abc1234' });
    assert.equal(status, 0);
    assert.ok(!calls.some((c) => c.startsWith('docker push') || c.startsWith('docker tag')), calls.join('\n'));
    assert.ok(deployCall(calls)?.includes('ImageTag=abc1234'));
  });

  it('names the repository and the registry stack after the stack, so two stacks share nothing', () => {
    const { status, calls } = make(['push', 'deploy', 'STACK=textops-staging']);
    assert.equal(status, 0);
    assertInOrder(calls, [
      ['the registry stack textops-staging-registry, for the repository textops-staging', /cloudformation deploy --stack-name textops-staging-registry .*RepositoryName=textops-staging( |$)/],
      ['the push to the textops-staging repository', new RegExp(`^docker push ${literal(registry)}/textops-staging:`)],
    ]);
    const deploy = deployCall(calls, 'textops-staging');
    assert.match(deploy ?? '', / --s3-prefix textops-staging /);
    assert.equal(parametersOf(deploy).get('ImageRepository'), 'textops-staging');
  });

  it('takes the image platform and the tasks\' CpuArchitecture from the one ARCH setting', () => {
    const arm = make(['push', 'deploy', 'ARCH=arm64']);
    assert.equal(arm.status, 0, arm.output);
    const builtFor = (calls: string[]) => calls.find((c) => c.startsWith('docker build'))?.match(/--platform (\S+)/)?.[1];
    assert.equal(builtFor(arm.calls), 'linux/arm64');
    assert.equal(parametersOf(deployCall(arm.calls)).get('CpuArchitecture'), 'ARM64');
    const sneaky = make(['push', 'deploy', 'PLATFORM=linux/arm64'], { STANDIN_ECR_TAGS: tag });
    assert.equal(builtFor(sneaky.calls), 'linux/amd64', 'PLATFORM alone cannot split from CpuArchitecture');
    assert.equal(parametersOf(deployCall(sneaky.calls)).get('CpuArchitecture'), 'X86_64');
    const wrong = make(['push', 'ARCH=sparc']);
    assert.notEqual(wrong.status, 0);
    assert.match(wrong.output, /ARCH must be x86_64 or arm64/);
    assert.ok(!wrong.calls.some((c) => c.startsWith('docker build')));
  });

  it('switches to the production profile with PROFILE=production', () => {
    const { status, calls } = make(['deploy', 'IMAGE_TAG=abc1234', 'PROFILE=production', 'CERTIFICATE_ARN=arn:aws:acm:eu-west-3:111122223333:certificate/x', 'ALARM_EMAIL=ops@example.com'], { STANDIN_ECR_TAGS: 'abc1234' });
    assert.equal(status, 0);
    const parameters = parametersOf(deployCall(calls));
    assert.equal(parameters.get('Profile'), 'production', deployCall(calls));
    assert.equal(parameters.get('CertificateArn'), 'arn:aws:acm:eu-west-3:111122223333:certificate/x');
    assert.equal(parameters.get('AlarmEmail'), 'ops@example.com');
  });

  it('passes optional stack parameters only when they are set', () => {
    const { status, calls } = make(['deploy', 'IMAGE_TAG=abc1234', 'LAUNCH_TYPE=EC2', 'EC2_CAPACITY=true', 'TASK_SUBNETS=public', 'DB_MULTI_AZ=true', 'TASK_SIZE=512-1024'], { STANDIN_ECR_TAGS: 'abc1234' });
    assert.equal(status, 0);
    // The ones set, plus the three every deploy passes, and nothing else (an unset one would overwrite the last deploy's value).
    assert.deepEqual(Object.fromEntries(parametersOf(deployCall(calls))), {
      ImageRepository: 'textops', ImageTag: 'abc1234', CpuArchitecture: 'X86_64',
      TaskSubnets: 'public', LaunchType: 'EC2', Ec2Capacity: 'true', TaskSize: '512-1024', DbMultiAz: 'true',
    }, deployCall(calls));
  });

  it('quotes parameter values, so a URL with & and ? (or a quote) reaches aws whole', () => {
    const url = 'https://lt.example/translate?key=a1&format=text;x=1';
    const { status, calls } = make(['deploy', 'IMAGE_TAG=abc1234', `LIBRETRANSLATE_URL=${url}`, "ALARM_EMAIL=o'neil@example.com"], { STANDIN_ECR_TAGS: 'abc1234' });
    assert.equal(status, 0);
    const deploy = deployCall(calls) ?? '';
    assert.ok(deploy.includes(` LibreTranslateUrl=${url}`), deploy);
    assert.ok(deploy.includes(" AlarmEmail=o'neil@example.com "), deploy);
  });

  it('fails the deploy when bootstrap-db does not exit 0', () => {
    const { status, output } = make(['deploy', 'IMAGE_TAG=abc1234'], { STANDIN_ECR_TAGS: 'abc1234', STANDIN_TASK_EXIT: '1' });
    assert.notEqual(status, 0);
    assert.match(output, /bootstrap-db failed \(exit code 1\)/);
  });

  it('looks the account id up once even though several commands use it', () => {
    const { calls } = make(['push']);
    assert.equal(calls.filter((c) => c.includes('sts get-caller-identity')).length, 1);
  });

  it('leaves --profile out when AWS_PROFILE is empty (environment credentials)', () => {
    const { calls } = make(['url'], { AWS_PROFILE: '' });
    assert.equal(calls.length, 1, calls.join('\n'));
    assert.match(calls[0] ?? '', /^aws --region eu-west-3 cloudformation describe-stacks --stack-name textops /);
    assert.doesNotMatch(calls[0] ?? '', /--profile/);
  });
});

describe('the image tag', () => {
  // A scratch repository with just the Makefile, so the test decides whether the tree is clean.
  const repo = mkdtempSync(join(tmpdir(), 'textops-tag-'));
  after(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  copyFileSync(join(root, 'Makefile'), join(repo, 'Makefile'));
  git('init', '-q');
  git('add', 'Makefile');
  git('commit', '-q', '-m', 'scratch');
  const scratchCommit = git('rev-parse', '--short=12', 'HEAD');

  it('is the bare commit for a clean tree', () => {
    const { status, calls } = make(['push'], {}, repo);
    assert.equal(status, 0);
    assert.ok(calls.includes(`docker push ${registry}/textops:${scratchCommit}`), calls.join('\n'));
  });

  it('is never the bare commit for a tree with uncommitted changes, and changes with them', () => {
    writeFileSync(join(repo, 'notes.txt'), 'uncommitted\n');
    const first = make(['push'], {}, repo);
    assert.equal(first.status, 0);
    const pushes = first.calls.filter((c) => c.startsWith('docker push'));
    assert.equal(pushes.length, 1);
    assert.match(pushes[0] ?? '', new RegExp(`/textops:${scratchCommit}-dirty-[0-9a-f]{12}$`));
    writeFileSync(join(repo, 'notes.txt'), 'other changes\n');
    const second = make(['push'], {}, repo);
    assert.notEqual(second.calls.find((c) => c.startsWith('docker push')), pushes[0]);
    rmSync(join(repo, 'notes.txt'));
  });

  it('matches what the template accepts as ImageTag', () => {
    const { Parameters } = parseTemplate(readFileSync(join(root, 'cloudformation/textops.yaml'), 'utf8')).template as { Parameters: { ImageTag: { AllowedPattern: string } } };
    const pattern = new RegExp(Parameters.ImageTag.AllowedPattern);
    assert.match(scratchCommit, pattern);
    assert.match(`${scratchCommit}-dirty-0123456789ab`, pattern);
    assert.doesNotMatch('latest', pattern);
  });
});

describe('choosing the region', () => {
  it('falls back to AWS_DEFAULT_REGION', () => {
    const { calls } = make(['logs'], { AWS_REGION: '', AWS_DEFAULT_REGION: 'ap-south-2' });
    assert.equal(calls.length, 1, calls.join('\n'));
    assert.match(calls[0] ?? '', /^aws --region ap-south-2 .*logs tail /);
  });

  it('asks the profile once when neither variable is set, and stops with a hint when it has none', () => {
    const { status, output, calls } = make(['logs'], { AWS_REGION: '' });
    assert.notEqual(status, 0);
    assert.match(output, /set AWS_REGION/);
    assert.equal(calls.length, 1, calls.join('\n'));
    assert.match(calls[0] ?? '', /^aws configure get region --profile textops-ci$/);
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
    assertInOrder(calls, [
      ['the delete of stack t2', /cloudformation delete-stack --stack-name t2$/],
      ['the wait for it', /cloudformation wait stack-delete-complete --stack-name t2$/],
    ]);
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

  it('empties the artifacts bucket before deleting the registry stack (a bucket with objects cannot be deleted)', () => {
    const { status, calls } = make(['destroy-registry', 'STACK=t4', 'CONFIRM=t4-registry']);
    assert.equal(status, 0);
    assertInOrder(calls, [
      ['the emptying of the artifacts bucket', /s3 rm s3:\/\/stand-in-artifacts-bucket --recursive$/],
      ['the delete of the registry stack', /cloudformation delete-stack --stack-name t4-registry$/],
    ]);
  });

  it('tails the stack log group', () => {
    const { calls } = make(['logs', 'STACK=t3']);
    assert.equal(calls.length, 1, calls.join('\n'));
    assert.match(calls[0] ?? '', /logs tail \/ecs\/t3 --follow( |$)/);
  });
});
