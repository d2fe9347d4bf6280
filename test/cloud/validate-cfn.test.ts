/**
 * The offline CloudFormation check, end to end: each fixture in test/cloud/fixtures/ plants one mistake
 * (named on its first line, `# planted: <message>`) in an otherwise valid stack, and must fail with
 * exactly that problem; the real templates in cloudformation/ must pass; the CLI's exit code says which.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateTemplate } from '../../scripts/cfn/check-template.ts';
import { loadSpec } from '../../scripts/cfn/spec.ts';
import { defaultTemplates } from '../../scripts/validate-cfn.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/cloud/fixtures');
const spec = loadSpec();

describe('validate-cfn on fixtures with one planted mistake', () => {
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.yaml')).sort()) {
    const source = readFileSync(join(fixtures, name), 'utf8');
    const planted = /^# planted: (.+)$/m.exec(source)?.[1];
    it(`reports "${planted}" and nothing else in ${name}`, () => {
      assert.ok(planted, 'each fixture names its mistake on a "# planted:" line');
      const problems = validateTemplate(source, spec);
      const [problem, ...others] = problems;
      assert.ok(problem && others.length === 0, JSON.stringify(problems, null, 2));
      assert.ok(problem.message.includes(planted), problem.message);
      assert.ok(problem.line && problem.line > 1, 'points at a line of the template');
    });
  }

  it('accepts the fixtures once the planted line is gone (the base stack itself is valid)', () => {
    const source = readFileSync(join(fixtures, 'dangling-ref.yaml'), 'utf8').replace(/^ {6}BucketName: !Ref Enviroment\n/m, '');
    assert.deepEqual(validateTemplate(source, spec), []);
  });
});

describe('validate-cfn on what the application template needs beyond the basics', () => {
  const base = readFileSync(join(fixtures, 'parameter-without-default.yaml'), 'utf8');

  it('accepts a parameter without Default when its description says it is required on purpose', () => {
    const source = base.replace(/(Env:\n\s+Description: )/, '$1Required, no default - ');
    assert.notEqual(source, base);
    assert.deepEqual(validateTemplate(source, spec), []);
  });

  it('knows the Rules section\'s own functions (Fn::Contains)', () => {
    const rules = `Rules:\n  EnvKnown:\n    Assertions:\n      - Assert: !Contains [[dev, prod], !Ref Env]\n        AssertDescription: a known environment\n`;
    const source = base.replace(/(Env:\n\s+Description: )/, '$1Required, no default - ').replace(/^Resources:/m, `${rules}Resources:`);
    assert.deepEqual(validateTemplate(source, spec), []);
  });
});

describe('validate-cfn on the real templates', () => {
  for (const file of defaultTemplates(root)) {
    it(`finds no problem in ${file.slice(root.length)}`, () => {
      assert.deepEqual(validateTemplate(readFileSync(file, 'utf8'), spec), []);
    });
  }

  it('checks both the application stack and the registry stack', () => {
    const names = defaultTemplates(root).map((f) => f.slice(root.length));
    assert.deepEqual(names, ['cloudformation/ecr.yaml', 'cloudformation/textops.yaml']);
  });
});

describe('validate-cfn command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/validate-cfn.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('exits 0 on the real templates', () => {
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /2 template\(s\) checked, 0 problem\(s\)/);
  });

  it('exits 1 and prints file:line: path: message for a broken template', () => {
    const result = run(join(fixtures, 'misspelled-property.yaml'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /misspelled-property\.yaml:\d+: Resources\.Bucket\.Properties\.BuckettName: unknown property BuckettName \(did you mean BucketName\?\)/);
  });
});
