// Every write to a workspace goes through these verbs. Each validates through the model, runs in
// one transaction with LOCAL_ORIGIN (one undo step), and answers a CommandResult. Commands called
// inside another command's transaction join it, so a composite action is still one undo step.
import * as Y from 'yjs';
import { message } from '../i18n/message';
import {
  canLink,
  createId,
  entityTypeOfId,
  isRelationType,
  MAX_NAME_LENGTH,
  normalizeLine,
  RELATION_RULES,
  restoreEntity,
  restorePosition,
  restoreRelation,
  validateEntity,
  type Entity,
  type EntityDraft,
  type EntityType,
  type FieldErrors,
  type Position,
  type Provenance,
  type Relation,
  type RelationType,
} from '../model';
import { fail, succeed, type CommandResult } from './result';
import {
  entityToYMap,
  getRoots,
  LOCAL_ORIGIN,
  readEntityMap,
  storedRelation,
  SYSTEM_ORIGIN,
  writeEntityFields,
} from './schema';

function entityMap(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const value = getRoots(doc).entities.get(id);
  return value instanceof Y.Map ? value : null;
}

/** The stored entity, restored; null when missing or unreadable. */
export function readEntity(doc: Y.Doc, id: string): Entity | null {
  const map = entityMap(doc, id);
  return map ? restoreEntity(id, readEntityMap(map)).value : null;
}

export function readRelation(doc: Y.Doc, id: string): Relation | null {
  const raw = getRoots(doc).relations.get(id);
  return raw === undefined ? null : restoreRelation(id, raw).value;
}

export function addEntity<T extends EntityType>(
  doc: Y.Doc,
  type: T,
  draft: EntityDraft<T>,
  options: { position?: Position } = {},
): CommandResult<string> {
  const checked = validateEntity(type, draft as EntityDraft);
  if (!checked.ok) return fail(checked.errors);
  const id = createId(type);
  doc.transact(() => {
    const { entities, layout } = getRoots(doc);
    entities.set(id, entityToYMap(checked.value));
    if (options.position) layout.set(id, { ...options.position });
  }, LOCAL_ORIGIN);
  return succeed(id);
}

/** Writes only the fields that changed, so a concurrent edit of another field survives. */
export function updateEntity(doc: Y.Doc, id: string, patch: EntityDraft): CommandResult<string> {
  const current = readEntity(doc, id);
  const map = entityMap(doc, id);
  if (!current || !map) return fail({ entity: message('entities.command.entityGone') });
  // A field given as undefined is left as it is, not reset to its default.
  const given = Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  );
  const checked = validateEntity(current.type, { ...current, ...given } as EntityDraft);
  if (!checked.ok) return fail(checked.errors);
  const next = checked.value as unknown as Record<string, unknown>;
  const before = current as unknown as Record<string, unknown>;
  const changed = Object.keys(next).filter(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(before[key]),
  );
  if (changed.length > 0) {
    doc.transact(() => {
      writeEntityFields(map, current.type, Object.fromEntries(changed.map((k) => [k, next[k]])));
    }, LOCAL_ORIGIN);
  }
  return succeed(id);
}

function relationIdsTouching(doc: Y.Doc, entityIds: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  getRoots(doc).relations.forEach((raw, relId) => {
    const r = raw as Partial<Relation> | null;
    if (r && (entityIds.has(r.from as string) || entityIds.has(r.to as string))) ids.push(relId);
  });
  return ids;
}

/**
 * Deletes entities and relations together; an entity's relations and position go with it in the
 * same transaction, so no peer ever receives a relation without its endpoint from us.
 */
export function deleteElements(doc: Y.Doc, ids: readonly string[]): CommandResult<number> {
  const { entities, relations, layout } = getRoots(doc);
  const entityIds = new Set(ids.filter((id) => entities.has(id)));
  const relationIds = new Set(ids.filter((id) => relations.has(id)));
  for (const relId of relationIdsTouching(doc, entityIds)) relationIds.add(relId);
  if (entityIds.size + relationIds.size === 0) return succeed(0);
  doc.transact(() => {
    for (const relId of relationIds) relations.delete(relId);
    for (const id of entityIds) {
      entities.delete(id);
      layout.delete(id);
    }
  }, LOCAL_ORIGIN);
  return succeed(entityIds.size + relationIds.size);
}

export interface RelationDraft {
  type: RelationType;
  from: string;
  to: string;
  label?: string;
  provenance?: Provenance[];
}

/** The label as a relation stores it: trimmed, and none for a type without a label meaning. */
export function storedLabel(type: RelationType, label = ''): string {
  return RELATION_RULES[type].labelMeaning ? normalizeLine(label) : '';
}

/** The id of a stored relation with the same type, ends and stored label, or null. */
export function findIdenticalRelation(
  doc: Y.Doc,
  relation: Pick<Relation, 'type' | 'from' | 'to' | 'label'>,
  ignoreId?: string,
): string | null {
  const label = storedLabel(relation.type, relation.label);
  let found: string | null = null;
  getRoots(doc).relations.forEach((raw, id) => {
    const r = raw as Relation | null; // a peer may have stored anything here
    if (
      found === null &&
      id !== ignoreId &&
      r &&
      r.type === relation.type &&
      r.from === relation.from &&
      r.to === relation.to &&
      (r.label ?? '') === label &&
      // Only a relation the projection can show: a record it hides must not block a new link.
      restoreRelation(id, raw).value !== null
    ) {
      found = id;
    }
  });
  return found;
}

