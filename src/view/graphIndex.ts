// The adjacency's numbered form: entities and relations as small integers, relation ends and
// types in typed arrays, and each entity's relations grouped in one array (compressed sparse
// rows). The view's passes walk these arrays instead of string-keyed records and sets, which
// at 150k relations is several times faster (bench/visibility.ts). Only ids are kept, not records.
import { RELATION_TYPES, type Relation } from '../model';

/** The type code of a relation type, or of an entity not in the data, that no filter knows. */
export const NO_TYPE = 255;
const RELATION_CODE = new Map<string, number>(RELATION_TYPES.map((type, code) => [type, code]));

export interface GraphIndex {
  /** Relation ids by number, in the order they were given. */
  relationIds: string[];
  /** Position in RELATION_TYPES of each relation's type. */
  relationType: Uint8Array;
  /** Entity numbers of each relation's ends. */
  from: Int32Array;
  to: Int32Array;
  /** Entity ids by number: every id found at a relation end. */
  ids: string[];
  numbers: Map<string, number>;
  /** The relations of entity n are incident[start[n]] … incident[start[n + 1] - 1]. */
  start: Int32Array;
  incident: Int32Array;
}

export const relationCode = (type: string): number => RELATION_CODE.get(type) ?? NO_TYPE;

/** Groups relation numbers by entity: counts, prefix sums, then one fill. */
function groupByEntity(from: Int32Array, to: Int32Array, entityCount: number) {
  const start = new Int32Array(entityCount + 1);
  for (let k = 0; k < from.length; k++) {
    start[from[k] + 1]++;
    if (to[k] !== from[k]) start[to[k] + 1]++;
  }
  for (let n = 0; n < entityCount; n++) start[n + 1] += start[n];
  const incident = new Int32Array(start[entityCount]);
  const next = start.slice(0, entityCount);
  for (let k = 0; k < from.length; k++) {
    incident[next[from[k]]++] = k;
    if (to[k] !== from[k]) incident[next[to[k]]++] = k;
  }
  return { start, incident };
}

export function buildIndex(relations: Iterable<Relation>): GraphIndex {
  const list: readonly Relation[] = Array.isArray(relations) ? relations : Array.from(relations);
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const numberOf = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) {
      n = ids.length;
      numbers.set(id, n);
      ids.push(id);
    }
    return n;
  };
  const from = new Int32Array(list.length);
  const to = new Int32Array(list.length);
  const relationType = new Uint8Array(list.length);
  const relationIds: string[] = new Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const relation = list[k];
    relationIds[k] = relation.id;
    from[k] = numberOf(relation.from);
    to[k] = numberOf(relation.to);
    relationType[k] = relationCode(relation.type);
  }
  const { start, incident } = groupByEntity(from, to, ids.length);
  return { relationIds, relationType, from, to, ids, numbers, start, incident };
}

/** The relation ids touching entity n, as the public Adjacency answers them. */
export function relationIdsOf(index: GraphIndex, n: number): string[] {
  const ids: string[] = [];
  for (let p = index.start[n]; p < index.start[n + 1]; p++)
    ids.push(index.relationIds[index.incident[p]]);
  return ids;
}
