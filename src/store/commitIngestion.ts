// Commits a reviewed article: its source, the accepted entities (new, or merged into existing
// ones), the relations between them and a `mentions` relation from the source to each, every
// relation carrying provenance (source, span, quote). One transaction, so one undo step; nothing
// is written when any new entity fails validation.
import type * as Y from 'yjs';
import { message } from '../i18n/message';
import {
  normalizeList,
  uniteProvenance,
  validateEntity,
  type EntityDraft,
  type EntityType,
  type Provenance,
  type Relation,
  type RelationType,
  type Span,
} from '../model';
import {
  addEntity,
  findIdenticalRelation,
  linkEntities,
  readEntity,
  readRelation,
  runAsOneStep,
  updateEntity,
} from './commands';
import { fail, succeed, type CommandErrors, type CommandResult } from './result';
import { getRoots, storedRelation } from './schema';

export interface IngestedEntity {
  /** A key local to this commit, used by relations. */
  ref: string;
  target:
    | { kind: 'new'; type: EntityType; fields: EntityDraft }
    | { kind: 'existing'; id: string; aliases: string[] };
  /** Where the article mentions it. */
  spans: Span[];
}

export interface IngestedRelation {
  type: RelationType;
  from: string;
  to: string;
  label?: string;
  spans: Span[];
}

export interface IngestionInput {
  source: { name: string; url?: string; published?: string; text: string };
  entities: IngestedEntity[];
  relations: IngestedRelation[];
}

export interface IngestionResult {
  sourceId: string;
  entityIds: Record<string, string>;
  relationCount: number;
  /** Relations that could not be made (their ends collapsed into one entity, or a rule refused). */
  skipped: string[];
}

const provenanceOf = (sourceId: string, text: string, spans: Span[]): Provenance[] =>
  spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .map((s) => ({ sourceId, start: s.start, end: s.end, quote: text.slice(s.start, s.end) }));

/** Checks every new entity before anything is written. */
function checkEntities(doc: Y.Doc, input: IngestionInput): CommandErrors | null {
  const source = validateEntity('source', { ...input.source });
  if (!source.ok) return { source: Object.values(source.errors)[0] };
  for (const entity of input.entities) {
    const { target } = entity;
    if (target.kind === 'existing' && !readEntity(doc, target.id)) {
      return { [entity.ref]: message('entities.command.mergeTargetGone') };
    }
    if (target.kind === 'new') {
      const checked = validateEntity(target.type, target.fields);
      if (!checked.ok) return { [entity.ref]: Object.values(checked.errors)[0] };
    }
  }
  return null;
}

/** Adds a relation, or unites its provenance with an identical one already stored. */
function linkOrAttest(doc: Y.Doc, relation: Omit<Relation, 'id'>): string | null {
  // A re-imported article attests the relation it already made instead of failing as a duplicate.
  const existingId = findIdenticalRelation(doc, relation);
  if (!existingId) {
    const linked = linkEntities(doc, relation);
    return linked.ok ? linked.value : null;
  }
  const { relations } = getRoots(doc);
  // Restored, as every read: a peer may have stored anything in the record found.
  const current = readRelation(doc, existingId);
  if (!current) return null;
  const provenance = uniteProvenance(current.provenance, relation.provenance);
  if (provenance.length > current.provenance.length)
    relations.set(existingId, storedRelation({ ...current, provenance }));
  return existingId;
}

function writeEntities(doc: Y.Doc, input: IngestionInput): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const entity of input.entities) {
    const { target } = entity;
    if (target.kind === 'new') {
      const added = addEntity(doc, target.type, target.fields);
      if (added.ok) ids[entity.ref] = added.value;
    } else {
      const current = readEntity(doc, target.id)!;
      const aliases = normalizeList([...current.aliases, ...target.aliases]).filter(
        (a) => a !== current.name,
      );
      if (aliases.length !== current.aliases.length) updateEntity(doc, target.id, { aliases });
      ids[entity.ref] = target.id;
    }
  }
  return ids;
}

export function commitIngestion(doc: Y.Doc, input: IngestionInput): CommandResult<IngestionResult> {
  const errors = checkEntities(doc, input);
  if (errors) return fail(errors);
  return runAsOneStep(doc, () => {
    const { text } = input.source;
    const sourceId = addEntity(doc, 'source', { ...input.source }) as { ok: true; value: string };
    const entityIds = writeEntities(doc, input);
    const skipped: string[] = [];
    let relationCount = 0;
    // One mentions relation per entity, however many candidates were merged into it.
    const mentionSpans = new Map<string, Span[]>();
    for (const entity of input.entities) {
      const id = entityIds[entity.ref];
      if (id) mentionSpans.set(id, [...(mentionSpans.get(id) ?? []), ...entity.spans]);
    }
    for (const [id, spans] of mentionSpans) {
      const provenance = provenanceOf(sourceId.value, text, spans);
      if (
        linkOrAttest(doc, { type: 'mentions', from: sourceId.value, to: id, label: '', provenance })
      )
        relationCount++;
    }
    for (const relation of input.relations) {
      const from = entityIds[relation.from];
      const to = entityIds[relation.to];
      const label = relation.label ?? '';
      const provenance = provenanceOf(sourceId.value, text, relation.spans);
      const made =
        from &&
        to &&
        from !== to &&
        linkOrAttest(doc, { type: relation.type, from, to, label, provenance });
      if (made) relationCount++;
      else skipped.push(`${relation.type} ${relation.from} → ${relation.to}`);
    }
    return succeed({ sourceId: sourceId.value, entityIds, relationCount, skipped });
  });
}
