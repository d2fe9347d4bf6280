/**
 * Best-practice check: no AwsSolutions finding is left unsuppressed in either template, and every
 * suppression carries a reason a reviewer can weigh. A fixture shows the check does report findings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseTemplate } from '../../scripts/cfn/parse-template.ts';
import { nagFindings } from './nag.ts';

const file = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const TEMPLATES = ['cloudformation/textops.yaml', 'cloudformation/ecr.yaml'];

describe('cdk-nag AwsSolutions on the templates', () => {
  for (const template of TEMPLATES) {
    it(`finds nothing unsuppressed in ${template}`, () => {
      const findings = nagFindings(file(template));
      assert.deepEqual(findings.map((f) => `${f.path}: ${f.message.slice(0, 120)}`), []);
    });

    it(`gives every suppression in ${template} a reason of at least a sentence`, () => {
      const { Resources } = parseTemplate(readFileSync(file(template), 'utf8')).template as { Resources: Record<string, { Metadata?: { cdk_nag?: { rules_to_suppress?: { id: string; reason: string }[] } } }> };
      for (const [id, resource] of Object.entries(Resources)) {
        for (const rule of resource.Metadata?.cdk_nag?.rules_to_suppress ?? []) {
          assert.ok(typeof rule.reason === 'string' && rule.reason.split(' ').length >= 12, `${id} suppresses ${rule.id} without a real reason`);
        }
      }
    });
  }

  it('reports the findings of a template that breaks the rules (the check can fail)', () => {
    const findings = nagFindings(file('test/cloud/fixtures/nag/unencrypted-public-bucket.yaml'));
    assert.ok(findings.some((f) => f.message.startsWith('AwsSolutions-S10')), JSON.stringify(findings));
    assert.ok(!findings.some((f) => f.message.startsWith('AwsSolutions-S1:')), 'a suppressed rule is not reported');
  });
});
