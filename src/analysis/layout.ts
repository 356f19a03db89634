// ForceAtlas2 for large graphs, pure so the layout worker runs it and the tests call it: iterations
// in chunks with progress after each, pinned nodes held where the user put them, and the result
// scaled to the edge length of the rest of the graph (~150 Cytoscape units).
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { Position } from '../model/types';
import { indexGraph, type IndexedGraph } from './graphInput';
import { seededRandom } from './seededRandom';

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  /** Known positions, in Cytoscape units; a node without one starts near its placed neighbours. */
  positions: Record<string, Position>;
  /** Nodes that keep their given position. */
  pinned: string[];
  iterations?: number;
}

export type Positions = Record<string, Position>;

export const TARGET_EDGE_LENGTH = 150;
const CHUNKS = 40;
/** ForceAtlas2's edge length settles within ~10 iterations: enough for the scale probe. */
const PROBE_MAX = 20;
const PROBE_CHUNKS = 4;
/** inferSettings turns Barnes–Hut on above 2000 nodes; measured here it already pays at ~700. */
const BARNES_HUT_ABOVE = 700;
const SEED = 0x1a70;

// The layout of graphology-layout-forceatlas2's matrices (helpers.js): 10 floats per node, 3 per edge.
const PPN = 10;
const PPE = 3;
const [X, Y, MASS, CONVERGENCE, SIZE, FIXED] = [0, 1, 6, 7, 8, 9];

/**
 * A first guess at the edge length ForceAtlas2 settles on with inferred settings, in its own
 * units: measured ~60 at 100 nodes, ~220 at 1k, ~510 at 5k (3 edges a node; denser graphs
 * spread more). It only decides where nodes start.
 */
const fa2EdgeGuess = (nodes: number) => 6 * Math.sqrt(Math.max(1, nodes));

/** Cytoscape position = origin + ForceAtlas2 position × scale. */
interface Frame {
  origin: Position;
  scale: number;
}

/**
 * Fewer iterations as the graph grows, so that 5k nodes / 15k edges take about 3 s in the worker
 * (one Barnes–Hut iteration there takes ~30 ms; at 50k, ~500 ms). Below 50 iterations the layout
 * is still visibly unsettled, so the largest graphs take longer rather than come out worse.
 */
export function defaultIterations(nodes: number): number {
  return Math.round(Math.min(500, Math.max(50, 5e5 / Math.max(1, nodes))));
}

export function runLayout(
  request: LayoutRequest,
  onProgress?: (fraction: number) => void,
): Positions {
  const graph = indexGraph({ nodes: request.nodes, edges: request.edges });
  const n = graph.ids.length;
  const given = request.positions;
  const pinned = new Set(request.pinned.filter((id) => given[id] !== undefined));
  const fixed = graph.ids.map((id) => pinned.has(id));
  if (fixed.every(Boolean)) {
    onProgress?.(1);
    return Object.fromEntries(graph.ids.map((id) => [id, { ...given[id] }]));
  }
  // Pinned nodes anchor the frame; without them the result stays centred where the graph was.
  const anchors = pinned.size > 0 ? [...pinned] : graph.ids.filter((id) => given[id]);
  const frame = {
    origin: centroid(anchors.map((id) => given[id])),
    scale: TARGET_EDGE_LENGTH / fa2EdgeGuess(n),
  };
  const edges = edgeMatrix(graph);
  const iterations = request.iterations ?? defaultIterations(n);
  const probe = pinned.size > 0 ? Math.min(PROBE_MAX, Math.ceil(iterations / 10)) : 0;
  const report = (done: number) => onProgress?.(done / (probe + iterations));
  if (probe > 0) {
    // Pinned nodes must start at the final scale, and measuring it during the run feeds back:
    // free edges stretched between pinned nodes would shrink the scale, which spreads the pinned
    // nodes further. So a short run with nothing fixed measures it first.
    const nothingFixed = fixed.map(() => false);
    const loose = initialNodes(graph, given, nothingFixed, frame);
    iterateInChunks(n, loose, edges, probe, PROBE_CHUNKS, report);
    frame.scale = TARGET_EDGE_LENGTH / (meanEdgeLength(loose, graph) ?? fa2EdgeGuess(n));
  }
  const nodes = initialNodes(graph, given, fixed, frame);
  iterateInChunks(n, nodes, edges, iterations, CHUNKS, (done) => report(probe + done));
  if (pinned.size === 0) {
    frame.scale =
      TARGET_EDGE_LENGTH / (meanEdgeLength(nodes, graph) ?? TARGET_EDGE_LENGTH / frame.scale);
  }
  return graph.ids.reduce<Positions>((result, id, i) => {
    result[id] = fixed[i] ? { ...given[id] } : toCytoscape(nodes, i, frame);
    return result;
  }, {});
}

