// Every entity by type, with counts, a filter over names and aliases (diacritics ignored), and a
// name sort. Clicking a row, or Enter on it, selects the entity on the graph and opens its
// details. Only the rows in view are in the DOM, spacers stand in for the others: 50k buttons
// took seconds to lay out, and seconds again on every edit.
import {
  createEffect,
  createMemo,
  createSignal,
  createUniqueId,
  For,
  on,
  onCleanup,
  onMount,
  Show,
} from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { n, t } from '../i18n';
import { ENTITY_TYPES, foldForSearch, type Entity, type SearchIndex } from '../model';
import type { Projection } from '../store';
import type { ListGeometry } from './listGeometry';
import { createSortedEntities } from './sortedEntities';
import { createWindowedList } from './windowedList';

// Fixed heights, given to the CSS from here so that spacers and rows agree to the pixel. A row is
// app.css's 14 px text at line height 1.4 plus 2 × 5 px padding: 29.6 px, which Chromium lays out
// as 29.59375 (its unit is 1/64 px). A title is 12 px at line height 1.5 plus 14 px of padding.
const GEOMETRY: ListGeometry = { rowHeight: 29.59375, titleHeight: 32 };
/** Rows kept beyond each edge of the view, so that a quick scroll does not uncover blank space. */
const OVERSCAN = 8 * GEOMETRY.rowHeight;

/** Arrow keys move one row, Home and End to the ends, across groups. */
const KEY_STEPS: Record<string, number> = {
  ArrowDown: 1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

export function EntityList(props: {
  projection: Projection;
  /** The session's name index: the filter reuses the spellings it has already folded. */
  search: SearchIndex;
  selection: string[];
  onPick(id: string): void;
  /** Ctrl (⌘) with a click, Enter or Space: adds the entity to the selection or takes it out. */
  onToggle(id: string): void;
}) {
  let scroller!: HTMLDivElement;
  let listbox!: HTMLDivElement;
  const idPrefix = createUniqueId();
  const [filter, setFilter] = createSignal('');
  const [descending, setDescending] = createSignal(false);
  // The list lives as long as its workspace session (App keys it on the session).
  // eslint-disable-next-line solid/reactivity
  const sorted = createSortedEntities(props.projection);
  /** Each type's entities as shown, in ENTITY_TYPES order. */
  const groups = createMemo((): (readonly Entity[])[] => {
    const query = foldForSearch(filter());
    const backwards = descending();
    return ENTITY_TYPES.map((type) => {
      const all = sorted()?.[type] ?? [];
      const shown = query === '' ? all : all.filter((e) => props.search.matches(e.id, query));
      return backwards ? [...shown].reverse() : shown;
    });
  });
  const total = () => groups().reduce((n, items) => n + items.length, 0);
  const selected = createMemo(() => new Set(props.selection));

  const view = createWindowedList({ groups, geometry: GEOMETRY, overscan: OVERSCAN });

  /** A focused row scrolled out of the DOM hands the focus to the list: the arrows carry on. */
  const keepFocusInList = (row: HTMLElement) =>
    onCleanup(() => {
      if (document.activeElement === row) listbox.focus({ preventScroll: true });
    });

  const rowElement = (id: string) =>
    [...listbox.querySelectorAll<HTMLElement>('[data-entity-id]')].find(
      (row) => row.dataset.entityId === id,
    );

  const onKeyDown = (event: KeyboardEvent) => {
    // Ctrl (⌘) with Enter or Space: the row's click would not say which keys were held.
    if ((event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key === ' ')) {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-entity-id]');
      if (row?.dataset.entityId) props.onToggle(row.dataset.entityId);
      event.preventDefault();
      return;
    }
    const steps = KEY_STEPS[event.key];
    if (steps === undefined) return;
    event.preventDefault();
    const next = view.rowAway(view.active() ?? view.tabStop(), steps);
    if (!next) return;
    view.setActive(next.id);
    view.reveal(next.id);
    rowElement(next.id)?.focus({ preventScroll: true });
  };

  // A selection made elsewhere (on the graph) is scrolled into view, and Tab comes back to it.
  createEffect(
    on(
      () => props.selection,
      (ids) => {
        const shown = ids.find(view.reveal);
        if (shown !== undefined) view.setActive(shown);
      },
      { defer: true },
    ),
  );

  onMount(() => view.attach(scroller));

  return (
    <aside class="sidebar" aria-label={t('entities.list.label')}>
      <div class="sidebar-head">
        <input
          type="search"
          data-testid="list.filter"
          placeholder={t('entities.list.filterPlaceholder')}
          aria-label={t('entities.list.filterLabel')}
          value={filter()}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <button
          data-testid="list.sort"
          title={t(
            descending() ? 'entities.list.sortedDescending' : 'entities.list.sortedAscending',
          )}
          onClick={() => setDescending(!descending())}
        >
          {descending() ? 'Z→A' : 'A→Z'}
        </button>
      </div>
      <div
        class="entity-groups"
        ref={scroller}
        style={{
          '--row-height': `${GEOMETRY.rowHeight}px`,
          '--group-title-height': `${GEOMETRY.titleHeight}px`,
        }}
      >
        <div
          class="entity-listbox"
          ref={listbox}
          role="listbox"
          aria-label={t('entities.list.label')}
          aria-multiselectable="true"
          tabIndex={-1}
          onKeyDown={onKeyDown}
        >
          <For each={ENTITY_TYPES}>
            {(type, g) => {
              const items = () => groups()[g()];
              const drawn = () => view.windows()[g()];
              const after = () => items().length - drawn().from - drawn().rows.length;
              return (
                <Show when={items().length > 0}>
                  <div class="entity-group" role="group" aria-labelledby={`${idPrefix}-${type}`}>
                    <div class="group-title" id={`${idPrefix}-${type}`}>
                      <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
                      {t(`common.types.${type}`)}
                      <span class="count" data-testid={`list.count.${type}`}>
                        {n(items().length)}
                      </span>
                    </div>
                    <div style={{ height: `${drawn().from * GEOMETRY.rowHeight}px` }} />
                    <For each={drawn().rows}>
                      {(entity, i) => (
                        <button
                          ref={keepFocusInList}
                          class="entity-row"
                          classList={{ selected: selected().has(entity.id) }}
                          role="option"
                          aria-selected={selected().has(entity.id)}
                          aria-setsize={items().length}
                          aria-posinset={drawn().from + i() + 1}
                          tabIndex={view.tabStop() === entity.id ? 0 : -1}
                          data-testid="list.item"
                          data-entity-id={entity.id}
                          title={
                            entity.aliases.length > 0
                              ? t('entities.list.also', { aliases: entity.aliases.join('; ') })
                              : entity.name
                          }
                          onFocus={() => view.setActive(entity.id)}
                          onClick={(e) =>
                            e.ctrlKey || e.metaKey
                              ? props.onToggle(entity.id)
                              : props.onPick(entity.id)
                          }
                        >
                          <span class="name">{entity.name}</span>
                        </button>
                      )}
                    </For>
                    <div style={{ height: `${after() * GEOMETRY.rowHeight}px` }} />
                  </div>
                </Show>
              );
            }}
          </For>
        </div>
        <Show when={total() === 0}>
          <p class="list-empty" data-testid="list.empty">
            {sorted() === null
              ? t('entities.list.sorting', { count: props.projection.entityCount() })
              : t(filter() ? 'entities.list.noMatch' : 'entities.list.empty')}
          </p>
        </Show>
      </div>
    </aside>
  );
}
