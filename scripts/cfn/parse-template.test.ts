import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTemplate } from './parse-template.ts';

describe('parseTemplate', () => {
  const cases: Array<[string, string, unknown]> = [
    ['Ref', 'v: !Ref Vpc', { Ref: 'Vpc' }],
    ['GetAtt with one dot', 'v: !GetAtt Db.Arn', { 'Fn::GetAtt': ['Db', 'Arn'] }],
    ['GetAtt keeps dotted attribute names whole', 'v: !GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['Sub string', "v: !Sub '${AWS::StackName}-x'", { 'Fn::Sub': '${AWS::StackName}-x' }],
    ['Sub with a variable map', 'v: !Sub [ "${A}", { A: !Ref B } ]', { 'Fn::Sub': ['${A}', { A: { Ref: 'B' } }] }],
    ['If with nested NoValue', 'v: !If [C, 1, !Ref AWS::NoValue]', { 'Fn::If': ['C', 1, { Ref: 'AWS::NoValue' }] }],
    ['Condition inside And', 'v: !And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['GetAZs of the empty string', "v: !Select [0, !GetAZs '']", { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['Base64 of a block Sub', 'v: !Base64\n  Fn::Sub: x', { 'Fn::Base64': { 'Fn::Sub': 'x' } }],
  ];
  for (const [label, source, expected] of cases) {
    it(`expands the short tag: ${label}`, () => {
      const { template, errors } = parseTemplate(source);
      assert.deepEqual(errors, []);
      assert.deepEqual((template as { v: unknown }).v, expected);
    });
  }

  it('records the line of every value by its dotted path', () => {
    const { lines } = parseTemplate('Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n');
    assert.equal(lines.get('Resources.Vpc.Type'), 3);
  });

  it('reports an unknown tag with its line instead of dropping it', () => {
    const { errors } = parseTemplate('a: 1\nb: !Reff X\n');
    assert.deepEqual(errors, [{ message: 'Unresolved tag: !Reff', line: 2 }]);
  });

  it('reports duplicate keys, which CloudFormation would silently collapse', () => {
    assert.equal(parseTemplate('a: 1\na: 2\n').errors.length, 1);
  });
});
