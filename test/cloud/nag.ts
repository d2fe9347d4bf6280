/**
 * cdk-nag's AwsSolutions rule pack over the raw templates: aws-cdk-lib's cloudformation-include loads
 * each YAML file as it is (CDK is only the checker here, nothing is synthesized for deployment), the
 * pack runs as an aspect, and every finding it leaves is returned. A finding that is accepted is
 * suppressed in the resource's own Metadata (`cdk_nag: rules_to_suppress: [{ id, reason }]`).
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { AwsSolutionsChecks } from 'cdk-nag';

export interface NagFinding {
  level: string;
  path: string;
  message: string;
}

/** Runs AwsSolutions over one template file; returns the unsuppressed findings (errors and warnings). */
export function nagFindings(templateFile: string): NagFinding[] {
  const app = new App();
  const stack = new Stack(app, 'Checked');
  new CfnInclude(stack, 'Template', { templateFile });
  Aspects.of(stack).add(new AwsSolutionsChecks());
  const assembly = app.synth();
  return assembly
    .getStackArtifact(stack.artifactId)
    .messages.filter((m) => /^(AwsSolutions-|CdkNagValidationFailure)/.test(String(m.entry.data)))
    .map((m) => ({ level: m.level, path: m.id, message: String(m.entry.data).split('\n')[0]! })); // split yields a first part
}
