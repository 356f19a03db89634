// Our Brandes betweenness (which can report progress) against graphology-metrics' (which cannot),
// on random graphs, plus values known by hand and the sampled estimate for large graphs.
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { brandesBetweenness } from '../../../src/analysis/betweenness';
import { indexGraph, type GraphInput } from '../../../src/analysis/graphInput';
import { seededRandom } from '../../../src/analysis/seededRandom';
import { randomGraph } from './graphs';

function reference(input: GraphInput): Record<string, number> {
  const graph = new UndirectedGraph();
  input.nodes.forEach((id) => graph.mergeNode(id));
  for (const [a, b] of input.edges) if (a !== b) graph.mergeEdge(a, b);
  return betweennessCentrality(graph, { getEdgeWeight: null });
}

function ours(input: GraphInput): Record<string, number> {
  const indexed = indexGraph(input);
  const scores = brandesBetweenness(indexed);
  return Object.fromEntries(indexed.ids.map((id, i) => [id, scores[i]]));
}

describe('brandesBetweenness', () => {
  it.each([
    // nodes, edges, seed: sparse (disconnected, with isolated nodes), medium, dense, small
    [60, 50, 1],
    [80, 160, 2],
    [40, 300, 3],
    [120, 400, 4],
    [6, 7, 5],
  ])(
    'equals graphology-metrics on a random graph of %i nodes and %i edges (seed %i)',
    (n, m, seed) => {
      const input = randomGraph(n, m, seed);
      const expected = reference(input);
      const actual = ours(input);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const id of input.nodes) expect(actual[id]).toBeCloseTo(expected[id], 12);
      // The graphs must not be trivial for the comparison to mean anything.
      expect(Math.max(...Object.values(actual))).toBeGreaterThan(0);
    },
  );

  it('gives zero to every node of a graph too small to have a node between two others', () => {
    expect(ours({ nodes: ['a', 'b'], edges: [['a', 'b']] })).toEqual({ a: 0, b: 0 });
    expect(ours({ nodes: [], edges: [] })).toEqual({});
  });

  it('gives a star its centre and a path its middle', () => {
    const star = ours({
      nodes: ['hub', 'a', 'b', 'c', 'd'],
      edges: [
        ['hub', 'a'],
        ['hub', 'b'],
        ['hub', 'c'],
        ['hub', 'd'],
      ],
    });
    expect(star).toEqual({ hub: 1, a: 0, b: 0, c: 0, d: 0 });
    const path = ours({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    });
    // b lies on a–c and a–d of the three pairs not involving it: 2/3.
    expect(path.b).toBeCloseTo(2 / 3, 12);
    expect(path.c).toBeCloseTo(2 / 3, 12);
    expect(path.a).toBe(0);
  });

  it('reports progress about every 1% of sources, ending at the total', () => {
    const indexed = indexGraph(randomGraph(500, 1000, 6));
    const calls: [number, number][] = [];
    brandesBetweenness(indexed, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 500]);
    expect(calls.at(-1)).toEqual([500, 500]);
    expect(calls.length).toBeGreaterThanOrEqual(90);
    expect(calls.length).toBeLessThanOrEqual(102);
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThan(calls[i - 1][0]);
  });

  it('estimates from sampled sources close to the exact scores', () => {
    const indexed = indexGraph(randomGraph(400, 1200, 7));
    const exact = brandesBetweenness(indexed);
    const sampled = brandesBetweenness(indexed, { sampleSources: 200, rng: seededRandom(1) });
    const top = (scores: Float64Array) =>
      [...scores.keys()].sort((a, b) => scores[b] - scores[a]).slice(0, 10);
    // The ten most central nodes are mostly the same, and the scores near the exact ones.
    const shared = top(exact).filter((i) => top(sampled).includes(i)).length;
    expect(shared).toBeGreaterThanOrEqual(8);
    const sum = (scores: Float64Array) => scores.reduce((a, b) => a + b, 0);
    expect(sum(sampled) / sum(exact)).toBeGreaterThan(0.9);
    expect(sum(sampled) / sum(exact)).toBeLessThan(1.1);
    for (const i of top(exact))
      expect(Math.abs(sampled[i] - exact[i]) / exact[i]).toBeLessThan(0.35);
  });
});
