// Entity resolution's write: folds duplicates into the entity kept. Their relations move to it,
// their names become its aliases, its empty fields are filled from theirs, and they go, all in
// one transaction with LOCAL_ORIGIN: one undo step brings everything back.
import type * as Y from 'yjs';
import { message } from '../i18n/message';
import {
  entityDefaults,
  foldForSearch,
  normalizeList,
  restoreRelation,
  validateEntity,
  type Entity,
  type EntityDraft,
  type Provenance,
  type Relation,
  uniteProvenance,
} from '../model';
import { readEntity } from './commands';
import { fail, succeed, type CommandResult } from './result';
import { getRoots, LOCAL_ORIGIN, storedRelation, writeEntityFields } from './schema';

export interface MergeSummary {
  keepId: string;
  /** Entities merged into the kept one and deleted. */
  merged: number;
  /** Relations re-pointed to the kept entity. */
  moved: number;
  /** Relations that would have linked the kept entity to itself: deleted. */
  droppedSelfLoops: number;
  /** Relations that became copies of another: deleted, their provenance added to it. */
  united: number;
}

interface MergeInput {
  keep: Entity;
  merged: Entity[];
}

function sourceTextsDiffer(entities: Entity[]): boolean {
  const texts = entities.map((e) => (e.type === 'source' ? e.text : '')).filter((t) => t !== '');
  return new Set(texts).size > 1;
}

function readMergeInput(
  doc: Y.Doc,
  keepId: string,
  mergedIds: readonly string[],
): CommandResult<MergeInput> {
  const ids = [...new Set(mergedIds)];
  if (ids.length === 0) return fail({ merged: message('entities.merge.nothingChosen') });
  if (ids.includes(keepId)) return fail({ merged: message('entities.merge.intoItself') });
  const keep = readEntity(doc, keepId);
  if (!keep) return fail({ keep: message('entities.merge.keepGone') });
  const merged: Entity[] = [];
  for (const id of ids) {
    const entity = readEntity(doc, id);
    if (!entity) return fail({ merged: message('entities.merge.entityGone', { id }) });
    if (entity.type !== keep.type) {
      return fail({
        merged: message('entities.merge.typesDiffer', {
          name: entity.name,
          type: message(`entities.typeWithArticle.${entity.type}`),
          keepName: keep.name,
          keepType: message(`entities.typeWithArticle.${keep.type}`),
        }),
      });
    }
    merged.push(entity);
  }
  // A quote's character span points into its source's text; it must stay true after the merge.
  if (sourceTextsDiffer([keep, ...merged])) {
    return fail({ merged: message('entities.merge.sourceTextsDiffer') });
  }
  return succeed({ keep, merged });
}

/** `first` followed by those of `more` that differ from all before when folded for search. */
function uniteLines(first: readonly string[], more: readonly string[], exclude: string[] = []) {
  const seen = new Set([...first, ...exclude].map(foldForSearch));
  const result = [...first];
  for (const line of normalizeList(more)) {
    const key = foldForSearch(line);
    if (!seen.has(key)) {
      seen.add(key);
      result.push(line);
    }
  }
  return result;
}

// Filled together, so that a period never starts in one record and ends in another.
const FIELD_GROUPS = [['periodFrom', 'periodTo']];

const isEmptyValue = (value: unknown) => value === '' || value === null || value === false;

/** The type's single-valued fields other than notes, in groups that are filled as one. */
function scalarGroups(entity: Entity): string[][] {
  const defaults = entityDefaults(entity.type) as Record<string, unknown>;
  const keys = Object.keys(defaults).filter((k) => k !== 'notes' && !Array.isArray(defaults[k]));
  const grouped = FIELD_GROUPS.filter((group) => group.every((key) => keys.includes(key)));
  const loose = keys.filter((key) => !grouped.some((group) => group.includes(key)));
  return [...grouped, ...loose.map((key) => [key])];
}

function mergedFields(keep: Entity, merged: Entity[]): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...keep };
  const records = merged as unknown as Record<string, unknown>[];
  for (const group of scalarGroups(keep)) {
    if (!group.every((key) => isEmptyValue(fields[key]))) continue;
    const donor = records.find((record) => group.some((key) => !isEmptyValue(record[key])));
    if (donor) for (const key of group) fields[key] = donor[key];
  }
  const names = merged.flatMap((entity) => [entity.name, ...entity.aliases]);
  fields.aliases = uniteLines(keep.aliases, names, [keep.name]);
  if (keep.type === 'person') {
    const titles = merged.flatMap((entity) => (entity.type === 'person' ? entity.titles : []));
    fields.titles = uniteLines(keep.titles, titles);
  }
  const notes = [keep, ...merged].map((entity) => entity.notes).filter((n) => n.trim() !== '');
  fields.notes = [...new Set(notes)].join('\n\n');
  return fields;
}

/** The kept entity's fields that the merge changes, validated like any edit. */
function changedFields(keep: Entity, merged: Entity[]): CommandResult<Record<string, unknown>> {
  const checked = validateEntity(keep.type, mergedFields(keep, merged) as EntityDraft);
  if (!checked.ok) return fail(checked.errors);
  const next = checked.value as unknown as Record<string, unknown>;
  const before = keep as unknown as Record<string, unknown>;
  const changed = Object.keys(next).filter(
    (key) => JSON.stringify(next[key]) !== JSON.stringify(before[key]),
  );
  return succeed(Object.fromEntries(changed.map((key) => [key, next[key]])));
}

