/**
 * The README's deploy section stays true: every make variable in its options table is one the Makefile
 * passes as that stack parameter, every such parameter exists in the template, the new environment
 * variables are documented, and docs/deploy.md is the same text as the README's section.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const section = readme.slice(readme.indexOf('## Deploy to AWS'));
const makefile = read('Makefile');
const { Parameters } = parseTemplate(read('cloudformation/textops.yaml')).template as { Parameters: Record<string, unknown> };

describe('the README deploy section', () => {
  const options = section.slice(section.indexOf('### Options'), section.indexOf('### The production profile'));
  const rows = [...options.matchAll(/^\| (`[A-Z_0-9]+`(?:, `[A-Z_0-9]+`)*) \| (`[A-Za-z0-9]+`(?:, `[A-Za-z0-9]+`)*) \|/gm)].map((m): [variables: string[], parameters: string[]] => [
    // Both groups are required by the pattern, and so is the one inside backquotes.
    [...m[1]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!),
    [...m[2]!.matchAll(/`([^`]+)`/g)].map((x) => x[1]!),
  ]);

  it('lists make variables that the Makefile really passes as those stack parameters', () => {
    assert.ok(rows.length >= 14, `${rows.length} rows`);
    for (const [variables, parameters] of rows) {
      variables.forEach((variable, i) => {
        const parameter = parameters[i];
        assert.ok(parameter !== undefined, `${variable} has a parameter beside it`);
        assert.ok(parameter in Parameters, `${parameter} is a template parameter`);
        const passed = makefile.includes(`$(call parameter,${parameter},$(${variable}))`) || (variable === 'ARCH' && makefile.includes(`$(call parameter,${parameter},$(CPU_ARCHITECTURE))`));
        assert.ok(passed, `the Makefile passes ${variable} as ${parameter}`);
      });
    }
  });

  it('is also docs/deploy.md, word for word', () => {
    assert.equal(read('docs/deploy.md'), section);
  });

  it('documents the configuration variables the deploy relies on', () => {
    for (const name of ['DB_SECRET_ARN', 'DB_POOL_SIZE', 'DB_APP_SECRET_ARN', 'AWS_ENDPOINT_URL_SECRETS_MANAGER']) {
      assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), name);
    }
  });
});
