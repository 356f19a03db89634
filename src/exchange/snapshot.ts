// The one shape every import and export goes through: a workspace as plain data (name, entities,
// relations, positions), and what an import answers before anything is stored (its preview).
import type { Message } from '../i18n/message';
import { ENTITY_TYPES, type Entity, type EntityType, type Position, type Relation } from '../model';

export interface WorkspaceSnapshot {
  name: string;
  /** Every field, including a source's text, aliases and notes. */
  entities: Entity[];
  /** With their provenance. */
  relations: Relation[];
  /** By entity id; `pinned` is kept when a position has it. */
  positions: Record<string, Position>;
}

export type ImportFormat = 'concord-json' | 'csv' | 'gexf' | 'graphml' | 'cytoscape-json';

export type ImportCounts = Record<EntityType, number> & { relations: number };

export interface ImportPreview {
  /** False when `problems` is not empty: nothing may be stored. */
  ok: boolean;
  format: ImportFormat | null;
  /** Empty when not ok. */
  snapshot: WorkspaceSnapshot;
  /** Fatal, each a sentence naming the record or line. */
  problems: Message[];
  /** Not fatal: what was assumed or left out. */
  warnings: Message[];
  counts: ImportCounts;
}

/** Where the limits come from: a tab holds the whole file and its parse in memory at once. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ENTITIES = 200_000;
export const MAX_IMPORT_RELATIONS = 1_000_000;

/**
 * The workspace as plain data, from the projection's state. Records in the projection are
 * snapshots with a prototype of their own; spreading them gives plain objects, so that
 * `JSON.stringify` and deep equality see exactly the fields.
 */
export function snapshotOf(
  state: {
    entities: Record<string, Entity>;
    relations: Record<string, Relation>;
    positions: Record<string, Position>;
  },
  name: string,
): WorkspaceSnapshot {
  const positions: Record<string, Position> = {};
  for (const [id, position] of Object.entries(state.positions)) {
    if (state.entities[id]) positions[id] = { ...position };
  }
  return {
    name,
    entities: Object.values(state.entities).map(
      (e) => ({ ...e, aliases: [...e.aliases], ...listCopies(e) }) as Entity,
    ),
    relations: Object.values(state.relations).map((r) => ({
      ...r,
      provenance: r.provenance.map((p) => ({ ...p })),
    })),
    positions,
  };
}

const listCopies = (e: Entity) => (e.type === 'person' ? { titles: [...e.titles] } : {});

export function emptySnapshot(name = ''): WorkspaceSnapshot {
  return { name, entities: [], relations: [], positions: {} };
}

export function countsOf(snapshot: WorkspaceSnapshot): ImportCounts {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as ImportCounts;
  for (const entity of snapshot.entities) counts[entity.type] += 1;
  counts.relations = snapshot.relations.length;
  return counts;
}

/** A preview that stores nothing, with what is wrong. */
export function failedPreview(
  format: ImportFormat | null,
  problems: Message[],
  warnings: Message[] = [],
): ImportPreview {
  const snapshot = emptySnapshot();
  return { ok: false, format, snapshot, problems, warnings, counts: countsOf(snapshot) };
}
