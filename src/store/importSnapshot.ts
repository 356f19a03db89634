// Stores an imported workspace: into a new, empty document, or merged into the open one. Every
// record is checked first and nothing is written when one fails; then one transaction writes it
// all, so that an undoable import is one undo step. Merging never erases: an entity already here
// takes the file's non-empty fields and its aliases; an identical relation gains the file's
// provenance; a node that already has a position stays where it is.
import type * as Y from 'yjs';
import type { WorkspaceSnapshot } from '../exchange/snapshot';
import { message, type Message } from '../i18n/message';
import {
  entityTypeOfId,
  normalizeList,
  restorePosition,
  restoreRelation,
  uniteProvenance,
  validateEntity,
  type Entity,
  type EntityDraft,
  type EntityFields,
  type EntityType,
  type FieldErrors,
  type Position,
  type Relation,
} from '../model';
import { readEntity, storedLabel } from './commands';
import { fail, succeed, type CommandResult } from './result';
import {
  entityToYMap,
  getRoots,
  LOCAL_ORIGIN,
  storedRelation,
  SYSTEM_ORIGIN,
  writeEntityFields,
} from './schema';

export interface ImportSummary {
  added: number;
  updated: number;
  relationsAdded: number;
  relationsMerged: number;
}

type EntityPlan =
  | { kind: 'add'; id: string; fields: EntityFields }
  | { kind: 'update'; id: string; type: EntityType; changed: Record<string, unknown> };

interface Plan {
  entities: EntityPlan[];
  relations: Relation[];
  positions: [string, Position][];
  summary: ImportSummary;
}

export function importSnapshot(
  doc: Y.Doc,
  snapshot: WorkspaceSnapshot,
  options: { origin?: 'undoable' | 'system' } = {},
): CommandResult<ImportSummary> {
  const errors: FieldErrors = {};
  const entities = planEntities(doc, snapshot, errors);
  const relations = planRelations(doc, snapshot, errors);
  if (Object.keys(errors).length > 0) return fail(errors);
  const { layout } = getRoots(doc);
  const incoming = new Set(snapshot.entities.map((e) => e.id));
  // Through restorePosition, as every position read from outside: only `pinned: true` is kept.
  const positions = Object.entries(snapshot.positions).flatMap(([id, raw]) => {
    const position = incoming.has(id) && !layout.has(id) ? restorePosition(raw) : null;
    return position ? [[id, position] as [string, Position]] : [];
  });
  const plan: Plan = {
    entities: entities.plans,
    relations: relations.records,
    positions,
    summary: { ...entities.counts, ...relations.counts },
  };
  doc.transact(() => write(doc, plan), options.origin === 'system' ? SYSTEM_ORIGIN : LOCAL_ORIGIN);
  return succeed(plan.summary);
}

function write(doc: Y.Doc, plan: Plan) {
  const { entities, relations, layout } = getRoots(doc);
  for (const entity of plan.entities) {
    if (entity.kind === 'add') entities.set(entity.id, entityToYMap(entity.fields));
    else {
      const map = entities.get(entity.id)!;
      writeEntityFields(map, entity.type, entity.changed);
    }
  }
  for (const relation of plan.relations) relations.set(relation.id, storedRelation(relation));
  for (const [id, position] of plan.positions) layout.set(id, { ...position });
}

const MAX_ERRORS = 50;

function report(errors: FieldErrors, key: string, problem: Message) {
  if (Object.keys(errors).length < MAX_ERRORS && !(key in errors)) errors[key] = problem;
}

