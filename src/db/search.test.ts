import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchExpression, prefixPattern, searchPageQuery, searchWords } from './search.ts';

describe('search terms', () => {
  it('keeps only letters and digits, so no query-language operator reaches the engine', () => {
    assert.deepEqual(searchWords('"black" OR -cat* NEAR(x) col:val'), ['black', 'cat', 'NEAR', 'col', 'val']);
  });
  it('drops words under three characters, as InnoDB does not index them', () => assert.deepEqual(searchWords('a is the cat'), ['the', 'cat']));
  it('writes every word as a required prefix in each dialect', () => {
    assert.equal(matchExpression('sqlite', ['quick', 'brown']), '"quick"* "brown"*');
    assert.equal(matchExpression('mysql', ['quick', 'brown']), '+quick* +brown*');
  });
  it('escapes LIKE wildcards in a tag prefix', () => assert.equal(prefixPattern('50%_off!'), '50!%!_off!!%'));
  it('binds unused filters as NULL and refuses after with before', () => {
    const { key, values } = searchPageQuery('sqlite', { limit: 10, tagPrefix: 'no' });
    assert.equal(key, 'older');
    assert.deepEqual(values.slice(0, 6), [null, null, null, null, 'no%', 'no%']);
    assert.throws(() => searchPageQuery('sqlite', { limit: 10, after: { createdAt: 1, id: 1 }, before: { createdAt: 1, id: 1 } }), RangeError);
  });
});
