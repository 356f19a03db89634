// One computation's numbering of the graph: the adjacency's entities, then the entities no
// relation touches, with each one's type code, and neighbour walks over masks (Uint8Array, 1 =
// in the set) of those numbers. Internal to the view layer.
import { ENTITY_TYPES, type Agreement, type RelationType } from '../model';
import type { GraphData } from './adjacency';
import { NO_TYPE, relationCode, type GraphIndex } from './graphIndex';

export const ENTITY_CODE = new Map<string, number>(ENTITY_TYPES.map((type, code) => [type, code]));
export const AGREEMENT = ENTITY_CODE.get('agreement') as number;
export const PART_OF = relationCode('part_of');

export interface Frame {
  index: GraphIndex;
  /** Numbers 0 … size - 1: the index's entities, then `loose`. */
  size: number;
  /** Entities in the data that no relation touches, numbered from index.ids.length on. */
  loose: string[];
  looseNumbers: Map<string, number>;
  /** Type code of each number (position in ENTITY_TYPES); NO_TYPE when not in the data. */
  type: Uint8Array;
  agreements: Array<{ n: number; record: Agreement }>;
  entityCount: number;
  /** 1 for each hidden relation type code. */
  hiddenRelation: Uint8Array;
}

interface EntityRead {
  type: Uint8Array;
  loose: string[];
  looseNumbers: Map<string, number>;
  agreements: Frame['agreements'];
  entityCount: number;
}

/** One pass over the data's entities: type codes by number, and those no relation touches. */
function readEntities(index: GraphIndex, data: GraphData): EntityRead {
  const indexed = new Uint8Array(index.ids.length).fill(NO_TYPE);
  const loose: string[] = [];
  const looseTypes: number[] = [];
  const agreements: Frame['agreements'] = [];
  let entityCount = 0;
  for (const id in data.entities) {
    const record = data.entities[id];
    const code = ENTITY_CODE.get(record.type) ?? NO_TYPE;
    let n = index.numbers.get(id);
    if (n === undefined) {
      n = index.ids.length + loose.length;
      loose.push(id);
      looseTypes.push(code);
    } else indexed[n] = code;
    if (record.type === 'agreement') agreements.push({ n, record });
    entityCount++;
  }
  const type = new Uint8Array(index.ids.length + loose.length);
  type.set(indexed);
  type.set(looseTypes, index.ids.length);
  const looseNumbers = new Map(loose.map((id, i) => [id, index.ids.length + i]));
  return { type, loose, looseNumbers, agreements, entityCount };
}

/**
 * Reading every entity is most of a computation's cost at 50k entities, and a filter change (a
 * time slider being dragged) does not change them. An adjacency is built once per projection
 * change set, entity changes included, so its read of the same entities record is reused for as
 * long as the adjacency lives.
 */
const entityReads = new WeakMap<GraphIndex, { entities: object; read: EntityRead }>();

function entitiesOf(index: GraphIndex, data: GraphData): EntityRead {
  const cached = entityReads.get(index);
  if (cached && cached.entities === data.entities) return cached.read;
  const read = readEntities(index, data);
  entityReads.set(index, { entities: data.entities, read });
  return read;
}

export function createFrame(
  index: GraphIndex,
  data: GraphData,
  hiddenRelationTypes: readonly RelationType[],
): Frame {
  const read = entitiesOf(index, data);
  const hiddenRelation = new Uint8Array(NO_TYPE + 1);
  for (const relationType of hiddenRelationTypes) hiddenRelation[relationCode(relationType)] = 1;
  return { index, size: read.type.length, ...read, hiddenRelation };
}

export function idOf(frame: Frame, n: number): string {
  const indexed = frame.index.ids.length;
  return n < indexed ? frame.index.ids[n] : frame.loose[n - indexed];
}

/** The number of an entity that is in the data, or -1. */
export function numberOf(frame: Frame, id: string): number {
  const n = frame.index.numbers.get(id) ?? frame.looseNumbers.get(id);
  return n === undefined || frame.type[n] === NO_TYPE ? -1 : n;
}

/** Numbers of the ids that are in the data, each once. */
export function numbersOf(frame: Frame, ids: readonly string[]): number[] {
  const found = new Set<number>();
  for (const id of ids) {
    const n = numberOf(frame, id);
    if (n >= 0) found.add(n);
  }
  return [...found];
}

/**
 * Fills `out` with the neighbours of n inside `nodes` over relations of a shown type, one entry
 * per relation (callers mark masks, so repeats are harmless and deduplicating would cost more).
 */
export function neighbours(frame: Frame, n: number, nodes: Uint8Array, out: number[]): number[] {
  out.length = 0;
  const { start, incident, from, to, relationType } = frame.index;
  if (n >= frame.index.ids.length) return out;
  for (let p = start[n]; p < start[n + 1]; p++) {
    const k = incident[p];
    if (frame.hiddenRelation[relationType[k]] === 1) continue;
    const other = from[k] === n ? to[k] : from[k];
    if (other !== n && nodes[other] === 1) out.push(other);
  }
  return out;
}