function checkRelation(doc: Y.Doc, draft: RelationDraft, ignoreId?: string): FieldErrors {
  const fromType = entityTypeOfId(draft.from);
  const toType = entityTypeOfId(draft.to);
  if (!readEntity(doc, draft.from) || !readEntity(doc, draft.to) || !fromType || !toType) {
    return { to: message('entities.command.endsMissing') };
  }
  if (draft.from === draft.to) return { to: message('entities.command.selfLink') };
  if (!isRelationType(draft.type)) return { type: message('entities.command.unknownRelationType') };
  const verb = message(`common.relation.${draft.type}`);
  if (!canLink(draft.type, fromType, toType)) {
    return {
      type: message('entities.command.cannotLink', {
        from: message(`entities.typeWithArticle.${fromType}`),
        to: message(`entities.typeWithArticle.${toType}`),
        verb,
      }),
    };
  }
  const label = storedLabel(draft.type, draft.label);
  if (label.length > MAX_NAME_LENGTH)
    return { label: message('entities.command.labelTooLong', { max: MAX_NAME_LENGTH }) };
  const duplicate = findIdenticalRelation(doc, { ...draft, label }, ignoreId) !== null;
  return duplicate ? { to: message('entities.command.alreadyLinked', { verb }) } : {};
}

export function linkEntities(doc: Y.Doc, draft: RelationDraft): CommandResult<string> {
  const errors = checkRelation(doc, draft);
  if (Object.keys(errors).length > 0) return fail(errors);
  const id = createId('rel');
  const relation: Relation = {
    id,
    type: draft.type,
    from: draft.from,
    to: draft.to,
    label: storedLabel(draft.type, draft.label),
    provenance: (draft.provenance ?? []).map((p) => ({ ...p })),
  };
  doc.transact(() => getRoots(doc).relations.set(id, storedRelation(relation)), LOCAL_ORIGIN);
  return succeed(id);
}

/** Changes a relation's type, direction or label; the record is replaced as a whole. */
export function updateRelation(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<Relation, 'type' | 'from' | 'to' | 'label'>>,
): CommandResult<string> {
  const current = readRelation(doc, id);
  if (!current) return fail({ relation: message('entities.command.relationGone') });
  const next = { ...current, ...patch };
  const errors = checkRelation(doc, next, id);
  if (Object.keys(errors).length > 0) return fail(errors);
  next.label = storedLabel(next.type, next.label);
  doc.transact(() => getRoots(doc).relations.set(id, storedRelation(next)), LOCAL_ORIGIN);
  return succeed(id);
}

/** A user's drag: one undo step for all the nodes moved together. */
export function moveNodes(doc: Y.Doc, positions: Record<string, Position>): void {
  writePositions(doc, positions, LOCAL_ORIGIN);
}

/** Positions chosen by the automatic layout: kept, but not an undo step. */
export function storeLayoutPositions(doc: Y.Doc, positions: Record<string, Position>): void {
  writePositions(doc, positions, SYSTEM_ORIGIN);
}

/** Pins or unpins nodes (one undo step); a node with no stored position is pinned where given. */
export function setPinned(
  doc: Y.Doc,
  ids: readonly string[],
  pinned: boolean,
  drawnAt: Record<string, Position> = {},
): void {
  const { entities, layout } = getRoots(doc);
  doc.transact(() => {
    for (const id of ids) {
      const at = restorePosition(layout.get(id)) ?? drawnAt[id];
      if (!entities.has(id) || !at) continue;
      const { x, y } = at;
      layout.set(id, pinned ? { x, y, pinned: true } : { x, y });
    }
  }, LOCAL_ORIGIN);
}

function writePositions(doc: Y.Doc, positions: Record<string, Position>, origin: symbol): void {
  const { entities, layout } = getRoots(doc);
  const valid = Object.entries(positions).filter(
    ([id, p]) => entities.has(id) && Number.isFinite(p.x) && Number.isFinite(p.y),
  );
  if (valid.length === 0) return;
  doc.transact(() => {
    for (const [id, p] of valid) {
      const x = Math.round(p.x * 10) / 10;
      const y = Math.round(p.y * 10) / 10;
      // Moving a pinned node keeps it pinned at its new place.
      const pinned = restorePosition(layout.get(id))?.pinned === true;
      layout.set(id, pinned ? { x, y, pinned } : { x, y });
    }
  }, origin);
}

/** Runs several commands as one transaction, hence one undo step. */
export function runAsOneStep<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, LOCAL_ORIGIN);
  return result;
}

export function setWorkspaceName(doc: Y.Doc, name: string): void {
  doc.transact(() => getRoots(doc).meta.set('name', normalizeLine(name)), SYSTEM_ORIGIN);
}
