// What the graph shows for a set of view filters: a few linear passes over the adjacency's
// numbered index (graphIndex.ts), strings only at the edges.
//
// The filters apply in this order, and combine with AND across kinds, OR within a kind:
//  1. entity types, and time (agreements outside the years, then what only they connect);
//  2. relation types: a relation is visible iff its type is shown and both its ends are visible;
//  3. theme and organisation scopes, computed on the graph left by 1–2 (see scopes.ts);
//  4. focus: within `depth` hops of a root, walking the graph left by 1–3; roots always stay;
//  4b. the overview, when a budget is given and 1–4 leave more than it: the most connected
//     entities within the budget, focus roots, expanded nodes and `keep` always included (see
//     overview.ts);
//  5. expanded nodes that are visible add their neighbours from the graph left by 1–2, so an
//     expansion can reach past a scope or the focus but never shows a hidden type or year;
//  6. hideIsolated: entities left with no visible relation go, focus roots excepted;
//  7. collapsed nodes that are visible hide their leaves (see focus.ts); the node itself stays.
import { indexOf, type Adjacency, type GraphData } from './adjacency';
import { collapseLeaves, expandInto, focusMask, withAdded } from './focus';
import { createFrame, ENTITY_CODE, idOf, numbersOf, type Frame } from './frame';
import { applyOverview, type Budget, type OverviewCut } from './overview';
import { scopeMask } from './scopes';
import { timeHiddenMask } from './timeFilter';
import type { ViewFilters } from './viewFilters';

export interface Visibility {
  entities: Set<string>;
  relations: Set<string>;
  hiddenEntityCount: number;
  hiddenRelationCount: number;
  /** What the overview cut, or null when it drew everything the filters let through. */
  overview: OverviewCut | null;
}

export interface VisibilityOptions {
  /** Draw at most this many elements (an overview); omit to draw all the filters let through. */
  budget?: Budget;
  /** Entities the overview always keeps: the selection, what search revealed. */
  keep?: readonly string[];
}

/** Step 1: entities in the data, of a shown type, that the time filter leaves. */
function baseMask(frame: Frame, f: ViewFilters): Uint8Array {
  const shownType = new Uint8Array(256);
  for (const code of ENTITY_CODE.values()) shownType[code] = 1;
  for (const type of f.hiddenEntityTypes) shownType[ENTITY_CODE.get(type) as number] = 0;
  const byTime = f.time ? timeHiddenMask(frame, f.time) : null;
  const base = new Uint8Array(frame.size);
  for (let n = 0; n < frame.size; n++)
    base[n] = shownType[frame.type[n]] & (byTime === null ? 1 : byTime[n] ^ 1);
  return base;
}

/** Step 2 over `visible`: the numbers of the visible relations; marks their ends in `linked`. */
function relationsBetween(frame: Frame, visible: Uint8Array, linked: Uint8Array): number[] {
  const { from, to, relationType } = frame.index;
  const shown: number[] = [];
  for (let k = 0; k < from.length; k++) {
    if (frame.hiddenRelation[relationType[k]] === 1) continue;
    if (visible[from[k]] !== 1 || visible[to[k]] !== 1) continue;
    shown.push(k);
    linked[from[k]] = 1;
    linked[to[k]] = 1;
  }
  return shown;
}

/** Steps 3–5: the scopes, the focus, the overview and the expansions, on top of the base. */
function narrowed(
  frame: Frame,
  base: Uint8Array,
  roots: number[],
  f: ViewFilters,
  options: VisibilityOptions,
) {
  const scoped = scopeMask(frame, base, f) ?? base;
  const visible =
    f.focus && roots.length > 0 ? focusMask(frame, scoped, roots, f.focus.depth) : scoped.slice();
  const overview = options.budget
    ? applyOverview(frame, visible, options.budget, [
        ...roots,
        ...numbersOf(frame, f.expanded),
        ...numbersOf(frame, options.keep ?? []),
      ])
    : null;
  if (f.expanded.length > 0) expandInto(frame, visible, f.expanded, withAdded(base, roots));
  return { visible, overview };
}

/** The ids behind the masks. Sets are built from arrays: V8 sizes them once instead of growing. */
function toVisibility(
  frame: Frame,
  visible: Uint8Array,
  relations: number[],
  overview: OverviewCut | null,
): Visibility {
  const entityIds: string[] = [];
  for (let n = 0; n < frame.size; n++) if (visible[n] === 1) entityIds.push(idOf(frame, n));
  const { relationIds: ids, from, to } = frame.index;
  const relationIds: string[] = [];
  for (const k of relations)
    if (visible[from[k]] === 1 && visible[to[k]] === 1) relationIds.push(ids[k]);
  return {
    entities: new Set(entityIds),
    relations: new Set(relationIds),
    hiddenEntityCount: frame.entityCount - entityIds.length,
    hiddenRelationCount: ids.length - relationIds.length,
    overview,
  };
}

/**
 * The entities and relations the graph shows for `filters`. Entities come from `data`, read once
 * per adjacency; relations come from the adjacency, which must be rebuilt from `data.relations`
 * whenever the projection changes (see createAdjacency). Linear in the graph. Pass plain records
 * (solid's `unwrap(state)`): reading 50k records through a store proxy costs more than the whole
 * computation, and inside a memo it subscribes to every record (bench/visibility.ts).
 */
export function computeVisibility(
  data: GraphData,
  adjacency: Adjacency,
  filters: ViewFilters,
  options: VisibilityOptions = {},
): Visibility {
  const frame = createFrame(indexOf(adjacency, data), data, filters.hiddenRelationTypes);
  const roots = filters.focus ? numbersOf(frame, filters.focus.roots) : [];
  const { visible, overview } = narrowed(frame, baseMask(frame, filters), roots, filters, options);
  const linked = new Uint8Array(frame.size);
  const relations = relationsBetween(frame, visible, linked);
  if (filters.hideIsolated) {
    for (const n of roots) linked[n] = 1;
    for (let n = 0; n < frame.size; n++) visible[n] &= linked[n];
  }
  if (filters.collapsed.length > 0) collapseLeaves(frame, visible, filters.collapsed, roots);
  return toVisibility(frame, visible, relations, overview);
}

const without = (ids: readonly string[], id: string) => ids.filter((other) => other !== id);
const including = (ids: readonly string[], id: string) =>
  ids.includes(id) ? [...ids] : [...ids, id];

/** Shows the node's neighbours on top of the focus and scopes, undoing a collapse of it. */
export function expandNode(f: ViewFilters, id: string): ViewFilters {
  return { ...f, expanded: including(f.expanded, id), collapsed: without(f.collapsed, id) };
}

/** Hides the node's leaves, undoing an expansion of it. */
export function collapseNode(f: ViewFilters, id: string): ViewFilters {
  return { ...f, expanded: without(f.expanded, id), collapsed: including(f.collapsed, id) };
}
