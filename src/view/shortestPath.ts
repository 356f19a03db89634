// The shortest chain of relations between two entities: unweighted, ignoring direction, over what
// is visible when a Visibility is given, so hidden types, years and scopes are honoured.
import { indexOf, type Adjacency, type GraphData } from './adjacency';
import type { GraphIndex } from './graphIndex';
import type { Visibility } from './visibility';

export interface PathStep {
  entityId: string;
  /** The relation from the previous step; null for the first step. */
  via: string | null;
}

const UNREACHED = -1;
const START = -2;
const BARRED = -3;

function isAllowed(data: GraphData, allowed: Visibility | undefined, id: string): boolean {
  return data.entities[id] !== undefined && (!allowed || allowed.entities.has(id));
}

/** Walks back from `goal` along the relation each entity was reached by. */
function chainTo(index: GraphIndex, reachedBy: Int32Array, goal: number): PathStep[] {
  const steps: PathStep[] = [];
  for (let n = goal; ;) {
    const k = reachedBy[n];
    if (k === START) {
      steps.push({ entityId: index.ids[n], via: null });
      return steps.reverse();
    }
    steps.push({ entityId: index.ids[n], via: index.relationIds[k] });
    n = index.from[k] === n ? index.to[k] : index.from[k];
  }
}

/**
 * Breadth-first from `from`, stopping at `to`. Null when either end is missing or not allowed, or
 * when no chain joins them; a single step when they are the same entity. Among equally short
 * chains the one found first in the adjacency's order wins.
 */
export function shortestPath(
  data: GraphData,
  adjacency: Adjacency,
  from: string,
  to: string,
  allowed?: Visibility,
): PathStep[] | null {
  if (!isAllowed(data, allowed, from) || !isAllowed(data, allowed, to)) return null;
  if (from === to) return [{ entityId: from, via: null }];
  const index = indexOf(adjacency, data);
  const start = index.numbers.get(from);
  const goal = index.numbers.get(to);
  if (start === undefined || goal === undefined) return null;
  const reachedBy = new Int32Array(index.ids.length).fill(UNREACHED);
  reachedBy[start] = START;
  const queue = new Int32Array(index.ids.length);
  let tail = 0;
  queue[tail++] = start;
  for (let head = 0; head < tail; head++) {
    const n = queue[head];
    for (let p = index.start[n]; p < index.start[n + 1]; p++) {
      const k = index.incident[p];
      const next = index.from[k] === n ? index.to[k] : index.from[k];
      if (reachedBy[next] !== UNREACHED) continue;
      if (allowed) {
        // A visible relation has both ends visible; one not shown bars only itself.
        if (!allowed.relations.has(index.relationIds[k])) continue;
      } else if (data.entities[index.ids[next]] === undefined) {
        reachedBy[next] = BARRED;
        continue;
      }
      reachedBy[next] = k;
      if (next === goal) return chainTo(index, reachedBy, goal);
      queue[tail++] = next;
    }
  }
  return null;
}
