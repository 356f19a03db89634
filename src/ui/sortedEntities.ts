// Each type's entities in name order, kept in order as the projection changes: an edit files only
// the entities it touched, by binary search, where sorting 50k names again with the Vietnamese
// collator takes about half a second.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { ENTITY_TYPES, type Entity, type EntityType } from '../model';
import type { Projection } from '../store';

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

export function createSortedEntities(projection: Projection): Accessor<EntitiesByType> {
  // Plain records: reading 50k of them through the store proxy costs several times more
  // (bench/visibility.ts measured it for the exploration).
  const entities = projection.plain.entities;
  // The snapshot each id is filed under, to find it again by its old name when it changes.
  const filed = new Map<string, Entity>();
  const sortAll = (): EntitiesByType => {
    filed.clear();
    const byType = {} as Record<EntityType, Entity[]>;
    for (const type of ENTITY_TYPES) byType[type] = [];
    for (const entity of Object.values(entities)) {
      byType[entity.type].push(entity);
      filed.set(entity.id, entity);
    }
    for (const list of Object.values(byType)) list.sort((a, b) => collator.compare(a.name, b.name));
    return byType;
  };
  const [sorted, setSorted] = createSignal(sortAll());

  const refile = (ids: string[]) => {
    const next = { ...sorted() } as Record<EntityType, Entity[]>;
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
      // A few edits are filed one by one; an import of thousands is cheaper sorted whole.
      if (ids.length * Math.log2(filed.size + 2) < filed.size) refile(ids);
      else setSorted(sortAll());
    }),
  );
  return sorted;
}
