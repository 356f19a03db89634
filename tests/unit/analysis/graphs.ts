// Graph builders for the analysis tests: seeded random graphs, and small graphs whose answers are
// known by hand.
import type { GraphInput } from '../../../src/analysis/graphInput';
import { createSeededRandom } from '../../fixtures/seededRandom';

export const ids = (count: number, prefix = 'n') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** `edges` random pairs over `nodes` nodes: parallel edges, self-loops and isolated nodes included. */
export function randomGraph(nodes: number, edges: number, seed: number): GraphInput {
  const rng = createSeededRandom(seed);
  const names = ids(nodes);
  return {
    nodes: names,
    edges: Array.from(
      { length: edges },
      () => [rng.pick(names), rng.pick(names)] as [string, string],
    ),
  };
}

/** Every pair of the given nodes joined. */
export function clique(names: string[]): [string, string][] {
  return names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as [string, string]));
}

/** Two cliques of the given sizes joined by one edge between their first nodes. */
export function twoCliques(big: number, small: number): GraphInput {
  const a = ids(big, 'a');
  const b = ids(small, 'b');
  return { nodes: [...b, ...a], edges: [...clique(a), ...clique(b), [a[0], b[0]]] };
}
