// Graph metrics on random graphs of 10k nodes / 30k edges and 50k / 150k: milliseconds per phase
// of computeMetrics (what the metrics worker runs); how far sampled betweenness is from the exact
// one at 10k; then the ForceAtlas2 layout at 5k / 15k. Prints numbers, asserts nothing.
// Run: node --expose-gc bench/run.mjs bench/metrics.ts (about a minute).
import { brandesBetweenness } from '../src/analysis/betweenness';
import { indexGraph, type GraphInput } from '../src/analysis/graphInput';
import { defaultIterations, runLayout } from '../src/analysis/layout';
import { computeMetrics, type MetricsProgress, type MetricsResult } from '../src/analysis/metrics';
import { createSeededRandom } from '../tests/fixtures/seededRandom';

const SEED = 20_240_901;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Half the edges join two uniformly chosen nodes, half attach to the end of an earlier edge
 * (preferential attachment), which gives the hubs and long tail of a real knowledge graph.
 */
function randomGraph(nodes: number, edges: number): GraphInput {
  const rng = createSeededRandom(SEED);
  const ids = Array.from({ length: nodes }, (_, i) => `person:${i.toString(36)}`);
  const ends: string[] = [];
  const pairs: [string, string][] = [];
  for (let k = 0; k < edges; k++) {
    const from = rng.pick(ids);
    const to = ends.length > 0 && rng.chance(0.5) ? rng.pick(ends) : rng.pick(ids);
    pairs.push([from, to]);
    ends.push(from, to);
  }
  return { nodes: ids, edges: pairs };
}

function timePhases(input: GraphInput): MetricsResult {
  gc();
  const marks: { phase: MetricsProgress['phase']; at: number }[] = [];
  const started = performance.now();
  const result = computeMetrics(input, (p) => {
    if (marks.at(-1)?.phase !== p.phase) marks.push({ phase: p.phase, at: performance.now() });
  });
  const ended = performance.now();
  const sampled =
    result.betweennessSources === undefined
      ? ' (exact)'
      : ` (approximate: ${result.betweennessSources} sampled sources)`;
  const phases = marks.map(({ phase, at }, i) => {
    const ms = (marks[i + 1]?.at ?? ended) - at;
    return `${phase} ${ms.toFixed(0)} ms${phase === 'betweenness' ? sampled : ''}`;
  });
  console.log(`metrics: ${input.nodes.length} nodes / ${input.edges.length} edges`);
  console.log(`  indexing ${(marks[0].at - started).toFixed(0)} ms, ${phases.join(', ')}`);
  console.log(
    `  total ${result.ms.toFixed(0)} ms; ${result.communities} communities, modularity ${result.modularity.toFixed(3)}`,
  );
  return result;
}

/** What sampling costs in accuracy: the exact scores at 10k, against the sampled ones. */
function compareWithExact(input: GraphInput, sampled: MetricsResult): void {
  gc();
  const indexed = indexGraph(input);
  const started = performance.now();
  const exact = brandesBetweenness(indexed);
  const ms = performance.now() - started;
  const estimate = indexed.ids.map((id) => sampled.byNode[id].betweenness);
  const top = (scores: ArrayLike<number>, k: number) =>
    new Set(
      Array.from(scores, (_, i) => i)
        .sort((a, b) => scores[b] - scores[a])
        .slice(0, k),
    );
  const overlap = (k: number) => [...top(exact, k)].filter((i) => top(estimate, k).has(i)).length;
  const errors = [...top(exact, 100)].map((i) => Math.abs(estimate[i] - exact[i]) / exact[i]);
  console.log(
    `  exact betweenness would take ${ms.toFixed(0)} ms; sampled top 20 shares ${overlap(20)}/20 ` +
      `and top 100 ${overlap(100)}/100 with it; median error on the exact top 100 ` +
      `${(100 * errors.sort((a, b) => a - b)[50]).toFixed(1)}%`,
  );
}

function timeLayout(input: GraphInput): void {
  gc();
  let chunks = 0;
  const started = performance.now();
  runLayout({ ...input, positions: {}, pinned: [] }, () => chunks++);
  console.log(
    `layout: ${input.nodes.length} nodes / ${input.edges.length} edges, ` +
      `${defaultIterations(input.nodes.length)} ForceAtlas2 iterations in ${chunks} chunks: ` +
      `${(performance.now() - started).toFixed(0)} ms`,
  );
}

export function main(): void {
  const small = randomGraph(10_000, 30_000);
  compareWithExact(small, timePhases(small));
  timePhases(randomGraph(50_000, 150_000));
  timeLayout(randomGraph(5_000, 15_000));
}
