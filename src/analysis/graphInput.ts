// The graph the analyses read: plain ids and pairs, so it crosses a worker boundary cheaply, and an
// indexed form (compressed adjacency over integer indices) that the algorithms loop over fast.

/** Undirected for analysis: parallel edges are collapsed, self-loops ignored. */
export interface GraphInput {
  nodes: string[];
  edges: [from: string, to: string][];
}

/** Adjacency in CSR form: the neighbours of node i are `neighbours[offsets[i]..offsets[i + 1])`. */
export interface IndexedGraph {
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  /** Distinct undirected edges, after collapsing and dropping self-loops and dangling ends. */
  edgeCount: number;
  /** Each distinct edge once, as index pairs: `edgePairs[2k]`, `edgePairs[2k + 1]`. */
  edgePairs: Int32Array;
}

/**
 * Indexes a graph for analysis. Repeated node ids count once; an edge whose end is not among the
 * nodes is dropped rather than invented, because the input is a projection that may be mid-change.
 */
export function indexGraph(input: GraphInput): IndexedGraph {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  for (const id of input.nodes) {
    if (indexOf.has(id)) continue;
    indexOf.set(id, ids.length);
    ids.push(id);
  }
  const n = ids.length;
  // Collapse parallel edges through one numeric key per unordered pair (n² < 2^53 for any graph a
  // browser can hold).
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const [from, to] of input.edges) {
    const a = indexOf.get(from);
    const b = indexOf.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const key = low * n + high;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(low, high);
  }
  const edgePairs = Int32Array.from(pairs);
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < edgePairs.length; k++) offsets[edgePairs[k] + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const neighbours = new Int32Array(edgePairs.length);
  const fill = offsets.slice(0, n);
  for (let k = 0; k < edgePairs.length; k += 2) {
    const a = edgePairs[k];
    const b = edgePairs[k + 1];
    neighbours[fill[a]++] = b;
    neighbours[fill[b]++] = a;
  }
  return { ids, offsets, neighbours, edgeCount: edgePairs.length / 2, edgePairs };
}
