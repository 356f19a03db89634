// What one tab chooses to see of the graph. Session state: it lives in a signal of the tab and is
// never written to the shared document.
import type { EntityType, RelationType } from '../model';

/** Years, inclusive. "As of year X" is { from: X, to: X }. */
export interface TimeFilter {
  from: number;
  to: number;
  /** Whether agreements with no year at all (no signing year, no period) stay visible. */
  includeUndated: boolean;
}

export interface FocusState {
  roots: string[];
  depth: 1 | 2 | 3;
}

export interface ViewFilters {
  hiddenEntityTypes: EntityType[];
  hiddenRelationTypes: RelationType[];
  /** Theme ids: keep only what concerns these themes (union of their scopes). */
  themes: string[];
  /** Organisation ids: keep only what concerns these organisations (union of their scopes). */
  organisations: string[];
  hideIsolated: boolean;
  time: TimeFilter | null;
  focus: FocusState | null;
  /** Nodes whose neighbours are added on top of the focus and the theme/organisation scopes. */
  expanded: string[];
  /** Nodes whose leaf neighbours are hidden. */
  collapsed: string[];
}

// Frozen to the arrays: filters are replaced, never edited, and a push into the shared default
// would leak into every tab state built from it.
const none = <T>() => Object.freeze([]) as unknown as T[];

export const NO_FILTERS: ViewFilters = Object.freeze({
  hiddenEntityTypes: none<EntityType>(),
  hiddenRelationTypes: none<RelationType>(),
  themes: none<string>(),
  organisations: none<string>(),
  hideIsolated: false,
  time: null,
  focus: null,
  expanded: none<string>(),
  collapsed: none<string>(),
});

/** True when anything is set, i.e. when at least one chip is shown. */
export function isFiltering(f: ViewFilters): boolean {
  return (
    f.hiddenEntityTypes.length > 0 ||
    f.hiddenRelationTypes.length > 0 ||
    f.themes.length > 0 ||
    f.organisations.length > 0 ||
    f.hideIsolated ||
    f.time !== null ||
    (f.focus !== null && f.focus.roots.length > 0) ||
    f.expanded.length > 0 ||
    f.collapsed.length > 0
  );
}
