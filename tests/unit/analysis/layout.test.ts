// The ForceAtlas2 layout the worker runs: positions for every node, pinned nodes left where they
// are, a scale that matches the rest of the graph (~150 units per edge), progress per chunk, and a
// picture in which connected groups sit together.
import { describe, expect, it } from 'vitest';
import { indexGraph, type GraphInput } from '../../../src/analysis/graphInput';
import {
  defaultIterations,
  runLayout,
  TARGET_EDGE_LENGTH,
  type Positions,
} from '../../../src/analysis/layout';
import type { Position } from '../../../src/model/types';
import { ids, randomGraph, twoCliques } from './graphs';

const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);

function meanEdgeLength(input: GraphInput, positions: Positions, among?: (id: string) => boolean) {
  const graph = indexGraph(input);
  const lengths: number[] = [];
  for (let k = 0; k < graph.edgePairs.length; k += 2) {
    const [a, b] = [graph.ids[graph.edgePairs[k]], graph.ids[graph.edgePairs[k + 1]]];
    if (among && !among(a) && !among(b)) continue;
    lengths.push(distance(positions[a], positions[b]));
  }
  return lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
}

describe('runLayout', () => {
  it('places every node, scaled to the usual edge length, the same way every run', () => {
    const input = randomGraph(120, 240, 21);
    const request = { ...input, positions: {}, pinned: [] };
    const positions = runLayout(request);
    expect(Object.keys(positions).sort()).toEqual([...input.nodes].sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    expect(meanEdgeLength(input, positions)).toBeCloseTo(TARGET_EDGE_LENGTH, 6);
    expect(runLayout(request)).toEqual(positions);
  });

  it('keeps pinned nodes exactly where they are and lays the others out around them', () => {
    const input = randomGraph(80, 160, 22);
    const pinned = input.nodes.slice(0, 20);
    const given: Positions = {};
    pinned.forEach(
      (id, i) => (given[id] = { x: 1000 + (i % 5) * 150, y: -400 + Math.floor(i / 5) * 150 }),
    );
    const positions = runLayout({ ...input, positions: given, pinned });
    for (const id of pinned) expect(positions[id]).toEqual(given[id]);
    const free = (id: string) => !pinned.includes(id);
    const length = meanEdgeLength(input, positions, free);
    expect(length).toBeGreaterThan(TARGET_EDGE_LENGTH / 2);
    expect(length).toBeLessThan(TARGET_EDGE_LENGTH * 2);
  });

  it('re-lays new nodes among pinned ones at the scale and place a full layout gives them', () => {
    // Dense, so that ForceAtlas2 settles at a scale far from its first guess.
    const input = randomGraph(200, 2000, 24);
    const full = runLayout({ ...input, positions: {}, pinned: [] });
    // The first 160 nodes were there before and are pinned; the last 40 are new, without positions.
    const pinned = input.nodes.slice(0, 160);
    const given = Object.fromEntries(pinned.map((id) => [id, full[id]]));
    const again = runLayout({ ...input, positions: given, pinned });
    const added = input.nodes.slice(160);
    const isNew = (id: string) => added.includes(id);
    expect(meanEdgeLength(input, again, isNew) / meanEdgeLength(input, full, isNew)).toBeCloseTo(
      1,
      1,
    );
    const moved = added.map((id) => distance(again[id], full[id])).sort((a, b) => a - b);
    expect(moved[Math.floor(moved.length / 2)]).toBeLessThan(TARGET_EDGE_LENGTH / 2);
  });

  it('sets a new node down near the pinned neighbours it is linked to', () => {
    const nodes = [...ids(6), 'new'];
    const given: Positions = {};
    ids(6).forEach((id, i) => (given[id] = { x: (i % 3) * 900, y: Math.floor(i / 3) * 900 }));
    const edges: [string, string][] = [
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n3', 'n4'],
      ['n4', 'n5'],
      ['new', 'n4'],
      ['new', 'n5'],
    ];
    const positions = runLayout({ nodes, edges, positions: given, pinned: ids(6) });
    const nearest = ids(6).sort(
      (a, b) => distance(positions.new, given[a]) - distance(positions.new, given[b]),
    );
    expect(nearest.slice(0, 2).sort()).toEqual(['n4', 'n5']);
  });

  it('draws two cliques joined by a bridge as two groups', () => {
    const input = twoCliques(12, 10);
    const positions = runLayout({ ...input, positions: {}, pinned: [] });
    const mean = (pairs: [string, string][]) =>
      pairs.reduce((sum, [a, b]) => sum + distance(positions[a], positions[b]), 0) / pairs.length;
    const a = ids(12, 'a');
    const b = ids(10, 'b');
    const within = mean([...a.flatMap((x) => a.map((y) => [x, y] as [string, string]))]);
    const across = mean(a.flatMap((x) => b.map((y) => [x, y] as [string, string])));
    expect(across).toBeGreaterThan(2 * within);
  });

  it('reports progress after each chunk, rising to 1', () => {
    const fractions: number[] = [];
    runLayout({ ...randomGraph(50, 80, 23), positions: {}, pinned: [], iterations: 100 }, (f) =>
      fractions.push(f),
    );
    expect(fractions.length).toBeGreaterThanOrEqual(20);
    expect(fractions.length).toBeLessThanOrEqual(50);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
  });

  it('returns the given positions when every node is pinned, and nothing for no nodes', () => {
    const positions = { a: { x: 1, y: 2 }, b: { x: 3, y: 4 } };
    const request = { nodes: ['a', 'b'], edges: [['a', 'b']] as [string, string][], positions };
    expect(runLayout({ ...request, pinned: ['a', 'b'] })).toEqual(positions);
    expect(runLayout({ nodes: [], edges: [], positions: {}, pinned: [] })).toEqual({});
  });

  it('treats a pinned node without a position as free', () => {
    const positions = runLayout({
      nodes: ['a', 'b'],
      edges: [['a', 'b']],
      positions: {},
      pinned: ['a'],
    });
    expect(distance(positions.a, positions.b)).toBeCloseTo(TARGET_EDGE_LENGTH, 6);
  });
});

describe('defaultIterations', () => {
  it('runs fewer iterations as the graph grows, within bounds', () => {
    expect(defaultIterations(100)).toBe(500);
    expect(defaultIterations(5_000)).toBe(100);
    expect(defaultIterations(50_000)).toBe(50);
  });
});
