// The Yjs document schema of one workspace. See the README's schema table; a test pins doc.toJSON().
//
//   entities : Y.Map<id, Y.Map<field, value>>  one nested map per entity, so two peers editing
//                                               different fields of one entity both keep their edit
//   relations: Y.Map<id, Relation>             plain values: relations are created and deleted far
//                                               more than edited, and plain values load ~2x faster
//   layout   : Y.Map<id, {x, y}>               node positions, shared so a team sees one picture
//   meta     : Y.Map<key, value>               schemaVersion, name
import * as Y from 'yjs';
import type { EntityFields } from '../model';

export const SCHEMA_VERSION = 1;

/** Origin of every user command: the only origin the undo manager tracks. */
export const LOCAL_ORIGIN = Symbol('concord.local');
/** Origin of bookkeeping writes that must not become undo steps (automatic layout positions). */
export const SYSTEM_ORIGIN = Symbol('concord.system');

export interface Roots {
  entities: Y.Map<Y.Map<unknown>>;
  relations: Y.Map<unknown>;
  layout: Y.Map<unknown>;
  meta: Y.Map<unknown>;
}

export function getRoots(doc: Y.Doc): Roots {
  return {
    entities: doc.getMap('entities'),
    relations: doc.getMap('relations'),
    layout: doc.getMap('layout'),
    meta: doc.getMap('meta'),
  };
}

/** Stamps an empty document with the schema version; a no-op on one that has it. */
export function initSchema(doc: Y.Doc): void {
  const { meta } = getRoots(doc);
  if (meta.get('schemaVersion') === undefined) {
    doc.transact(() => meta.set('schemaVersion', SCHEMA_VERSION), SYSTEM_ORIGIN);
  }
}

/** Arrays are stored as plain JSON values inside the field map: a list is edited as a whole. */
export function entityToYMap(fields: EntityFields): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export function readEntityMap(map: Y.Map<unknown>): Record<string, unknown> {
  return map.toJSON() as Record<string, unknown>;
}
