import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPairTable, pairCostOf, setPairCost } from './pairs.ts';

describe('pair table', () => {
  it('returns stored costs and NaN for pairs never stored, including reversed ones', () => {
    const table = createPairTable(3);
    setPairCost(table, 1, 2, 0.5);
    setPairCost(table, 2, 1, 1.5);
    setPairCost(table, 0, 0, 2.5);
    assert.equal(pairCostOf(table, 1, 2), 0.5);
    assert.equal(pairCostOf(table, 2, 1), 1.5);
    assert.equal(pairCostOf(table, 0, 0), 2.5);
    assert.ok(Number.isNaN(pairCostOf(table, 1, 3)));
  });

  it('holds many pairs without losing any', () => {
    const table = createPairTable(5000);
    for (let v = 0; v < 100; v++) for (let w = 0; w < 50; w++) setPairCost(table, v * 1000, w, v + w / 100);
    for (let v = 0; v < 100; v++) for (let w = 0; w < 50; w++) assert.equal(pairCostOf(table, v * 1000, w), v + w / 100);
  });

  it('holds and tells apart as many pairs at a load factor of 3/4, with 16 filter bits per slot (the segmenter\'s table)', () => {
    const table = createPairTable(5000, 3 / 4, 16);
    assert.equal(table.slots.length, 2 * 8192);
    for (let v = 0; v < 100; v++) for (let w = 0; w < 50; w++) setPairCost(table, v * 1000, w, v + w / 100);
    for (let v = 0; v < 100; v++) for (let w = 0; w < 50; w++) assert.equal(pairCostOf(table, v * 1000, w), v + w / 100);
    for (let v = 0; v < 100; v++) assert.ok(Number.isNaN(pairCostOf(table, v * 1000, 50 + v)));
  });

  it('answers every pair it does not hold as missing, whether its hash bit is clear or shared', () => {
    const table = createPairTable(5000);
    for (let v = 0; v < 100; v++) for (let w = 0; w < 50; w++) setPairCost(table, v * 1000, w, 1);
    let missing = 0;
    for (let v = 0; v < 100; v++) for (let w = 50; w < 150; w++) missing += Number.isNaN(pairCostOf(table, v * 1000, w)) ? 1 : 0;
    assert.equal(missing, 100 * 100);
  });
});
