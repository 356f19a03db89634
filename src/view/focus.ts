// Focus on a neighbourhood, expand a node's neighbours on top of it, collapse a node's leaves.
// All over masks of entity numbers (see frame.ts).
import { neighbours, numbersOf, type Frame } from './frame';
import { withinHops } from './walk';

/** `a` with the `extra` numbers added, as a new mask. */
export function withAdded(a: Uint8Array, extra: readonly number[]): Uint8Array {
  const copy = a.slice();
  for (const n of extra) copy[n] = 1;
  return copy;
}

/** Entities within `depth` hops of a root, walking inside `nodes` and the roots themselves. */
export function focusMask(
  frame: Frame,
  nodes: Uint8Array,
  roots: readonly number[],
  depth: number,
): Uint8Array {
  return withinHops(frame, roots, withAdded(nodes, roots), depth);
}

/**
 * Marks the neighbours (inside `nodes`) of every expanded node that is visible. Repeated until
 * nothing changes, so a node shown by another's expansion expands too, whatever the list order.
 */
export function expandInto(
  frame: Frame,
  visible: Uint8Array,
  expanded: readonly string[],
  nodes: Uint8Array,
): void {
  const pending = new Set(numbersOf(frame, expanded));
  const out: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const n of pending) {
      if (visible[n] !== 1) continue;
      pending.delete(n);
      changed = true;
      for (const neighbour of neighbours(frame, n, nodes, out)) visible[neighbour] = 1;
    }
  }
}

function isLeafOf(frame: Frame, n: number, node: number, visible: Uint8Array, out: number[]) {
  for (const other of neighbours(frame, n, visible, out)) if (other !== node) return false;
  return true;
}

/**
 * Hides, and answers, the leaves of every visible collapsed node: neighbours whose only visible
 * neighbour is that node. Leaves are found on the graph as it was before any of them went, so
 * the order of the list does not matter; collapsed nodes and `keep` (the focus roots) are never
 * hidden here.
 */
export function collapseLeaves(
  frame: Frame,
  visible: Uint8Array,
  collapsed: readonly string[],
  keep: readonly number[],
): number[] {
  const collapsing = new Set(numbersOf(frame, collapsed));
  const kept = new Set([...keep, ...collapsing]);
  const leaves: number[] = [];
  const around: number[] = [];
  const out: number[] = [];
  for (const node of collapsing) {
    if (visible[node] !== 1) continue;
    for (const n of neighbours(frame, node, visible, around))
      if (!kept.has(n) && isLeafOf(frame, n, node, visible, out)) leaves.push(n);
  }
  for (const n of leaves) visible[n] = 0;
  return leaves;
}
