// Every entity by type, with counts, a filter over names and aliases (diacritics ignored), and a
// name sort. Clicking a row selects the entity on the graph and opens its details.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { ENTITY_TYPES, entityMatches, foldForSearch, type Entity, type EntityType } from '../model';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function EntityList(props: {
  entities: Record<string, Entity>;
  selection: string[];
  onPick(id: string): void;
}) {
  const [filter, setFilter] = createSignal('');
  const [descending, setDescending] = createSignal(false);
  const groups = createMemo(() => {
    const query = foldForSearch(filter());
    const byType = new Map<EntityType, Entity[]>(ENTITY_TYPES.map((t) => [t, []]));
    for (const entity of Object.values(props.entities)) {
      if (entityMatches(entity, query)) byType.get(entity.type)!.push(entity);
    }
    const direction = descending() ? -1 : 1;
    return ENTITY_TYPES.map((type) => ({
      type,
      items: byType.get(type)!.sort((a, b) => direction * collator.compare(a.name, b.name)),
    }));
  });
  const total = () => groups().reduce((n, g) => n + g.items.length, 0);
  const selected = createMemo(() => new Set(props.selection));
  return (
    <aside class="sidebar" aria-label="Entities">
      <div class="sidebar-head">
        <input
          type="search"
          data-testid="list.filter"
          placeholder="Filter by name or alias…"
          aria-label="Filter entities"
          value={filter()}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <button
          data-testid="list.sort"
          title={descending() ? 'Sorted Z → A' : 'Sorted A → Z'}
          onClick={() => setDescending(!descending())}
        >
          {descending() ? 'Z→A' : 'A→Z'}
        </button>
      </div>
      <div class="entity-groups">
        <For each={groups()}>
          {(group) => (
            <Show when={group.items.length > 0}>
              <div class="group-title">
                <span class="swatch" style={{ background: ENTITY_LOOK[group.type].colour }} />
                {ENTITY_LOOK[group.type].plural}
                <span class="count" data-testid={`list.count.${group.type}`}>
                  {group.items.length}
                </span>
              </div>
              <For each={group.items}>
                {(entity) => (
                  <button
                    class="entity-row"
                    classList={{ selected: selected().has(entity.id) }}
                    data-testid="list.item"
                    data-entity-id={entity.id}
                    title={
                      entity.aliases.length > 0 ? `Also: ${entity.aliases.join('; ')}` : entity.name
                    }
                    onClick={() => props.onPick(entity.id)}
                  >
                    <span class="name">{entity.name}</span>
                  </button>
                )}
              </For>
            </Show>
          )}
        </For>
        <Show when={total() === 0}>
          <p class="list-empty">{filter() ? 'Nothing matches this filter.' : 'No entities yet.'}</p>
        </Show>
      </div>
    </aside>
  );
}