function toCytoscape(nodes: Float32Array, i: number, { origin, scale }: Frame): Position {
  return { x: origin.x + nodes[i * PPN + X] * scale, y: origin.y + nodes[i * PPN + Y] * scale };
}

/** Runs the iterations in about `chunks` chunks, reporting the iterations done after each. */
function iterateInChunks(
  order: number,
  nodes: Float32Array,
  edges: Float32Array,
  iterations: number,
  chunks: number,
  onChunk: (done: number) => void,
) {
  const settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > BARNES_HUT_ABOVE,
  };
  const chunk = Math.max(1, Math.ceil(iterations / chunks));
  for (let done = 0; done < iterations;) {
    const step = Math.min(chunk, iterations - done);
    for (let i = 0; i < step; i++) iterate(settings, nodes, edges);
    done += step;
    onChunk(done);
  }
}

/** ForceAtlas2's node matrix, with every node that has no position placed near its neighbours. */
function initialNodes(
  graph: IndexedGraph,
  given: Record<string, Position>,
  fixed: boolean[],
  { origin, scale }: Frame,
): Float32Array {
  const { ids, offsets, neighbours } = graph;
  const rng = seededRandom(SEED);
  const nodes = new Float32Array(ids.length * PPN);
  const placed = ids.map((id) => given[id] !== undefined);
  const edge = TARGET_EDGE_LENGTH / scale;
  for (let i = 0; i < ids.length; i++) {
    let x = 0;
    let y = 0;
    let count = 0;
    const sources = placed[i] ? [i] : neighbours.subarray(offsets[i], offsets[i + 1]);
    for (const j of sources) {
      if (!placed[j]) continue;
      x += (given[ids[j]].x - origin.x) / scale;
      y += (given[ids[j]].y - origin.y) / scale;
      count++;
    }
    if (!placed[i]) {
      // Near the placed neighbours, jittered so that nodes sharing them do not coincide (they
      // would repel without direction); without any, anywhere on a disc the graph will fill.
      const angle = rng() * 2 * Math.PI;
      const distance = count > 0 ? edge * (0.5 + rng()) : 3 * edge * Math.sqrt(rng());
      x = (count > 0 ? x / count : 0) + Math.cos(angle) * distance;
      y = (count > 0 ? y / count : 0) + Math.sin(angle) * distance;
    }
    const at = i * PPN;
    nodes[at + X] = x;
    nodes[at + Y] = y;
    nodes[at + MASS] = 1 + offsets[i + 1] - offsets[i];
    nodes[at + CONVERGENCE] = 1;
    nodes[at + SIZE] = 1;
    nodes[at + FIXED] = fixed[i] ? 1 : 0;
  }
  return nodes;
}

function edgeMatrix(graph: IndexedGraph): Float32Array {
  const edges = new Float32Array(graph.edgeCount * PPE);
  for (let k = 0; k < graph.edgeCount; k++) {
    // Ends are offsets into the node matrix, not node indices.
    edges[k * PPE] = graph.edgePairs[2 * k] * PPN;
    edges[k * PPE + 1] = graph.edgePairs[2 * k + 1] * PPN;
    edges[k * PPE + 2] = 1; // weight
  }
  return edges;
}

/** The mean edge length in ForceAtlas2 units, or undefined when there is none to measure. */
function meanEdgeLength(nodes: Float32Array, graph: IndexedGraph): number | undefined {
  let sum = 0;
  const pairs = graph.edgePairs;
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k] * PPN;
    const b = pairs[k + 1] * PPN;
    sum += Math.hypot(nodes[a + X] - nodes[b + X], nodes[a + Y] - nodes[b + Y]);
  }
  return sum > 0 ? sum / graph.edgeCount : undefined;
}

function centroid(points: Position[]): Position {
  if (points.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const point of points) {
    x += point.x;
    y += point.y;
  }
  return { x: x / points.length, y: y / points.length };
}
