// The ranking table's order: metrics highest first, names A→Z in Vietnamese order, community 1
// first, with ties broken by PageRank so the order never depends on insertion.
import { describe, expect, it } from 'vitest';
import type { MetricsResult, NodeMetrics } from '../../../src/analysis/metrics';
import { rankNodes } from '../../../src/analysis/ranking';

const node = (m: Partial<NodeMetrics>): NodeMetrics => ({
  degree: 0,
  betweenness: 0,
  pagerank: 0,
  community: 0,
  ...m,
});

const result: MetricsResult = {
  byNode: {
    a: node({ degree: 3, betweenness: 0.1, pagerank: 0.2, community: 1 }),
    b: node({ degree: 5, betweenness: 0.05, pagerank: 0.4, community: 0 }),
    c: node({ degree: 3, betweenness: 0.3, pagerank: 0.3, community: 0 }),
    d: node({ degree: 1, betweenness: 0, pagerank: 0.1, community: 2 }),
  },
  communities: 3,
  modularity: 0.2,
  ms: 1,
};
const names: Record<string, string> = { a: 'Đỗ Văn Bình', b: 'Zung', c: 'Dương', d: 'An' };

describe('rankNodes', () => {
  it('puts the highest metric first, breaking ties by PageRank', () => {
    expect(rankNodes(result, 'degree', (id) => names[id])).toEqual(['b', 'c', 'a', 'd']);
    expect(rankNodes(result, 'betweenness', (id) => names[id])).toEqual(['c', 'a', 'b', 'd']);
    expect(rankNodes(result, 'pagerank', (id) => names[id])).toEqual(['b', 'c', 'a', 'd']);
  });

  it('puts the largest community first', () => {
    expect(rankNodes(result, 'community', (id) => names[id])).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts names in Vietnamese alphabetical order (Đ after D)', () => {
    expect(rankNodes(result, 'name', (id) => names[id])).toEqual(['d', 'c', 'a', 'b']);
  });
});
