import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addNewState, addState, createStates, type States } from './states.ts';

/** The lattice's observable contents up to position n: each position's chain in order, with costs and back pointers, and its best state. */
function snapshot(states: States, n: number): string[] {
  const rows: string[] = [];
  for (let p = 0; p <= n; p++) {
    const chain: string[] = [];
    for (let s = states.head[p]!; s >= 0; s = states.next[s]!) chain.push(`${s}:${states.word[s]}@${states.cost[s]}<-${states.cost[s] === Infinity ? '-' : states.back[s]}`);
    rows.push(`${p} [${chain.join(' ')}] best ${states.bestAt[p]} #${states.bestState[p]}`);
  }
  return rows;
}

describe('lattice states', () => {
  it('keeps the cheapest path per (position, word) and the cheapest state per position', () => {
    const states = createStates(4);
    addState(states, 0, 9, 0, -1);
    addState(states, 2, 5, 3, 0);
    addState(states, 2, -1, 4, 0);
    addState(states, 2, 5, 2.5, 0);
    addState(states, 2, 5, 7, 0);
    assert.deepEqual(snapshot(states, 2).slice(2), ['2 [2:-1@4<-0 1:5@2.5<-0] best 2.5 #1']);
  });

  it('adds a new (position, word) as addState does, whatever else the position holds', () => {
    const steps: [position: number, word: number, cost: number, back: number][] = [
      [0, 9, 0, -1],
      [1, 3, 2, 0],
      [1, -1, 5, 0],
      [2, 4, 3, 1],
      [2, -1, 1.5, 1],
      [2, 7, 1, 1],
      [3, 8, Infinity, 2],
      [3, 6, 4, 2],
    ];
    const plain = createStates(4);
    for (const [position, word, cost, back] of steps) addState(plain, position, word, cost, back);
    const expected = snapshot(plain, 4);
    const fresh = createStates(4);
    // Known words (ids >= 0 after the start) are new at their position; the others go through addState.
    for (const [position, word, cost, back] of steps) (position > 0 && word >= 0 ? addNewState : addState)(fresh, position, word, cost, back);
    assert.deepEqual(snapshot(fresh, 4), expected);
  });
});
