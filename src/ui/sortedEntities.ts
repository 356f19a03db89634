// Each type's entities in name order, kept in order as the projection changes: an edit files only
// the entities it touched, by binary search, where sorting 50k names again with the Vietnamese
// collator takes about half a second.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { ENTITY_TYPES, type Entity, type EntityType } from '../model';
import type { Projection } from '../store';
import { sortInSlices } from './sortInSlices';

/** Immutable: a change hands out new arrays for the types it touched. */
export type EntitiesByType = Readonly<Record<EntityType, readonly Entity[]>>;

/** Vietnamese letter order, ignoring case and tones; numbers by value ("Tổ 2" before "Tổ 10"). */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The first index whose name sorts after `name` (or, with `orEqual`, not before it). */
function searchName(list: readonly Entity[], name: string, orEqual: boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = collator.compare(list[middle].name, name);
    if (order < 0 || (order === 0 && !orEqual)) low = middle + 1;
    else high = middle;
  }
  return low;
}

const byName = (a: Entity, b: Entity) => collator.compare(a.name, b.name);

/** Up to this many entities are sorted at once (about 10 ms); more are sorted in slices. */
const SORT_AT_ONCE = 5_000;

/**
 * Null until the first sort is done: a large workspace is sorted in slices after its first
 * frame. A later sort of everything (a large import) keeps the previous order on show until it
 * is done.
 */
export function createSortedEntities(
  projection: Projection,
  options: { sortAtOnce?: number } = {},
): Accessor<EntitiesByType | null> {
  const sortAtOnce = options.sortAtOnce ?? SORT_AT_ONCE;
  // Plain records: reading 50k of them through the store proxy costs several times more
  // (bench/visibility.ts measured it for the exploration).
  const entities = projection.plain.entities;
  // The snapshot each id is filed under, to find it again by its old name when it changes.
  const filed = new Map<string, Entity>();
  const [sorted, setSorted] = createSignal<EntitiesByType | null>(null);
  /**
   * Stops the sort in slices under way, if one is: its lists, not the ones on show, are then the
   * ones a change must reach.
   */
  let stopSorting: (() => void) | null = null;
  const sortAll = () => {
    stopSorting?.();
    stopSorting = null;
    filed.clear();
    const byType = {} as Record<EntityType, Entity[]>;
    for (const type of ENTITY_TYPES) byType[type] = [];
    for (const entity of projection.entityList()) {
      byType[entity.type].push(entity);
      filed.set(entity.id, entity);
    }
    if (filed.size <= sortAtOnce) {
      for (const list of Object.values(byType)) list.sort(byName);
      setSorted(byType);
      return;
    }
    stopSorting = sortInSlices(
      ENTITY_TYPES.map((type) => byType[type]),
      byName,
      (lists) => {
        stopSorting = null;
        const byTypeSorted = {} as Record<EntityType, Entity[]>;
        ENTITY_TYPES.forEach((type, at) => (byTypeSorted[type] = lists[at]));
        setSorted(byTypeSorted);
      },
    );
  };
  sortAll();

  const refile = (current: EntitiesByType, ids: string[]) => {
    const next = { ...current } as Record<EntityType, Entity[]>;
    const copied = new Set<EntityType>();
    const writable = (type: EntityType) => {
      if (!copied.has(type)) next[type] = next[type].slice();
      copied.add(type);
      return next[type];
    };
    for (const id of ids) {
      const old = filed.get(id);
      if (old) {
        const list = writable(old.type);
        const at = list.indexOf(old, searchName(list, old.name, true));
        if (at >= 0) list.splice(at, 1);
        filed.delete(id);
      }
      const entity = entities[id];
      if (entity) {
        const list = writable(entity.type);
        list.splice(searchName(list, entity.name, false), 0, entity);
        filed.set(id, entity);
      }
    }
    setSorted(next);
  };

  onCleanup(
    projection.onDiff(({ upsertedEntities, removedEntities }) => {
      const ids = [...upsertedEntities, ...removedEntities];
      if (ids.length === 0) return;
      // A few edits are filed one by one; an import of thousands is cheaper sorted whole. A
      // sort under way starts again, with the change.
      const current = sorted();
      if (current && !stopSorting && ids.length * Math.log2(filed.size + 2) < filed.size)
        refile(current, ids);
      else sortAll();
    }),
  );
  onCleanup(() => stopSorting?.());
  return sorted;
}
