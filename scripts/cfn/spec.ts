/**
 * The AWS resource specification, as shipped in the npm package `@aws-cdk/aws-service-spec`.
 *
 * The package holds one gzipped JSON database (`db.json.gz`) generated from the CloudFormation registry
 * schemas. Its `schema.resource.entities` list every resource type with its `properties` (each with a
 * `type`, and `required: true` where CloudFormation demands it) and its `attributes` (the `!GetAtt` names,
 * dotted ones such as `Endpoint.Address` included). Nested property types live in
 * `schema.typeDefinition.entities` and are referenced by `$id`. Types are a small algebra: scalars
 * (`string`, `integer`, `number`, `boolean`, `date-time`), `json` (anything), `tag` (`{Key, Value}`),
 * `array`/`map` of an element type, `ref` to a type definition, and `union` of alternatives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type SpecType =
  | { type: 'string' | 'integer' | 'number' | 'boolean' | 'date-time' | 'json' | 'tag' }
  | { type: 'array' | 'map'; element: SpecType }
  | { type: 'ref'; reference: { $ref: string } }
  | { type: 'union'; types: SpecType[] };

export interface PropertySpec {
  type: SpecType;
  required?: boolean;
}

export interface ResourceSpec {
  cloudFormationType: string;
  properties: Record<string, PropertySpec>;
  attributes: Record<string, unknown>;
}

export interface TypeDefinitionSpec {
  name: string;
  properties: Record<string, PropertySpec>;
}

/** Lookups over the specification that the template checks need. */
export interface Spec {
  resource(cloudFormationType: string): ResourceSpec | undefined;
  typeDefinition(id: string): TypeDefinitionSpec | undefined;
}

interface SpecDatabase {
  schema: {
    resource: { entities: Array<ResourceSpec & { $id: string }> };
    typeDefinition: { entities: Array<TypeDefinitionSpec & { $id: string }> };
  };
}

/** Builds the lookups from an already-parsed database (tests pass a tiny one). */
export function specFromDatabase(db: SpecDatabase): Spec {
  const resources = new Map(db.schema.resource.entities.map((r) => [r.cloudFormationType, r]));
  const types = new Map(db.schema.typeDefinition.entities.map((t) => [t.$id, t]));
  return {
    resource: (cloudFormationType) => resources.get(cloudFormationType),
    typeDefinition: (id) => types.get(id),
  };
}

/** Reads and indexes the database shipped in `@aws-cdk/aws-service-spec` (about a second). */
export function loadSpec(): Spec {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@aws-cdk/aws-service-spec/package.json'));
  const db = JSON.parse(gunzipSync(readFileSync(join(packageDir, 'db.json.gz'))).toString('utf8'));
  return specFromDatabase(db as SpecDatabase);
}
