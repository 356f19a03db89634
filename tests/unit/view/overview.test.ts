// The overview of a workspace larger than the drawing budget (src/view/overview.ts), through
// computeVisibility as the app calls it: what it keeps, what it cuts, and that it never shows
// what a filter hides.
import { describe, expect, test } from 'vitest';
import type { Entity, RelationType } from '../../../src/model';
import { computeVisibility, NO_FILTERS, type ViewFilters } from '../../../src/view';
import { build, sorted } from './world';

const org = (id: string): Entity => ({
  id,
  name: id,
  type: 'org',
  kind: '',
  aliases: [],
  notes: '',
});
const person = (id: string): Entity => ({
  id,
  name: id,
  type: 'person',
  rank: '',
  titles: [],
  aliases: [],
  notes: '',
});

/** A hub with `leaves` organisations part of it, and `loners` organisations with no relation. */
function star(leaves: number, loners: number) {
  const leafIds = Array.from({ length: leaves }, (_, i) => `org:leaf${i}`);
  const lonerIds = Array.from({ length: loners }, (_, i) => `org:loner${i}`);
  return build(
    [org('org:hub'), ...leafIds.map(org), ...lonerIds.map(org)],
    leafIds.map((id): [RelationType, string, string] => ['part_of', id, 'org:hub']),
  );
}

const filters = (f: Partial<ViewFilters> = {}): ViewFilters => ({ ...NO_FILTERS, ...f });

describe('the overview', () => {
  test('a workspace within the budget is drawn whole, with no overview', () => {
    const { data, adjacency } = star(5, 2);
    const v = computeVisibility(data, adjacency, filters(), { budget: { nodes: 8, edges: 5 } });
    expect(v.overview).toBeNull();
    expect(v.entities.size).toBe(8);
    expect(v.relations.size).toBe(5);
  });

  test('a larger one keeps its most connected entities, within the node budget', () => {
    const { data, adjacency } = star(20, 30);
    const v = computeVisibility(data, adjacency, filters(), { budget: { nodes: 6, edges: 100 } });
    expect(v.overview).toEqual({ of: 51, shown: 6 });
    expect(v.entities.size).toBe(6);
    expect(v.entities.has('org:hub')).toBe(true);
    // Leaves (one relation each) come before loners (none).
    expect([...v.entities].filter((id) => id.startsWith('org:loner'))).toEqual([]);
    expect(v.relations.size).toBe(5);
    expect(v.hiddenEntityCount).toBe(45);
    // The same overview every time: ties are broken by a fixed order.
    const again = computeVisibility(data, adjacency, filters(), {
      budget: { nodes: 6, edges: 100 },
    });
    expect(sorted(again.entities)).toEqual(sorted(v.entities));
  });

  test('the relations between the entities kept stay within the edge budget', () => {
    const ids = ['org:a', 'org:b', 'org:c', 'org:d', 'org:e'];
    const links: Array<[RelationType, string, string]> = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) links.push(['related_to', ids[i], ids[j]]);
    const { data, adjacency } = build(ids.map(org), links);
    const v = computeVisibility(data, adjacency, filters(), { budget: { nodes: 5, edges: 6 } });
    // Four of a complete graph of five make six relations; the fifth would bring four more.
    expect(v.entities.size).toBe(4);
    expect(v.relations.size).toBe(6);
  });

  test('what the user asked to see is always kept, beyond the budget', () => {
    const { data, adjacency } = star(20, 30);
    const v = computeVisibility(data, adjacency, filters(), {
      budget: { nodes: 3, edges: 100 },
      keep: ['org:loner7', 'org:loner8'],
    });
    expect(v.entities.has('org:loner7')).toBe(true);
    expect(v.entities.has('org:loner8')).toBe(true);
    expect(v.entities.has('org:hub')).toBe(true);
    expect(v.entities.size).toBe(3);
  });

  test('kept entities hidden by a filter stay hidden', () => {
    const { data, adjacency } = build(
      [org('org:hub'), person('person:x'), ...Array.from({ length: 9 }, (_, i) => org(`org:${i}`))],
      [
        ['holds_title', 'person:x', 'org:hub'],
        ...Array.from({ length: 9 }, (_, i): [RelationType, string, string] => [
          'part_of',
          `org:${i}`,
          'org:hub',
        ]),
      ],
    );
    const v = computeVisibility(data, adjacency, filters({ hiddenEntityTypes: ['person'] }), {
      budget: { nodes: 3, edges: 100 },
      keep: ['person:x'],
    });
    expect(v.entities.has('person:x')).toBe(false);
    expect(v.entities.size).toBe(3);
  });

  test('an expanded node brings all its neighbours, past the budget', () => {
    const { data, adjacency } = star(20, 30);
    const v = computeVisibility(data, adjacency, filters({ expanded: ['org:hub'] }), {
      budget: { nodes: 3, edges: 100 },
    });
    expect(v.entities.size).toBe(21);
    expect(v.relations.size).toBe(20);
    expect(v.overview).toEqual({ of: 51, shown: 3 });
  });

  test('a focus root is kept, and a focus that fits the budget needs no overview', () => {
    const { data, adjacency } = star(20, 30);
    const focused = computeVisibility(
      data,
      adjacency,
      filters({ focus: { roots: ['org:leaf3'], depth: 1 } }),
      { budget: { nodes: 3, edges: 100 } },
    );
    expect(focused.overview).toBeNull();
    expect(sorted(focused.entities)).toEqual(['org:hub', 'org:leaf3']);
    const loner = computeVisibility(data, adjacency, filters(), {
      budget: { nodes: 3, edges: 100 },
      keep: ['org:loner29'],
    });
    expect(loner.entities.has('org:loner29')).toBe(true);
  });
});
