// The filter state's defaults and the adjacency index under it.
import { describe, expect, test } from 'vitest';
import { createAdjacency, isFiltering, NO_FILTERS, type ViewFilters } from '../../../src/view';
import { W, world } from './world';

describe('isFiltering', () => {
  test('is false for the defaults and true as soon as one item is set', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    const one: Array<Partial<ViewFilters>> = [
      { hiddenEntityTypes: ['theme'] },
      { hiddenRelationTypes: ['covers'] },
      { themes: [W.danvan] },
      { organisations: [W.bdbp] },
      { hideIsolated: true },
      { time: { from: 2020, to: 2020, includeUndated: true } },
      { focus: { roots: [W.an], depth: 1 } },
      { expanded: [W.an] },
      { collapsed: [W.an] },
    ];
    for (const f of one) expect(isFiltering({ ...NO_FILTERS, ...f })).toBe(true);
  });

  test('a focus with no roots is no filter', () => {
    expect(isFiltering({ ...NO_FILTERS, focus: { roots: [], depth: 2 } })).toBe(false);
  });

  test('the defaults cannot be edited in place', () => {
    expect(() => (NO_FILTERS.themes as string[]).push(W.danvan)).toThrow();
  });
});

describe('createAdjacency', () => {
  test('lists the relations touching an entity at either end', () => {
    const { data, adjacency, rel } = world();
    expect([...adjacency.relationsOf(W.donbp1)].sort()).toEqual(
      [rel(W.donbp1, W.bdbp), rel(W.tobp1, W.donbp1), rel(W.dung, W.donbp1)].sort(),
    );
    expect(adjacency.relationsOf(W.lone)).toEqual([]);
    expect(adjacency.relationsOf('org:unknownid')).toEqual([]);
    const total = Object.keys(data.entities).reduce(
      (sum, id) => sum + adjacency.relationsOf(id).length,
      0,
    );
    expect(total).toBe(2 * Object.keys(data.relations).length);
  });

  test('accepts any iterable of relations', () => {
    const { data } = world();
    const fromMap = createAdjacency(new Map(Object.entries(data.relations)).values());
    expect(fromMap.relationsOf(W.ctph2020)).toHaveLength(6);
  });
});
