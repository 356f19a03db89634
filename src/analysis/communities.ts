// Communities by Louvain (graphology-communities-louvain), made repeatable with a seeded generator
// and numbered 0, 1, 2… from the largest down, so that colour 0 always goes to the biggest group.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seededRandom';

export interface Communities {
  /** The community of each node, by the graph's node order. */
  byNode: Int32Array;
  count: number;
  /** NaN from Louvain for a graph without edges is reported as 0: there is nothing to cluster. */
  modularity: number;
}

const SEED = 0x5eed;

/** `ids` gives the node order of the answer and breaks ties between communities of one size. */
export function detectCommunities(graph: Graph, ids: string[]): Communities {
  const detailed = louvain.detailed(graph, { rng: seededRandom(SEED), getEdgeWeight: null });
  const raw = ids.map((id) => detailed.communities[id]);
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((community, index) => {
    size.set(community, (size.get(community) ?? 0) + 1);
    if (!first.has(community)) first.set(community, index);
  });
  const ranked = [...size.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!,
  );
  const renumber = new Map(ranked.map((community, rank) => [community, rank]));
  return {
    byNode: Int32Array.from(raw, (community) => renumber.get(community)!),
    count: ranked.length,
    modularity: Number.isFinite(detailed.modularity) ? detailed.modularity : 0,
  };
}
