/**
 * Validates one CloudFormation template offline: its shape, its resources against the AWS resource
 * specification, its references, and the house rules for textops templates.
 *
 * The shape rules are CloudFormation's own (known top-level sections; every resource has a known `Type`
 * and only the documented resource attributes; every output has a `Value`). The house rules keep templates
 * portable and self-explaining: every parameter has a Description, a Type and a Default (unless its
 * description begins "Required, no default": a value the deploy must pass, such as the image tag), and no string
 * hard-codes a 12-digit account id or a region name, which belong to `AWS::AccountId` and `AWS::Region`.
 */
import type { Problem } from './check-properties.ts';
import { checkPropertyMap } from './check-properties.ts';
import { checkReferences } from './check-references.ts';
import type { Json } from './parse-template.ts';
import { join, parseTemplate } from './parse-template.ts';
import type { Spec } from './spec.ts';

export interface LocatedProblem extends Problem {
  line: number | undefined;
}

const SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions',
  'Transform', 'Resources', 'Outputs',
]);
const RESOURCE_KEYS = new Set([
  'Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'Metadata',
  'CreationPolicy', 'UpdatePolicy',
]);
const POLICIES = new Set(['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
const PARAMETER_TYPE = /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>|AWS::SSM::Parameter::(Name|Value<.+>))$/;
const ACCOUNT_ID = /(?<![\d.])\d{12}(?![\d.])/;
const REGION = /\b(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-(north|south|east|west|central|northeast|northwest|southeast|southwest)-\d\b/;

/** Parses and checks template source text; returns every problem found, each with its line when known. */
export function validateTemplate(source: string, spec: Spec): LocatedProblem[] {
  const { template, lines, errors } = parseTemplate(source);
  if (errors.length > 0) return errors.map(({ message, line }) => ({ path: '', message, line }));
  if (!isObject(template)) return [{ path: '', message: 'a template must be a YAML map', line: 1 }];
  const problems = [...checkShape(template, spec), ...checkReferences(template, spec), ...checkHouseRules(template, '')];
  return problems.map((problem) => ({ ...problem, line: lineOf(problem.path, lines) }));
}

/** Checks sections, parameters, resources (against the spec) and outputs. */
export function checkShape(template: { [key: string]: Json }, spec: Spec): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  for (const key of Object.keys(template)) if (!SECTIONS.has(key)) add(key, `unknown top-level section ${key}`);
  for (const [name, parameter] of entries(template.Parameters)) {
    const path = `Parameters.${name}`;
    if (!isObject(parameter)) { add(path, 'a parameter must be a map'); continue; }
    // A parameter may go without a Default only when its description says it is required on purpose.
    const requiredOnPurpose = typeof parameter.Description === 'string' && parameter.Description.startsWith('Required, no default');
    for (const key of ['Type', 'Description', 'Default']) {
      if (!(key in parameter) && !(key === 'Default' && requiredOnPurpose)) add(path, `parameter ${name} has no ${key}`);
    }
    if (typeof parameter.Type === 'string' && !PARAMETER_TYPE.test(parameter.Type)) add(join(path, 'Type'), `unknown parameter type ${parameter.Type}`);
  }
  if (!isObject(template.Resources) || Object.keys(template.Resources).length === 0) add('Resources', 'a template needs at least one resource');
  for (const [id, resource] of entries(template.Resources)) {
    const path = `Resources.${id}`;
    if (!/^[A-Za-z0-9]+$/.test(id)) add(path, `logical id ${id} must be alphanumeric`);
    if (!isObject(resource)) { add(path, 'a resource must be a map'); continue; }
    for (const key of Object.keys(resource)) if (!RESOURCE_KEYS.has(key)) add(join(path, key), `unknown resource attribute ${key}`);
    for (const key of ['DeletionPolicy', 'UpdateReplacePolicy']) {
      const policy = resource[key];
      if (policy !== undefined && !(typeof policy === 'string' && POLICIES.has(policy))) add(join(path, key), `unknown ${key} ${JSON.stringify(policy)}`);
    }
    if (typeof resource.Type !== 'string') { add(path, 'resource has no Type'); continue; }
    if (resource.Type.startsWith('Custom::')) continue;
    const resourceSpec = spec.resource(resource.Type);
    if (!resourceSpec) { add(join(path, 'Type'), `unknown resource type ${resource.Type}`); continue; }
    problems.push(...checkPropertyMap(resource.Properties ?? {}, resourceSpec.properties, join(path, 'Properties'), spec));
  }
  for (const [name, output] of entries(template.Outputs)) {
    if (!isObject(output) || !('Value' in output)) add(`Outputs.${name}`, `output ${name} has no Value`);
  }
  return problems;
}

/** Flags hard-coded account ids and region names anywhere in the template. */
export function checkHouseRules(value: Json, path: string): Problem[] {
  if (typeof value === 'string') {
    if (ACCOUNT_ID.test(value)) return [{ path, message: 'hard-coded account id: use ${AWS::AccountId}' }];
    if (REGION.test(value)) return [{ path, message: 'hard-coded region: use ${AWS::Region}' }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => checkHouseRules(item, join(path, String(i))));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => checkHouseRules(v, join(path, k)));
  return [];
}

/** The line of the nearest enclosing value that has one. */
function lineOf(path: string, lines: Map<string, number>): number | undefined {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const line = lines.get(p);
    if (line !== undefined || p === '') return line;
  }
}

function entries(section: Json | undefined): Array<[string, Json]> {
  return isObject(section) ? Object.entries(section) : [];
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
