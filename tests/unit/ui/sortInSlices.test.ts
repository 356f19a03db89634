import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../../src/ui/sortInSlices';
import { createSeededRandom } from '../../fixtures/seededRandom';

const sortedInSlices = <T>(lists: T[][], compare: (a: T, b: T) => number) =>
  new Promise<T[][]>((resolve) => sortInSlices(lists, compare, resolve));

describe('sortInSlices', () => {
  it('gives what Array.prototype.sort gives, equal items in their first order included', async () => {
    const rng = createSeededRandom(7);
    // Sizes around the runs it sorts whole (1,024) and the merges that follow.
    const sizes = [0, 1, 2, 1023, 1024, 1025, 3000, 9000];
    const lists = sizes.map((size) =>
      Array.from({ length: size }, (_, at) => ({ key: rng.int(0, 50), at })),
    );
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const sorted = await sortedInSlices(lists, byKey);
    expect(sorted.map((list) => list.length)).toEqual(sizes);
    sorted.forEach((list, i) => expect(list).toEqual([...lists[i]].sort(byKey)));
    expect(lists[6].map(({ at }) => at)).toEqual([...Array(3000).keys()]); // inputs untouched
  });

  it('answers in a later task, and not at all once stopped', async () => {
    const calls: string[] = [];
    sortInSlices(
      [[3, 1, 2]],
      (a, b) => a - b,
      () => calls.push('first'),
    );
    expect(calls).toEqual([]);
    const stop = sortInSlices(
      [[3, 1, 2]],
      (a, b) => a - b,
      () => calls.push('stopped'),
    );
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toEqual(['first']);
  });

  it('keeps each slice short while sorting a large list', async () => {
    const rng = createSeededRandom(3);
    const names = Array.from({ length: 60_000 }, () => rng.token(8));
    const collator = new Intl.Collator('vi');
    const gaps: number[] = [];
    let last = performance.now();
    const watch = setInterval(() => {
      gaps.push(performance.now() - last);
      last = performance.now();
    }, 0);
    const [sorted] = await sortedInSlices([names], collator.compare);
    clearInterval(watch);
    expect(sorted).toEqual([...names].sort(collator.compare));
    // Other tasks ran in between: the sort did not hold the thread from start to end.
    expect(gaps.length).toBeGreaterThan(3);
  });
});
