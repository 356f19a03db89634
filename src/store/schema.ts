// The Yjs document schema of one workspace. See the README's schema table; a test pins doc.toJSON().
//
//   entities : Y.Map<id, Y.Map<field, value>>  one nested map per entity, so two peers editing
//                                               different fields of one entity both keep their edit
//   relations: Y.Map<id, {type, from, to, …}>  plain values: relations are created and deleted far
//                                               more than edited, and plain values load ~2x faster
//
// Nothing a read can restore is stored: not an entity's type (its id's prefix says it), not a
// field at its default (an empty text or list, no date, false), not a relation's id (its key)
// or empty parts. Every read restores them (src/model/restore.ts), and each stored field is a
// Yjs item, or two strings, that every open decodes.
//   layout   : Y.Map<id, {x, y}>               node positions, shared so a team sees one picture
//   meta     : Y.Map<key, value>               schemaVersion, name
import * as Y from 'yjs';
import { entityDefaults, type EntityFields, type EntityType, type Relation } from '../model';

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
  writeEntityFields(map, fields.type, fields);
  return map;
}

/** The type, and a field at its default: what reading an entity restores when absent. */
function isRestored(key: string, value: unknown, defaults: Record<string, unknown>): boolean {
  if (key === 'type') return true;
  if (!(key in defaults)) return false;
  const fallback = defaults[key];
  return (
    value === fallback ||
    (Array.isArray(value) && Array.isArray(fallback) && value.length === 0 && fallback.length === 0)
  );
}

/**
 * Writes fields into an entity's map: a field at its default is deleted rather than stored, so
 * that a peer's concurrent edit of it to a value wins over the clearing.
 */
export function writeEntityFields(
  map: Y.Map<unknown>,
  type: EntityType,
  fields: Readonly<Record<string, unknown>>,
): void {
  const defaults = entityDefaults(type) as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (!isRestored(key, value, defaults)) map.set(key, value);
    // A map not yet in a document holds nothing to delete (and Yjs warns when one is read).
    else if (key !== 'type' && map.doc && map.has(key)) map.delete(key);
  }
}

/** A relation as it is stored: no id (it is the key), no empty label or provenance. */
export function storedRelation(relation: Omit<Relation, 'id'>): Record<string, unknown> {
  const { type, from, to, label, provenance } = relation;
  return {
    type,
    from,
    to,
    ...(label ? { label } : {}),
    ...(provenance.length > 0 ? { provenance } : {}),
  };
}

export function readEntityMap(map: Y.Map<unknown>): Record<string, unknown> {
  return map.toJSON() as Record<string, unknown>;
}
