// The read side: a Solid store that mirrors the Y.Doc, updated once per transaction and only for
// the ids it touched. Relations whose endpoint is gone (a concurrent delete on another peer) are kept out of
// it, so nothing downstream (graph, lists, exports) can show a dangling relation. Read-only: the
// setter never leaves this module; writes go through commands.
import { batch, createSignal, type Accessor } from 'solid-js';
import { $RAW, createStore, type Store } from 'solid-js/store';
import * as Y from 'yjs';
import type { Message } from '../i18n/message';
import {
  restoreEntity,
  restorePosition,
  restoreRelation,
  type Entity,
  type Position,
  type Relation,
} from '../model';
import { getRoots, readEntityMap } from './schema';

export interface ProjectionState {
  entities: Record<string, Entity>;
  relations: Record<string, Relation>;
  positions: Record<string, Position>;
}

/** What one transaction changed in the projection: the graph adapter applies exactly this. */
export interface ProjectionDiff {
  upsertedEntities: string[];
  removedEntities: string[];
  upsertedRelations: string[];
  removedRelations: string[];
  movedNodes: string[];
}

export interface Projection {
  state: Store<ProjectionState>;
  /**
   * The same records without the store's proxy: the object the store writes into. For readers
   * that walk every record (the view, metrics, the adapter) and track changes through onDiff;
   * solid's unwrap would walk all of them first to find out there is nothing to unwrap.
   */
  plain: ProjectionState;
  /** How many entities the store holds; changes only when one appears or goes. */
  entityCount: Accessor<number>;
  /** Changes whenever an entity is added, edited or removed: to track entityList(). */
  entityVersion: Accessor<number>;
  /** How many records the store holds. Not reactive: read it after a diff or under a signal. */
  size(): { entities: number; relations: number };
  /**
   * The records as new arrays, in the store's order, from maps kept beside it. Object.values over
   * the records costs far more at this size: a dictionary's values come out sorted by when they
   * were added, 60 ms for 150k relations. Not reactive, like `plain`.
   */
  entityList(): Entity[];
  relationList(): Relation[];
  /** Their ids, the same way. */
  entityIds(): string[];
  relationIds(): string[];
  /**
   * The shown relations with this entity at either end, from an index kept beside the store:
   * reactive to relation changes only, so editing an entity's fields does not re-run it, and
   * O(degree) instead of a walk over every relation.
   */
  relationsOf(entityId: string): Relation[];
  /** Problems met while restoring what the document holds (a bad record from a peer or a file). */
  problems: Accessor<Message[]>;
  onDiff(listener: (diff: ProjectionDiff) => void): () => void;
  dispose(): void;
}

/**
 * Records in the store are immutable snapshots: a change replaces the whole record, and readers
 * track it through its key (`state.entities[id]`). Giving them a prototype of their own makes
 * Solid treat them as opaque values, so it neither proxies nor deep-walks them: `unwrap` inside
 * createStore and setState walked every field of every record, over a second per load at 200k
 * relations (bench:load). They still read, spread and serialise as plain objects.
 */
const SNAPSHOT_PROTOTYPE: object = Object.freeze(Object.create(Object.prototype));

/** Gives a record just restored (a new object, never shared) the snapshot prototype, in place. */
function snapshot<T extends object>(record: T): T {
  return Object.setPrototypeOf(record, SNAPSHOT_PROTOTYPE) as T;
}

