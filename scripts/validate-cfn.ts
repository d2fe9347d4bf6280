/**
 * `node scripts/validate-cfn.ts [template.yaml …]`: checks CloudFormation templates offline against the
 * AWS resource specification (see scripts/cfn/). With no arguments it checks every `*.yaml` directly in
 * cloudformation/. Prints one line per problem as `file:line: path: message` and exits 1 if any were found,
 * so `make validate` and CI stop on a broken template before anyone runs `aws cloudformation deploy`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateTemplate } from './cfn/check-template.ts';
import { loadSpec } from './cfn/spec.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The templates checked when none are named: cloudformation/*.yaml (fixtures live elsewhere). */
export function defaultTemplates(root: string): string[] {
  const dir = join(root, 'cloudformation');
  return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
}

/** Validates each file and returns the report lines (empty when every template is clean). */
export function validateFiles(files: string[]): string[] {
  const spec = loadSpec();
  return files.flatMap((file) =>
    validateTemplate(readFileSync(file, 'utf8'), spec).map(
      (p) => `${relative(process.cwd(), file)}:${p.line ?? 0}: ${p.path || '(template)'}: ${p.message}`,
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : defaultTemplates(projectRoot);
  const report = validateFiles(files);
  for (const line of report) console.error(line);
  console.log(`${files.length} template(s) checked, ${report.length} problem(s)`);
  process.exitCode = report.length > 0 ? 1 : 0;
}
