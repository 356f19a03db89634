// computeMetrics, as the worker runs it: degree, PageRank, betweenness and communities per node,
// progress per phase, and the sampled betweenness that keeps large graphs to a few seconds.
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { computeMetrics, type MetricsProgress } from '../../../src/analysis/metrics';
import { ids, randomGraph, twoCliques } from './graphs';

describe('computeMetrics', () => {
  it('counts distinct neighbours as degree, whatever the parallel edges and self-loops', () => {
    const result = computeMetrics({
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'c'],
        ['a', 'a'],
      ],
    });
    expect(result.byNode.a.degree).toBe(2);
    expect(result.byNode.b.degree).toBe(1);
    expect(result.byNode.d.degree).toBe(0);
  });

  it('gives PageRank as graphology-metrics does, summing to 1', () => {
    const input = randomGraph(150, 400, 11);
    const graph = new UndirectedGraph();
    input.nodes.forEach((id) => graph.mergeNode(id));
    for (const [a, b] of input.edges) if (a !== b) graph.mergeEdge(a, b);
    const expected = pagerank(graph, { getEdgeWeight: null });
    const result = computeMetrics(input);
    let sum = 0;
    for (const id of input.nodes) {
      expect(result.byNode[id].pagerank).toBeCloseTo(expected[id], 12);
      sum += result.byNode[id].pagerank;
    }
    expect(sum).toBeCloseTo(1, 9);
  });

  it('finds two cliques joined by a bridge, numbered from the larger, with the bridge central', () => {
    const result = computeMetrics(twoCliques(8, 5));
    expect(result.communities).toBe(2);
    expect(result.modularity).toBeGreaterThan(0.3);
    for (const id of ids(8, 'a')) expect(result.byNode[id].community).toBe(0);
    for (const id of ids(5, 'b')) expect(result.byNode[id].community).toBe(1);
    const ranked = Object.entries(result.byNode).sort(
      (x, y) => y[1].betweenness - x[1].betweenness,
    );
    expect(
      ranked
        .slice(0, 2)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['a0', 'b0']);
    expect(result.betweennessSources).toBeUndefined();
  });

  it('numbers communities by descending size and gives the same answer every run', () => {
    const input = randomGraph(300, 450, 12);
    const first = computeMetrics(input);
    const second = computeMetrics(input);
    expect(second.byNode).toEqual(first.byNode);
    const sizes = Array.from({ length: first.communities }, () => 0);
    for (const metrics of Object.values(first.byNode)) sizes[metrics.community]++;
    expect(sizes.every((size) => size > 0)).toBe(true);
    for (let c = 1; c < sizes.length; c++) expect(sizes[c]).toBeLessThanOrEqual(sizes[c - 1]);
  });

  it('handles graphs without edges or nodes', () => {
    const lonely = computeMetrics({ nodes: ['a', 'b'], edges: [] });
    expect(lonely.byNode.a).toEqual({ degree: 0, betweenness: 0, pagerank: 0.5, community: 0 });
    expect(lonely.communities).toBe(2);
    expect(lonely.modularity).toBe(0);
    const empty = computeMetrics({ nodes: [], edges: [] });
    expect(empty).toMatchObject({ byNode: {}, communities: 0, modularity: 0 });
  });

  it('reports each phase in order, from 0 to its total', () => {
    const progress: MetricsProgress[] = [];
    computeMetrics(randomGraph(200, 500, 13), (p) => progress.push(p));
    const phases = progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['degree', 'pagerank', 'betweenness', 'communities']);
    for (const phase of phases) {
      const own = progress.filter((p) => p.phase === phase);
      expect(own[0].done).toBe(0);
      expect(own.at(-1)!.done).toBe(own.at(-1)!.total);
    }
    const betweenness = progress.filter((p) => p.phase === 'betweenness');
    expect(betweenness.at(-1)!.total).toBe(200);
    expect(betweenness.length).toBeGreaterThan(50);
  });

  it('samples betweenness sources above the work budget, and says how many', () => {
    const input = randomGraph(400, 1200, 14);
    const exact = computeMetrics(input);
    // 400 nodes × (400 + 2 × ~1200 edges) ≈ 1.1M node visits for the exact computation.
    const sampled = computeMetrics(input, undefined, { exactBetweennessBudget: 300_000 });
    expect(sampled.betweennessSources).toBeGreaterThan(50);
    expect(sampled.betweennessSources).toBeLessThan(200);
    const top = (result: typeof exact) =>
      Object.entries(result.byNode)
        .sort((a, b) => b[1].betweenness - a[1].betweenness)
        .slice(0, 5)
        .map(([id]) => id);
    expect(top(sampled).filter((id) => top(exact).includes(id)).length).toBeGreaterThanOrEqual(3);
    // Everything but betweenness is exact either way.
    for (const id of input.nodes) {
      expect(sampled.byNode[id].degree).toBe(exact.byNode[id].degree);
      expect(sampled.byNode[id].community).toBe(exact.byNode[id].community);
    }
  });
});