export function createProjection(doc: Y.Doc): Projection {
  const roots = getRoots(doc);
  const [problems, setProblems] = createSignal<Message[]>([]);
  const listeners = new Set<(diff: ProjectionDiff) => void>();
  // The stored relations that are readable but not shown, for an end that is not (yet) there.
  const hiddenRelations = new Map<string, Relation>();
  // What the store holds, kept beside it: asking the store proxy is far slower at 100k records,
  // and a map lists its values far faster than a record with as many keys.
  const shownEntities = new Map<string, Entity>();
  const shownRelations = new Map<string, Relation>();
  const shownPositions = new Map<string, Position>();
  // The shown relations by each of their ends, for relationsOf: built on its first call (the
  // details panel), not on the open path, then kept up to date.
  let relationsByEntity: Map<string, Set<string>> | null = null;
  const index = (relation: Relation, add: boolean) => {
    if (!relationsByEntity) return;
    for (const end of [relation.from, relation.to]) {
      const ids = relationsByEntity.get(end);
      if (add) {
        if (ids) ids.add(relation.id);
        else relationsByEntity.set(end, new Set([relation.id]));
      } else if (ids?.delete(relation.id) && ids.size === 0) relationsByEntity.delete(end);
    }
  };
  const indexRelations = () => {
    relationsByEntity = new Map();
    for (const relation of shownRelations.values()) index(relation, true);
    return relationsByEntity;
  };

  const report = (found: Message[]) => {
    if (found.length > 0) setProblems((previous) => [...previous, ...found].slice(-100));
  };

  const readEntity = (id: string, raw: unknown = roots.entities.get(id)): Entity | null => {
    if (raw === undefined) return null;
    // Only a field map is an entity commands can edit and link: anything else is dropped here too.
    const restored = restoreEntity(id, raw instanceof Y.Map ? readEntityMap(raw) : null);
    report(restored.problems);
    return restored.value;
  };

  /** Re-reads a relation; answers it when both its ends are shown. */
  const refreshRelation = (id: string, raw = roots.relations.get(id)): Relation | null => {
    const restored = raw === undefined ? null : restoreRelation(id, raw);
    if (restored) report(restored.problems);
    const relation = restored?.value ?? null;
    const shown =
      relation !== null && shownEntities.has(relation.from) && shownEntities.has(relation.to);
    if (relation && !shown) hiddenRelations.set(id, relation);
    else if (hiddenRelations.size > 0) hiddenRelations.delete(id);
    return shown ? relation : null;
  };

  // The first read builds plain objects and hands them to the store whole: no per-record writes.
  const initial: ProjectionState = { entities: {}, relations: {}, positions: {} };
  roots.entities.forEach((raw, id) => {
    const entity = readEntity(id, raw);
    if (entity) {
      const record = snapshot(entity);
      initial.entities[id] = record;
      shownEntities.set(id, record);
    }
  });
  // forEach hands each value over with its key: no second lookup per relation.
  roots.relations.forEach((raw, id) => {
    const relation = refreshRelation(id, raw);
    if (relation) {
      const record = snapshot(relation);
      initial.relations[id] = record;
      shownRelations.set(id, record);
    }
  });
  roots.layout.forEach((raw, id) => {
    const position = restorePosition(raw);
    if (position) {
      const record = snapshot(position);
      initial.positions[id] = record;
      shownPositions.set(id, record);
    }
  });
  // createStore unwraps its initial value, which lists the property descriptors of every key of
  // every collection (110k at 10k entities + 100k relations, a fifth of the projection's build).
  // Marked as already raw (solid-js/store's own marker), the collections end that walk at once;
  // the store reads and writes them as before.
  for (const collection of [initial.entities, initial.relations, initial.positions])
    Object.defineProperty(collection, $RAW, { value: collection });
  const [state, setState] = createStore<ProjectionState>(initial);
  const [entityCount, setEntityCount] = createSignal(shownEntities.size);
  const [entityVersion, setEntityVersion] = createSignal(0);
  const [relationsVersion, setRelationsVersion] = createSignal(0);
  // Solid's path types cannot follow a collection chosen at run time; the three share one shape.
  const write = setState as unknown as (
    collection: keyof ProjectionState,
    id: string,
    value: unknown,
  ) => void;

  /** Puts a record in, replacing any previous snapshot of it, or takes it out. */
  function put<K extends keyof ProjectionState>(
    collection: K,
    shown: Map<string, ProjectionState[K][string]>,
    id: string,
    value: ProjectionState[K][string] | null,
  ): 'upserted' | 'removed' | null {
    if (value) {
      const record = snapshot(value);
      write(collection, id, record);
      shown.set(id, record);
      return 'upserted';
    }
    if (!shown.delete(id)) return null;
    write(collection, id, undefined);
    return 'removed';
  }

  function apply(entityIds: Set<string>, relationIds: Set<string>, positionIds: Set<string>) {
    const diff: ProjectionDiff = {
      upsertedEntities: [],
      removedEntities: [],
      upsertedRelations: [],
      removedRelations: [],
      movedNodes: [],
    };
    batch(() => {
      const appearedOrWent = new Set<string>();
      for (const id of entityIds) {
        const wasShown = shownEntities.has(id);
        const outcome = put('entities', shownEntities, id, readEntity(id));
        if (outcome === 'upserted') diff.upsertedEntities.push(id);
        if (outcome === 'removed') diff.removedEntities.push(id);
        if (shownEntities.has(id) !== wasShown) appearedOrWent.add(id);
      }
      // An entity appearing or going changes whether its relations can be shown. One pass over
      // the relations per such transaction costs milliseconds even at 200k relations.
      if (appearedOrWent.size > 0) {
        for (const relations of [shownRelations, hiddenRelations])
          for (const relation of relations.values())
            if (appearedOrWent.has(relation.from) || appearedOrWent.has(relation.to))
              relationIds.add(relation.id);
      }
      for (const id of relationIds) {
        const previous = initial.relations[id];
        if (previous) index(previous, false);
        const outcome = put('relations', shownRelations, id, refreshRelation(id));
        if (outcome === 'upserted') index(initial.relations[id], true);
        if (outcome === 'upserted') diff.upsertedRelations.push(id);
        if (outcome === 'removed') diff.removedRelations.push(id);
      }
      for (const id of positionIds) {
        const outcome = put('positions', shownPositions, id, restorePosition(roots.layout.get(id)));
        if (outcome === 'upserted') diff.movedNodes.push(id);
      }
      setEntityCount(shownEntities.size);
      if (diff.upsertedEntities.length + diff.removedEntities.length > 0)
        setEntityVersion((version) => version + 1);
      if (diff.upsertedRelations.length + diff.removedRelations.length > 0)
        setRelationsVersion((version) => version + 1);
    });
    if (Object.values(diff).some((list) => list.length > 0))
      listeners.forEach((listener) => listener(diff));
  }

  // Observers only note what changed; the whole transaction is applied once, after all of them.
  const pending = {
    entities: new Set<string>(),
    relations: new Set<string>(),
    positions: new Set<string>(),
  };
  const onEntities = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === roots.entities)
        event.changes.keys.forEach((_, key) => pending.entities.add(key));
      else if (typeof event.path[0] === 'string') pending.entities.add(event.path[0]);
    }
  };
  const onRelations = (event: Y.YMapEvent<unknown>) =>
    event.keysChanged.forEach((k) => pending.relations.add(k));
  const onLayout = (event: Y.YMapEvent<unknown>) =>
    event.keysChanged.forEach((k) => pending.positions.add(k));
  const onAfterTransaction = () => {
    const { entities, relations, positions } = pending;
    if (entities.size + relations.size + positions.size === 0) return;
    pending.entities = new Set();
    pending.relations = new Set();
    pending.positions = new Set();
    apply(entities, relations, positions);
  };
  roots.entities.observeDeep(onEntities);
  roots.relations.observe(onRelations);
  roots.layout.observe(onLayout);
  doc.on('afterTransaction', onAfterTransaction);

  return {
    state,
    plain: initial,
    entityCount,
    entityVersion,
    size: () => ({ entities: shownEntities.size, relations: shownRelations.size }),
    entityList: () => [...shownEntities.values()],
    relationList: () => [...shownRelations.values()],
    entityIds: () => [...shownEntities.keys()],
    relationIds: () => [...shownRelations.keys()],
    relationsOf(entityId) {
      relationsVersion();
      const ids = (relationsByEntity ?? indexRelations()).get(entityId);
      return ids ? [...ids].map((id) => initial.relations[id]) : [];
    },
    problems,
    onDiff(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      roots.entities.unobserveDeep(onEntities);
      roots.relations.unobserve(onRelations);
      roots.layout.unobserve(onLayout);
      doc.off('afterTransaction', onAfterTransaction);
      listeners.clear();
    },
  };
}
