// Degree, PageRank, betweenness and Louvain communities for every node, in one pure function that
// the metrics worker runs (so the tab never freezes) and the tests call directly.
import { UndirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { brandesBetweenness } from './betweenness';
import { detectCommunities } from './communities';
import { indexGraph, type GraphInput, type IndexedGraph } from './graphInput';
import { seededRandom } from './seededRandom';

export interface NodeMetrics {
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface MetricsResult {
  byNode: Record<string, NodeMetrics>;
  communities: number;
  modularity: number;
  ms: number;
  /** Set when betweenness was estimated from this many sampled sources rather than all nodes. */
  betweennessSources?: number;
}

export type MetricsProgress = {
  phase: 'degree' | 'pagerank' | 'betweenness' | 'communities';
  done: number;
  total: number;
};

export interface MetricsOptions {
  /** Work budget for exact betweenness, in node visits (sources × (nodes + 2·edges)). */
  exactBetweennessBudget?: number;
}

/**
 * Exact betweenness costs one breadth-first search per node, about n·(n + 2m) node visits: ~13 s
 * for 10k nodes / 30k edges on the machine of `npm run bench:metrics`. Above this budget (~5 s
 * there; 5k nodes / 15k edges is still exact) the sources are sampled so the cost stays near the
 * budget, and the result says how many, for the panel to call the scores approximate.
 */
export const EXACT_BETWEENNESS_BUDGET = 3e8;
const SAMPLE_SEED = 0xbe7;

export function computeMetrics(
  input: GraphInput,
  onProgress?: (p: MetricsProgress) => void,
  options: MetricsOptions = {},
): MetricsResult {
  const started = performance.now();
  const report = (phase: MetricsProgress['phase'], done: number, total: number) =>
    onProgress?.({ phase, done, total });
  const indexed = indexGraph(input);
  const n = indexed.ids.length;

  report('degree', 0, n);
  const { offsets } = indexed;
  const degree = Int32Array.from({ length: n }, (_, i) => offsets[i + 1] - offsets[i]);
  report('degree', n, n);

  // PageRank and Louvain need a graphology graph; building it (~0.8 s at 50k nodes) counts here.
  report('pagerank', 0, 1);
  const graph = toGraphology(indexed);
  const rank = n > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  report('pagerank', 1, 1);

  const sources = betweennessSources(
    indexed,
    options.exactBetweennessBudget ?? EXACT_BETWEENNESS_BUDGET,
  );
  const betweenness = brandesBetweenness(indexed, {
    sampleSources: sources,
    rng: seededRandom(SAMPLE_SEED),
    onProgress: (done, total) => report('betweenness', done, total),
  });

  report('communities', 0, 1);
  const communities = detectCommunities(graph, indexed.ids);
  report('communities', 1, 1);

  const byNode: Record<string, NodeMetrics> = {};
  indexed.ids.forEach((id, i) => {
    byNode[id] = {
      degree: degree[i],
      betweenness: betweenness[i],
      pagerank: rank[id],
      community: communities.byNode[i],
    };
  });
  return {
    byNode,
    communities: communities.count,
    modularity: communities.modularity,
    ms: performance.now() - started,
    ...(sources === undefined ? {} : { betweennessSources: sources }),
  };
}

/** How many sources to sample for betweenness, or undefined when every node fits the budget. */
export function betweennessSources(graph: IndexedGraph, budget: number): number | undefined {
  const n = graph.ids.length;
  const perSource = n + 2 * graph.edgeCount;
  if (n * perSource <= budget) return undefined;
  return Math.max(1, Math.min(n, Math.floor(budget / perSource)));
}

function toGraphology(indexed: IndexedGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const id of indexed.ids) graph.addNode(id);
  const { ids, edgePairs } = indexed;
  // Our own keys: ~20% faster than letting graphology generate them.
  for (let k = 0; k < edgePairs.length; k += 2)
    graph.addEdgeWithKey(k >> 1, ids[edgePairs[k]], ids[edgePairs[k + 1]]);
  return graph;
}
