// The read side: a Solid store that mirrors the Y.Doc, updated only for the ids a transaction
// touched. Relations whose endpoint is gone (a concurrent delete on another peer) are kept out of
// it, so nothing downstream (graph, lists, exports) can show a dangling relation. Read-only: the
// setter never leaves this module; writes go through commands.
import { batch, createSignal, type Accessor } from 'solid-js';
import { createStore, reconcile, type Store } from 'solid-js/store';
import * as Y from 'yjs';
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
  /** Problems met while restoring what the document holds (a bad record from a peer or a file). */
  problems: Accessor<string[]>;
  onDiff(listener: (diff: ProjectionDiff) => void): () => void;
  dispose(): void;
}

export function createProjection(doc: Y.Doc): Projection {
  const roots = getRoots(doc);
  const [state, setState] = createStore<ProjectionState>({
    entities: {},
    relations: {},
    positions: {},
  });
  const [problems, setProblems] = createSignal<string[]>([]);
  const listeners = new Set<(diff: ProjectionDiff) => void>();
  // Every stored relation, visible or not, and which relations touch each entity id.
  const allRelations = new Map<string, Relation>();
  const relationsByEntity = new Map<string, Set<string>>();

  const report = (found: string[]) => {
    if (found.length > 0) setProblems((previous) => [...previous, ...found].slice(-100));
  };

  const readEntity = (id: string): Entity | null => {
    const raw = roots.entities.get(id);
    if (raw === undefined) return null;
    // Only a field map is an entity commands can edit and link: anything else is dropped here too.
    const restored = restoreEntity(id, raw instanceof Y.Map ? readEntityMap(raw) : null);
    report(restored.problems);
    return restored.value;
  };

  const indexRelation = (relation: Relation, add: boolean) => {
    for (const end of [relation.from, relation.to]) {
      let set = relationsByEntity.get(end);
      if (!set) relationsByEntity.set(end, (set = new Set()));
      if (add) set.add(relation.id);
      else set.delete(relation.id);
    }
  };

  const readRelation = (id: string): Relation | null => {
    const raw = roots.relations.get(id);
    if (raw === undefined) return null;
    const restored = restoreRelation(id, raw);
    report(restored.problems);
    return restored.value;
  };

  function apply(
    entityIds: Iterable<string>,
    relationIds: Iterable<string>,
    positionIds: Iterable<string>,
  ) {
    const diff: ProjectionDiff = {
      upsertedEntities: [],
      removedEntities: [],
      upsertedRelations: [],
      removedRelations: [],
      movedNodes: [],
    };
    const relationsToCheck = new Set(relationIds);
    batch(() => {
      for (const id of entityIds) {
        const entity = readEntity(id);
        const wasThere = id in state.entities;
        if (entity) {
          setState('entities', id, reconcile(entity));
          diff.upsertedEntities.push(id);
        } else if (wasThere) {
          setState('entities', id, undefined!);
          diff.removedEntities.push(id);
        }
        if (!!entity !== wasThere)
          relationsByEntity.get(id)?.forEach((relId) => relationsToCheck.add(relId));
      }
      for (const id of relationsToCheck) {
        const previous = allRelations.get(id);
        if (previous) indexRelation(previous, false);
        const relation = readRelation(id);
        if (relation) {
          allRelations.set(id, relation);
          indexRelation(relation, true);
        } else allRelations.delete(id);
        const visible =
          relation !== null && relation.from in state.entities && relation.to in state.entities;
        if (visible) {
          setState('relations', id, reconcile(relation));
          diff.upsertedRelations.push(id);
        } else if (id in state.relations) {
          setState('relations', id, undefined!);
          diff.removedRelations.push(id);
        }
      }
      for (const id of positionIds) {
        const position = restorePosition(roots.layout.get(id));
        if (position) {
          setState('positions', id, position);
          diff.movedNodes.push(id);
        } else if (id in state.positions) setState('positions', id, undefined!);
      }
    });
    const changed = Object.values(diff).some((list) => list.length > 0);
    if (changed) listeners.forEach((listener) => listener(diff));
  }

  const onEntities = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === roots.entities) event.changes.keys.forEach((_, key) => ids.add(key));
      else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
    apply(ids, [], []);
  };
  const onRelations = (event: Y.YMapEvent<unknown>) => apply([], event.keysChanged, []);
  const onLayout = (event: Y.YMapEvent<unknown>) => apply([], [], event.keysChanged);

  apply(roots.entities.keys(), roots.relations.keys(), roots.layout.keys());
  roots.entities.observeDeep(onEntities);
  roots.relations.observe(onRelations);
  roots.layout.observe(onLayout);

  return {
    state,
    problems,
    onDiff(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      roots.entities.unobserveDeep(onEntities);
      roots.relations.unobserve(onRelations);
      roots.layout.unobserve(onLayout);
      listeners.clear();
    },
  };
}
