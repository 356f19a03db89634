// The removable chips above the graph: one per thing filtered, so each can be taken off alone.
// Labels are messages, so a chip reads in the language current when it is shown.
import { message, type Message } from '../i18n/message';
import type { ViewFilters } from './viewFilters';

export interface FilterChip {
  /** Stable and unique among the chips of one filter state. */
  key: string;
  label: Message;
  /** The filters without this chip's item; `f` is not changed. */
  remove(f: ViewFilters): ViewFilters;
}

const without = <T>(items: readonly T[], item: T) => items.filter((other) => other !== item);

/** Years are names, not quantities: passed as strings so no locale writes "2.024". */
function timeLabel(t: NonNullable<ViewFilters['time']>): Message {
  const from = String(Math.min(t.from, t.to));
  const to = String(Math.max(t.from, t.to));
  const years =
    from === to
      ? message('explore.chips.asOf', { year: from })
      : message('explore.chips.signed', { from, to });
  return t.includeUndated ? message('explore.chips.undatedToo', { years }) : years;
}

function typeChips(f: ViewFilters): FilterChip[] {
  return [
    ...f.hiddenEntityTypes.map((type) => ({
      key: `entity-type:${type}`,
      label: message('explore.chips.hiddenTypes', { types: message(`common.types.${type}`) }),
      remove: (g: ViewFilters) => ({ ...g, hiddenEntityTypes: without(g.hiddenEntityTypes, type) }),
    })),
    ...f.hiddenRelationTypes.map((type) => ({
      key: `relation-type:${type}`,
      label: message('explore.chips.hiddenRelations', {
        relation: message(`common.relation.${type}`),
      }),
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
      label: message('explore.chips.theme', { name: names(id) }),
      remove: (g: ViewFilters) => ({ ...g, themes: without(g.themes, id) }),
    })),
    ...f.organisations.map((id) => ({
      key: `organisation:${id}`,
      label: message('explore.chips.organisation', { name: names(id) }),
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
      label: message('explore.chips.isolatedHidden'),
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
    label: message('explore.chips.focus', { name: names(id), depth: focus.depth }),
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
      label: message('explore.chips.expanded', { name: names(id) }),
      remove: (g: ViewFilters) => ({ ...g, expanded: without(g.expanded, id) }),
    })),
    ...f.collapsed.map((id) => ({
      key: `collapsed:${id}`,
      label: message('explore.chips.collapsed', { name: names(id) }),
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
