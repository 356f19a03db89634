// The removable chips above the graph: one per thing filtered, so each can be taken off alone.
import { RELATION_RULES, type EntityType } from '../model';
import type { ViewFilters } from './viewFilters';

export interface FilterChip {
  /** Stable and unique among the chips of one filter state. */
  key: string;
  label: string;
  /** The filters without this chip's item; `f` is not changed. */
  remove(f: ViewFilters): ViewFilters;
}

/**
 * The plural of each type as the graph's legend writes it (ENTITY_LOOK in src/graph/style.ts); kept
 * here so the view layer needs only the model. A test holds the two tables together.
 */
export const ENTITY_TYPE_PLURALS: Record<EntityType, string> = {
  person: 'People',
  org: 'Organisations',
  agreement: 'Agreements',
  theme: 'Themes',
  source: 'Sources',
};

const without = <T>(items: readonly T[], item: T) => items.filter((other) => other !== item);

function timeLabel(t: NonNullable<ViewFilters['time']>): string {
  const from = Math.min(t.from, t.to);
  const to = Math.max(t.from, t.to);
  const years = from === to ? `As of ${from}` : `Signed ${from}–${to}`;
  return t.includeUndated ? `${years}, undated too` : years;
}

function typeChips(f: ViewFilters): FilterChip[] {
  return [
    ...f.hiddenEntityTypes.map((type) => ({
      key: `entity-type:${type}`,
      label: `Hidden: ${ENTITY_TYPE_PLURALS[type]}`,
      remove: (g: ViewFilters) => ({ ...g, hiddenEntityTypes: without(g.hiddenEntityTypes, type) }),
    })),
    ...f.hiddenRelationTypes.map((type) => ({
      key: `relation-type:${type}`,
      label: `Relations hidden: ${RELATION_RULES[type].verb}`,
      remove: (g: ViewFilters) => ({
        ...g,
        hiddenRelationTypes: without(g.hiddenRelationTypes, type),
      }),
    })),
  ];
}

function scopeChips(f: ViewFilters, names: (id: string) => string): FilterChip[] {
  return [
    ...f.themes.map((id) => ({
      key: `theme:${id}`,
      label: `Theme: ${names(id)}`,
      remove: (g: ViewFilters) => ({ ...g, themes: without(g.themes, id) }),
    })),
    ...f.organisations.map((id) => ({
      key: `organisation:${id}`,
      label: `Organisation: ${names(id)}`,
      remove: (g: ViewFilters) => ({ ...g, organisations: without(g.organisations, id) }),
    })),
  ];
}

function switchChips(f: ViewFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  if (f.time)
    chips.push({ key: 'time', label: timeLabel(f.time), remove: (g) => ({ ...g, time: null }) });
  if (f.hideIsolated)
    chips.push({
      key: 'isolated',
      label: 'Isolated hidden',
      remove: (g) => ({ ...g, hideIsolated: false }),
    });
  return chips;
}

/** One chip per focus root; taking off the last root ends the focus. */
function focusChips(f: ViewFilters, names: (id: string) => string): FilterChip[] {
  const focus = f.focus;
  if (!focus) return [];
  return focus.roots.map((id) => ({
    key: `focus:${id}`,
    label: `Focus: ${names(id)} (depth ${focus.depth})`,
    remove: (g: ViewFilters) => {
      const roots = without(g.focus?.roots ?? [], id);
      return { ...g, focus: g.focus && roots.length > 0 ? { ...g.focus, roots } : null };
    },
  }));
}

function nodeChips(f: ViewFilters, names: (id: string) => string): FilterChip[] {
  return [
    ...f.expanded.map((id) => ({
      key: `expanded:${id}`,
      label: `Expanded: ${names(id)}`,
      remove: (g: ViewFilters) => ({ ...g, expanded: without(g.expanded, id) }),
    })),
    ...f.collapsed.map((id) => ({
      key: `collapsed:${id}`,
      label: `Collapsed: ${names(id)}`,
      remove: (g: ViewFilters) => ({ ...g, collapsed: without(g.collapsed, id) }),
    })),
  ];
}

/** The chips for a filter state, in a fixed order: types, scopes, time, focus, expand/collapse. */
export function filterChips(f: ViewFilters, names: (id: string) => string): FilterChip[] {
  return [
    ...typeChips(f),
    ...scopeChips(f, names),
    ...switchChips(f),
    ...focusChips(f, names),
    ...nodeChips(f, names),
  ];
}
