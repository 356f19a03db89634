// The three layouts of one workspace in a Y.Doc that the load bench compares, and the two ways of
// reading a loaded doc back into plain records. All three use the root names of src/store/schema,
// and all keep layout positions as plain {x, y}, so only the entity and relation choice differs.
import { unwrap } from 'solid-js/store';
import * as Y from 'yjs';
import { restoreEntity, restorePosition, restoreRelation, type Relation } from '../src/model';
import { createProjection } from '../src/store/projection';
import { entityToYMap, storedRelation } from '../src/store/schema';
import type { Workspace } from './generateWorkspace';

export type RepresentationName = 'nested' | 'plain' | 'hybrid';

interface Representation {
  label: string;
  nestEntities: boolean;
  nestRelations: boolean;
}

export const REPRESENTATIONS: Record<RepresentationName, Representation> = {
  nested: { label: '(a) all nested Y.Maps', nestEntities: true, nestRelations: true },
  plain: { label: '(b) all plain values', nestEntities: false, nestRelations: false },
  hybrid: { label: '(c) hybrid = schema.ts', nestEntities: true, nestRelations: false },
};

/** What a read path restored; equal counts across variants show they did the same work. */
export interface ReadCounts {
  entities: number;
  relations: number;
  positions: number;
  problems: number;
}

function relationToYMap(relation: Relation): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(relation)) map.set(key, value);
  return map;
}

/**
 * Writes with the shapes the commands use (entityToYMap is what addEntity calls, storedRelation
 * what linkEntities stores; writePositions sets plain values). Not through the commands
 * themselves: linkEntities scans every relation for duplicates, which makes 200k links
 * quadratic, and createId is not seeded.
 */
export function writeWorkspace(doc: Y.Doc, workspace: Workspace, name: RepresentationName): void {
  const { nestEntities, nestRelations } = REPRESENTATIONS[name];
  const entities = doc.getMap<unknown>('entities');
  const relations = doc.getMap<unknown>('relations');
  const layout = doc.getMap<unknown>('layout');
  doc.transact(() => {
    for (const { id, fields } of workspace.entities) {
      entities.set(id, nestEntities ? entityToYMap(fields) : { ...fields });
    }
    for (const relation of workspace.relations) {
      relations.set(
        relation.id,
        nestRelations ? relationToYMap(relation) : storedRelation(relation),
      );
    }
    for (const [id, position] of workspace.positions) layout.set(id, { ...position });
  });
}

/** The stored form a peer or IndexedDB hands over: one encoded update of the whole doc. */
export function encodeWorkspace(workspace: Workspace, name: RepresentationName): Uint8Array {
  const doc = new Y.Doc();
  writeWorkspace(doc, workspace, name);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const plain = (raw: unknown) => (raw instanceof Y.Map ? raw.toJSON() : raw);

/**
 * Every record into a restored plain object, whatever its layout: the model's restore functions
 * over toJSON of a nested map, or over the stored value itself.
 */
export function readAllRecords(doc: Y.Doc): ReadCounts {
  const counts: ReadCounts = { entities: 0, relations: 0, positions: 0, problems: 0 };
  const tally = (
    restored: { value: unknown; problems: readonly unknown[] },
    key: 'entities' | 'relations',
  ) => {
    if (restored.value !== null) counts[key]++;
    counts.problems += restored.problems.length;
  };
  doc
    .getMap<unknown>('entities')
    .forEach((raw, id) => tally(restoreEntity(id, plain(raw)), 'entities'));
  doc
    .getMap<unknown>('relations')
    .forEach((raw, id) => tally(restoreRelation(id, plain(raw)), 'relations'));
  doc.getMap<unknown>('layout').forEach((raw) => {
    if (restorePosition(raw) !== null) counts.positions++;
  });
  return counts;
}

/**
 * The app's read path: createProjection restores every record into the Solid store. It accepts
 * only schema.ts's shapes (an entity must be a field map, a relation a plain value), so it can load
 * variant (c) alone. The count is taken afterwards, outside the timed region: unwrap walks every
 * record and Object.keys through the store's proxy runs a trap per key, costs no app path pays.
 */
export function readThroughProjection(doc: Y.Doc): () => ReadCounts {
  const projection = createProjection(doc);
  return () => {
    const { entities, relations, positions } = unwrap(projection.state);
    const counts = {
      entities: Object.keys(entities).length,
      relations: Object.keys(relations).length,
      positions: Object.keys(positions).length,
      problems: projection.problems().length,
    };
    projection.dispose();
    return counts;
  };
}
