import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreUnavailableError, classifyStoreError, isMysqlUnavailable, isSqliteUnavailable } from './errors.ts';

const withFields = (fields: object) => Object.assign(new Error('x'), fields);

describe('isMysqlUnavailable', () => {
  const cases: [string, unknown, boolean][] = [
    ['connection refused', withFields({ code: 'ECONNREFUSED' }), true],
    ['connection reset', withFields({ code: 'ECONNRESET' }), true],
    ['connect timeout', withFields({ code: 'ETIMEDOUT' }), true],
    ['DNS failure', withFields({ code: 'ENOTFOUND' }), true],
    ['connection lost', withFields({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true }), true],
    ['query timeout', withFields({ code: 'PROTOCOL_SEQUENCE_TIMEOUT' }), true],
    ['too many connections', withFields({ code: 'ER_CON_COUNT_ERROR', errno: 1040 }), true],
    ['a read-only writer after failover', withFields({ code: 'ER_OPTION_PREVENTS_STATEMENT', errno: 1290 }), true],
    ['a closed connection with no server errno', withFields({ fatal: true }), true],
    ['every address of a host refusing', new AggregateError([withFields({ code: 'ECONNREFUSED' }), withFields({ code: 'ETIMEDOUT' })]), true],
    ['KILL QUERY', withFields({ code: 'ER_QUERY_INTERRUPTED', errno: 1317 }), true],
    ['MariaDB max_statement_time', withFields({ code: 'ER_STATEMENT_TIMEOUT', errno: 1969 }), true],
    ['MySQL max_execution_time', withFields({ code: 'ER_QUERY_TIMEOUT', errno: 3024 }), true],
    ['a syntax error', withFields({ code: 'ER_PARSE_ERROR', errno: 1064 }), false],
    ['access denied', withFields({ code: 'ER_ACCESS_DENIED_ERROR', errno: 1045, fatal: true }), false],
    ['an unknown database', withFields({ code: 'ER_BAD_DB_ERROR', errno: 1049, fatal: true }), false],
    ['a duplicate key', withFields({ code: 'ER_DUP_ENTRY', errno: 1062 }), false],
    ['a plain TypeError', new TypeError('bug'), false],
    ['a thrown string', 'ECONNREFUSED', false],
  ];
  for (const [what, error, expected] of cases) it(`says ${expected} for ${what}`, () => assert.equal(isMysqlUnavailable(error), expected));
});

describe('isSqliteUnavailable', () => {
  const sqlite = (errcode: number) => withFields({ code: 'ERR_SQLITE_ERROR', errcode });
  const cases: [string, unknown, boolean][] = [
    ['SQLITE_BUSY', sqlite(5), true],
    ['SQLITE_BUSY_SNAPSHOT (extended)', sqlite(517), true],
    ['SQLITE_LOCKED', sqlite(6), true],
    ['SQLITE_IOERR_WRITE', sqlite(778), true],
    ['SQLITE_FULL', sqlite(13), true],
    ['SQLITE_CANTOPEN', sqlite(14), true],
    ['SQLITE_CONSTRAINT_CHECK', sqlite(275), false],
    ['a syntax error', sqlite(1), false],
    ['a closed database', withFields({ code: 'ERR_INVALID_STATE' }), false],
  ];
  for (const [what, error, expected] of cases) it(`says ${expected} for ${what}`, () => assert.equal(isSqliteUnavailable(error), expected));
});

describe('classifyStoreError', () => {
  it('wraps an unavailable error, keeping it as the cause', () => {
    const cause = withFields({ code: 'ECONNRESET' });
    const wrapped = classifyStoreError(cause, isMysqlUnavailable, 'mysql');
    assert.ok(wrapped instanceof StoreUnavailableError);
    assert.equal(wrapped.cause, cause);
    assert.match(wrapped.message, /^mysql database unavailable: x/);
  });

  it('returns any other error unchanged', () => {
    const bug = new TypeError('bug');
    assert.equal(classifyStoreError(bug, isMysqlUnavailable, 'mysql'), bug);
  });
});
