// The indexed graph the analyses read: one undirected edge per pair of distinct, known nodes.
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../src/analysis/graphInput';

const neighboursOf = (graph: ReturnType<typeof indexGraph>, id: string) => {
  const i = graph.ids.indexOf(id);
  return [...graph.neighbours.subarray(graph.offsets[i], graph.offsets[i + 1])]
    .map((j) => graph.ids[j])
    .sort();
};

describe('indexGraph', () => {
  it('collapses parallel edges in either direction and ignores self-loops', () => {
    const graph = indexGraph({
      nodes: ['a', 'b', 'c'],
      edges: [
        ['a', 'b'],
        ['b', 'a'],
        ['a', 'b'],
        ['a', 'a'],
        ['b', 'c'],
      ],
    });
    expect(graph.edgeCount).toBe(2);
    expect(neighboursOf(graph, 'a')).toEqual(['b']);
    expect(neighboursOf(graph, 'b')).toEqual(['a', 'c']);
    expect(neighboursOf(graph, 'c')).toEqual(['b']);
  });

  it('drops edges to unknown nodes and counts a repeated node once', () => {
    const graph = indexGraph({
      nodes: ['a', 'b', 'a'],
      edges: [
        ['a', 'ghost'],
        ['a', 'b'],
      ],
    });
    expect(graph.ids).toEqual(['a', 'b']);
    expect(graph.edgeCount).toBe(1);
    expect([...graph.offsets]).toEqual([0, 1, 2]);
  });

  it('handles an empty graph', () => {
    const graph = indexGraph({ nodes: [], edges: [] });
    expect(graph.ids).toEqual([]);
    expect(graph.edgeCount).toBe(0);
  });
});
