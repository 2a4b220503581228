/**
 * The report's garbage budget: it collects once the heap has grown by the budget over what the
 * last collection left, and not again until it has grown by as much once more.
 */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { garbageBudget } from '../../src/memory.js';

const used = () => v8.getHeapStatistics().used_heap_size;
const MB = 1024 * 1024;

// ~`mb` MB of strings, none kept.
function makeGarbage(mb: number): number {
  let n = 0;
  for (let i = 0; i < mb * 16; i++) n += Array.from({ length: 1024 }, (_, k) => `${i}:${k}`).length;
  return n;
}

describe('garbageBudget', () => {
  it('collects the garbage of a step once the heap has grown past the budget', () => {
    const tidy = garbageBudget(8 * MB);
    makeGarbage(64);
    const before = used();
    tidy();
    expect(used()).toBeLessThan(before);
  });

  it('leaves a heap that has not grown by the budget alone', () => {
    const tidy = garbageBudget(8 * MB);
    tidy();
    const floor = used();
    // Far under the budget (or the live heap, if larger): no collection, so nothing is freed.
    const kept = new Array(1000).fill('x');
    tidy();
    expect(used()).toBeGreaterThanOrEqual(floor);
    expect(kept.length).toBe(1000);
  });
});
