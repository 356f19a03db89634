// Betweenness centrality by Brandes' algorithm, unweighted and undirected, written out here rather
// than taken from graphology-metrics because a long run must report progress and the library's
// version cannot. Normalised as graphology's is, so the two agree (a unit test holds them to it).
import type { IndexedGraph } from './graphInput';

export interface BetweennessOptions {
  /**
   * Accumulate from this many sources, drawn with `rng`, instead of from every node: an unbiased
   * estimate (Brandes & Pich 2007) for graphs too large for the exact O(n·m) computation.
   */
  sampleSources?: number;
  rng?: () => number;
  /** Called about every 1% of sources with the sources done so far and their total. */
  onProgress?: (done: number, total: number) => void;
}

/** Scores by node index, each the share of shortest paths between other pairs through the node. */
export function brandesBetweenness(graph: IndexedGraph, options: BetweennessOptions = {}) {
  const n = graph.ids.length;
  const { offsets, neighbours } = graph;
  const sources = pickSources(n, options.sampleSources, options.rng ?? Math.random);
  const total = sources.length;
  const centrality = new Float64Array(n);
  // Typed arrays reused across sources and reset only where the search reached, so a source in a
  // small component costs the component, not n.
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const every = Math.max(1, Math.ceil(total / 100));
  options.onProgress?.(0, total);
  for (let k = 0; k < total; k++) {
    const source = sources[k];
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    sigma[source] = 1;
    // Breadth-first search; the visit order doubles as the stack of Brandes' accumulation.
    while (head < tail) {
      const v = order[head++];
      const next = distance[v] + 1;
      for (let j = offsets[v], end = offsets[v + 1]; j < end; j++) {
        const w = neighbours[j];
        if (distance[w] < 0) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w] += sigma[v];
      }
    }
    // Predecessors are the neighbours one step nearer the source, so no lists need be kept.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const share = (1 + delta[w]) / sigma[w];
      const previous = distance[w] - 1;
      for (let j = offsets[w], end = offsets[w + 1]; j < end; j++) {
        const v = neighbours[j];
        if (distance[v] === previous) delta[v] += sigma[v] * share;
      }
      centrality[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if ((k + 1) % every === 0 || k + 1 === total) options.onProgress?.(k + 1, total);
  }
  // graphology's normalisation for undirected graphs: each pair is counted from both ends and
  // divided by (n−1)(n−2); a sample is scaled up to stand for every source.
  const scale = (n > 2 ? 1 / ((n - 1) * (n - 2)) : 1) * (total > 0 ? n / total : 0);
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return centrality;
}

/** Every node in order, or a uniform sample of `count` of them (a partial Fisher–Yates shuffle). */
function pickSources(n: number, count: number | undefined, rng: () => number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (count === undefined || count >= n) return all;
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = all[i];
    all[i] = all[j];
    all[j] = swap;
  }
  return all.slice(0, count);
}