function planEntities(doc: Y.Doc, snapshot: WorkspaceSnapshot, errors: FieldErrors) {
  const plans: EntityPlan[] = [];
  const counts = { added: 0, updated: 0 };
  const seen = new Set<string>();
  for (const entity of snapshot.entities) {
    if (entityTypeOfId(entity.id) !== entity.type) {
      report(errors, entity.id, message('entities.import.idTypeMismatch', { name: entity.name }));
      continue;
    }
    if (seen.has(entity.id)) report(errors, entity.id, message('entities.import.idTwice'));
    seen.add(entity.id);
    const current = readEntity(doc, entity.id);
    const next = current ? mergedFields(current, entity) : entity;
    const checked = validateEntity(entity.type, next as EntityDraft);
    if (!checked.ok) {
      const problem = Object.values(checked.errors)[0];
      report(
        errors,
        entity.id,
        message('entities.import.entityProblem', { name: entity.name, problem }),
      );
      continue;
    }
    if (!current) {
      plans.push({ kind: 'add', id: entity.id, fields: checked.value });
      counts.added += 1;
      continue;
    }
    const changed = changedFields(current, checked.value);
    if (Object.keys(changed).length > 0) {
      plans.push({ kind: 'update', id: entity.id, type: current.type, changed });
      counts.updated += 1;
    }
  }
  return { plans, counts };
}

const isEmpty = (value: unknown) =>
  value === '' || value === null || value === false || (Array.isArray(value) && value.length === 0);

/**
 * The entity here, with the file's non-empty fields over it, and both lists of aliases; a name
 * the file changes stays as an alias, so that nothing is lost.
 */
function mergedFields(current: Entity, incoming: Entity): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(incoming)) {
    if (key !== 'id' && key !== 'type' && !isEmpty(value)) next[key] = value;
  }
  const aliases = [...current.aliases, current.name, ...incoming.aliases];
  next.aliases = normalizeList(aliases).filter((alias) => alias !== next.name);
  return next;
}

function changedFields(current: Entity, next: EntityFields): Record<string, unknown> {
  const before = current as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(after)
      .filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]))
      .map((key) => [key, after[key]]),
  );
}

/** The identity findIdenticalRelation uses: type, ends and stored label. */
const identityOf = (r: Pick<Relation, 'type' | 'from' | 'to' | 'label'>) =>
  JSON.stringify([r.type, r.from, r.to, storedLabel(r.type, r.label)]);

/**
 * The relations to write. Identical relations are found through one index over the document
 * (the same identity as findIdenticalRelation) rather than a scan per relation: an import of
 * 200k relations would otherwise compare every pair.
 */
function planRelations(doc: Y.Doc, snapshot: WorkspaceSnapshot, errors: FieldErrors) {
  const stored = storedRelations(doc);
  const byIdentity = new Map([...stored.values()].map((r) => [identityOf(r), r]));
  const incomingIds = new Set(snapshot.entities.map((e) => e.id));
  const exists = (id: string) => incomingIds.has(id) || readEntity(doc, id) !== null;
  const records = new Map<string, Relation>();
  const counts = { relationsAdded: 0, relationsMerged: 0 };
  for (const raw of snapshot.relations) {
    const restored = restoreRelation(raw.id, raw);
    const relation = restored.value;
    if (!relation || restored.problems.length > 0) {
      report(errors, raw.id, restored.problems[0] ?? message('entities.import.relationUnreadable'));
      continue;
    }
    if (!exists(relation.from) || !exists(relation.to)) {
      report(errors, raw.id, message('entities.import.relationEnds'));
      continue;
    }
    relation.label = storedLabel(relation.type, relation.label);
    const same = byIdentity.get(identityOf(relation)) ?? stored.get(relation.id);
    const next = same
      ? {
          ...relation,
          id: same.id,
          provenance: uniteProvenance(same.provenance, relation.provenance),
        }
      : relation;
    if (same) counts.relationsMerged += 1;
    else counts.relationsAdded += 1;
    if (same) byIdentity.delete(identityOf(same));
    byIdentity.set(identityOf(next), next);
    stored.set(next.id, next);
    if (!same || JSON.stringify(same) !== JSON.stringify(next)) records.set(next.id, next);
  }
  return { records: [...records.values()], counts };
}

/** Every readable relation stored here, by id. */
function storedRelations(doc: Y.Doc): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  getRoots(doc).relations.forEach((raw, id) => {
    const relation = restoreRelation(id, raw).value;
    if (relation) relations.set(id, relation);
  });
  return relations;
}
