// Which relations touch each entity, built once per projection change set, so that every filter,
// walk and path search reads an entity's neighbours in time proportional to them, not to the graph.
import type { Entity, Relation } from '../model';
import { buildIndex, relationIdsOf, type GraphIndex } from './graphIndex';

/** The records the view reads: the projection's state, or any snapshot of the same shape. */
export interface GraphData {
  entities: Readonly<Record<string, Entity>>;
  relations: Readonly<Record<string, Relation>>;
}

export interface Adjacency {
  /** Ids of the relations touching the entity, in either direction; empty when there are none. */
  relationsOf(id: string): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);
const indexes = new WeakMap<Adjacency, GraphIndex>();

/**
 * Indexes relations by both ends. Build a new one from the same relations as the GraphData it is
 * used with (`Object.values(state.relations)`) whenever the projection changes, entity-only
 * changes included: the view reads relations from it (one it lacks is never shown), and keeps
 * what it read of the entities for as long as it lives (see frame.ts).
 */
export function createAdjacency(relations: Iterable<Relation>): Adjacency {
  const index = buildIndex(relations);
  const adjacency: Adjacency = {
    relationsOf(id) {
      const n = index.numbers.get(id);
      return n === undefined ? NONE : relationIdsOf(index, n);
    },
  };
  indexes.set(adjacency, index);
  return adjacency;
}

/** The numbered index behind an adjacency; built from the data for one made elsewhere. */
export function indexOf(adjacency: Adjacency, data: GraphData): GraphIndex {
  return indexes.get(adjacency) ?? buildIndex(Object.values(data.relations));
}
