import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subVariables } from './check-references.ts';

describe('subVariables', () => {
  const cases: Array<[string, string[]]> = [
    ['${AWS::StackName}-home', ['AWS::StackName']],
    ['service/${Cluster}/${HomeService.Name}', ['Cluster', 'HomeService.Name']],
    ['${!Literal} costs ${ Price }', ['Price']],
    ['no variables at all', []],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => assert.deepEqual(subVariables(text), expected));
  }
});