const relationKey = (r: Relation) => JSON.stringify([r.type, r.from, r.to, r.label]);

interface RelationPlan {
  put: Map<string, Relation>;
  remove: Set<string>;
  moved: number;
  droppedSelfLoops: number;
  united: number;
}

/** A relation with merged ids replaced by the kept one, in its ends and its provenance. */
function redirect(relation: Relation, keepId: string, mergedIds: ReadonlySet<string>): Relation {
  const to = (id: string) => (mergedIds.has(id) ? keepId : id);
  const provenance = relation.provenance.map((p) => ({ ...p, sourceId: to(p.sourceId) }));
  return {
    ...relation,
    from: to(relation.from),
    to: to(relation.to),
    provenance: uniteProvenance(provenance),
  };
}

/** Places one re-pointed relation: dropped as a self-loop, united with a copy, or moved. */
function place(plan: RelationPlan, kept: Map<string, Relation>, relation: Relation): void {
  if (relation.from === relation.to) {
    plan.remove.add(relation.id);
    plan.droppedSelfLoops += 1;
    return;
  }
  const existing = kept.get(relationKey(relation));
  if (!existing) {
    kept.set(relationKey(relation), relation);
    plan.put.set(relation.id, relation);
    plan.moved += 1;
    return;
  }
  const provenance = uniteProvenance(existing.provenance, relation.provenance);
  const united = { ...existing, provenance };
  kept.set(relationKey(united), united);
  if (provenance.length !== existing.provenance.length) plan.put.set(united.id, united);
  plan.remove.add(relation.id);
  plan.united += 1;
}

/** Whether a stored relation (read leniently: a peer may have stored anything) cites an id. */
function mentionsAny(raw: unknown, ids: ReadonlySet<string>): { ends: boolean; cites: boolean } {
  const r = (raw ?? {}) as { from?: unknown; to?: unknown; provenance?: unknown };
  const ends = ids.has(r.from as string) || ids.has(r.to as string);
  const cites =
    Array.isArray(r.provenance) &&
    r.provenance.some((p) => ids.has((p as Partial<Provenance> | null)?.sourceId as string));
  return { ends, cites };
}

function planRelations(doc: Y.Doc, keepId: string, mergedIds: ReadonlySet<string>): RelationPlan {
  const plan: RelationPlan = {
    put: new Map(),
    remove: new Set(),
    moved: 0,
    droppedSelfLoops: 0,
    united: 0,
  };
  // The relations of the kept entity that stay, by what would make another one a copy of them.
  const kept = new Map<string, Relation>();
  const moving: Relation[] = [];
  const keepSet = new Set([keepId]);
  getRoots(doc).relations.forEach((raw, id) => {
    const merged = mentionsAny(raw, mergedIds);
    if (!merged.ends && !merged.cites && !mentionsAny(raw, keepSet).ends) return;
    const relation = restoreRelation(id, raw).value;
    if (!relation) {
      if (merged.ends) plan.remove.add(id); // unreadable, and an end is going: as deleteElements
      return;
    }
    const next = redirect(relation, keepId, mergedIds);
    if (merged.ends) moving.push(next);
    else {
      if (merged.cites) plan.put.set(id, next);
      if (next.from === keepId || next.to === keepId) kept.set(relationKey(next), next);
    }
  });
  for (const relation of moving) place(plan, kept, relation);
  return plan;
}

/**
 * Merges `mergedIds` into `keepId` (all of one type) as one undo step. Relations are re-pointed;
 * one that would link the kept entity to itself is deleted, one that would copy another (same
 * type, ends and label) is deleted and its provenance added to that one. The merged names and
 * aliases become aliases, list fields are united, empty fields filled from the first merged
 * entity that has them, notes joined; merged entities and their positions are deleted.
 */
export function mergeEntities(
  doc: Y.Doc,
  keepId: string,
  mergedIds: readonly string[],
): CommandResult<MergeSummary> {
  const input = readMergeInput(doc, keepId, mergedIds);
  if (!input.ok) return input;
  const fields = changedFields(input.value.keep, input.value.merged);
  if (!fields.ok) return fields;
  const ids = new Set(input.value.merged.map((entity) => entity.id));
  const plan = planRelations(doc, keepId, ids);
  doc.transact(() => {
    const { entities, relations, layout } = getRoots(doc);
    for (const id of plan.remove) relations.delete(id);
    for (const [id, relation] of plan.put) relations.set(id, storedRelation(relation));
    const keepMap = entities.get(keepId);
    if (keepMap) writeEntityFields(keepMap, input.value.keep.type, fields.value);
    for (const id of ids) {
      entities.delete(id);
      layout.delete(id);
    }
  }, LOCAL_ORIGIN);
  const { moved, droppedSelfLoops, united } = plan;
  return succeed({ keepId, merged: ids.size, moved, droppedSelfLoops, united });
}
