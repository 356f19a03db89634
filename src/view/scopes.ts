// Theme and organisation scopes: "what concerns" a theme or an organisation, reaching through the
// agreements next to it to the parties, signers, attendees and sources around them.
import { AGREEMENT, neighbours, numbersOf, type Frame } from './frame';
import type { ViewFilters } from './viewFilters';
import { markPartOfChain } from './walk';

/**
 * Marks `n`, its neighbours, and the neighbours of every agreement among them. Nothing when `n`
 * is not in `nodes`: a theme hidden by type or time concerns nothing that is shown.
 */
function markThroughAgreements(frame: Frame, n: number, nodes: Uint8Array, into: Uint8Array) {
  if (nodes[n] !== 1) return;
  into[n] = 1;
  const agreements = new Set<number>();
  for (const neighbour of neighbours(frame, n, nodes, [])) {
    into[neighbour] = 1;
    if (frame.type[neighbour] === AGREEMENT) agreements.add(neighbour);
  }
  const out: number[] = [];
  for (const agreement of agreements)
    for (const party of neighbours(frame, agreement, nodes, out)) into[party] = 1;
}

/**
 * Theme T: T, every entity directly related to T, and the neighbours of the agreements among
 * those. Organisation O: the same (so who works with O through which programme shows), plus the
 * whole part_of chain above and below O. Direct part_of neighbours are neighbours already; the
 * chain adds the units of its units and the bodies above its parent.
 */
function markScope(frame: Frame, n: number, nodes: Uint8Array, into: Uint8Array, chain: boolean) {
  markThroughAgreements(frame, n, nodes, into);
  if (chain && nodes[n] === 1) markPartOfChain(frame, n, nodes, into);
}

function unionOfScopes(frame: Frame, ids: readonly string[], nodes: Uint8Array, chain: boolean) {
  const union = new Uint8Array(frame.size);
  for (const n of numbersOf(frame, ids)) markScope(frame, n, nodes, union, chain);
  return union;
}

/**
 * What the theme and organisation filters keep, inside `nodes` (the graph after the type,
 * relation and time filters): the union of the chosen themes' scopes, intersected with the union
 * of the chosen organisations' scopes. Null when neither filter is set.
 */
export function scopeMask(frame: Frame, nodes: Uint8Array, f: ViewFilters): Uint8Array | null {
  const themes = f.themes.length > 0 ? unionOfScopes(frame, f.themes, nodes, false) : null;
  if (f.organisations.length === 0) return themes;
  const orgs = unionOfScopes(frame, f.organisations, nodes, true);
  if (themes !== null) for (let n = 0; n < orgs.length; n++) orgs[n] &= themes[n];
  return orgs;
}
