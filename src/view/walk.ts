// Walks over masks of entity numbers (see frame.ts): hops from a set of starts, and the part_of
// chain of an organisation. Internal to the view layer.
import { neighbours, PART_OF, type Frame } from './frame';

/** Marks in a new mask every entity within `depth` hops of a start inside `nodes`, starts included. */
export function withinHops(
  frame: Frame,
  starts: readonly number[],
  nodes: Uint8Array,
  depth: number,
): Uint8Array {
  const reached = new Uint8Array(frame.size);
  for (const n of starts) reached[n] = 1;
  let frontier = [...starts];
  const out: number[] = [];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const n of frontier) {
      for (const other of neighbours(frame, n, nodes, out)) {
        if (reached[other] === 1) continue;
        reached[other] = 1;
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * Marks in `into` the organisations above `org` (following part_of from it) and below it
 * (following part_of to it), at any depth, inside `nodes`: the other units of its parent are
 * not part of its chain.
 */
export function markPartOfChain(frame: Frame, org: number, nodes: Uint8Array, into: Uint8Array) {
  const { start, incident, from, to, relationType } = frame.index;
  if (frame.hiddenRelation[PART_OF] === 1 || org >= frame.index.ids.length) return;
  for (const upward of [true, false]) {
    const seen = new Set<number>([org]);
    const queue = [org];
    while (queue.length > 0) {
      const n = queue.pop() as number;
      for (let p = start[n]; p < start[n + 1]; p++) {
        const k = incident[p];
        if (relationType[k] !== PART_OF || (upward ? from[k] : to[k]) !== n) continue;
        const next = upward ? to[k] : from[k];
        if (seen.has(next) || nodes[next] !== 1) continue;
        seen.add(next);
        into[next] = 1;
        queue.push(next);
      }
    }
  }
}
