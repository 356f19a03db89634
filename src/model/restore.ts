// Lenient reading of records that come from outside this tab's own commands: IndexedDB, a peer, a
// file. A bad field falls back to its default and is reported; a record that cannot stand (bad id,
// no name, impossible link) is dropped and reported. Nothing from outside is trusted as typed.
import { message, type Message } from '../i18n/message';
import { entityTypeOfId, isRelationId } from './ids';
import { MAX_NAME_LENGTH, MAX_SOURCE_TEXT_LENGTH } from './limits';
import { canLink, isRelationType } from './relationRules';
import { type Entity, type Position, type Provenance, type Relation } from './types';
import { entityDefaults, validateEntity, type EntityDraft } from './validate';

export interface Restored<T> {
  value: T | null;
  /** What was dropped or reset, for the person who reads the problems list. */
  problems: Message[];
}

const isObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/**
 * Runs the same checks as a person's input. A field that fails is reset to its default and
 * reported; a record whose name fails cannot stand and is dropped.
 */
export function restoreEntity(id: string, raw: unknown): Restored<Entity> {
  const type = entityTypeOfId(id);
  if (type === null) {
    return {
      value: null,
      problems: [message('entities.restore.malformedId', { id: id.slice(0, 80) })],
    };
  }
  if (!isObject(raw))
    return { value: null, problems: [message('entities.restore.notRecord', { id })] };
  if (raw.type !== undefined && raw.type !== type) {
    return {
      value: null,
      problems: [message('entities.restore.typeMismatch', { id, type: String(raw.type) })],
    };
  }
  let checked = validateEntity(type, raw as EntityDraft);
  // The checked fields are a new object: it becomes the record, with no copy.
  if (checked.ok) return { value: Object.assign(checked.value, { id }) as Entity, problems: [] };
  if (checked.errors.name) {
    return {
      value: null,
      problems: [message('entities.restore.badName', { id })],
    };
  }
  const defaults = entityDefaults(type) as Record<string, unknown>;
  const repaired: Record<string, unknown> = { ...raw };
  const fields = Object.keys(checked.errors).filter((field) => field in defaults);
  for (const field of fields) repaired[field] = defaults[field];
  checked = validateEntity(type, repaired as EntityDraft);
  if (!checked.ok)
    return { value: null, problems: [message('entities.restore.unrepairable', { id })] };
  return {
    value: { ...checked.value, id } as Entity,
    problems: fields.map((field) => message('entities.restore.fieldReset', { field, id })),
  };
}

function restoreProvenance(raw: unknown): Provenance | null {
  if (!isObject(raw)) return null;
  const { sourceId, start, end, quote } = raw;
  if (typeof sourceId !== 'string' || entityTypeOfId(sourceId) !== 'source') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if ((start as number) < 0 || (end as number) < (start as number)) return null;
  if (typeof quote !== 'string' || quote.length > MAX_SOURCE_TEXT_LENGTH) return null;
  return { sourceId, start: start as number, end: end as number, quote };
}

export function restoreRelation(id: string, raw: unknown): Restored<Relation> {
  if (!isRelationId(id))
    return {
      value: null,
      problems: [message('entities.restore.malformedRelationId', { id: id.slice(0, 80) })],
    };
  if (!isObject(raw))
    return { value: null, problems: [message('entities.restore.notRecord', { id })] };
  const { type, from, to } = raw;
  if (!isRelationType(type)) {
    return { value: null, problems: [message('entities.restore.unknownRelationType', { id })] };
  }
  const fromType = typeof from === 'string' ? entityTypeOfId(from) : null;
  const toType = typeof to === 'string' ? entityTypeOfId(to) : null;
  const relationType = type as Relation['type'];
  if (
    fromType === null ||
    toType === null ||
    from === to ||
    !canLink(relationType, fromType, toType)
  ) {
    return {
      value: null,
      problems: [message('entities.restore.impossibleLink', { id })],
    };
  }
  const problems: Message[] = [];
  const label =
    typeof raw.label === 'string' && raw.label.length <= MAX_NAME_LENGTH ? raw.label : '';
  if (raw.label !== undefined && label !== raw.label)
    problems.push(message('entities.restore.labelReset', { id }));
  const rawProvenance = Array.isArray(raw.provenance) ? raw.provenance : [];
  const provenance = rawProvenance
    .map(restoreProvenance)
    .filter((p): p is Provenance => p !== null);
  if (provenance.length !== rawProvenance.length)
    problems.push(message('entities.restore.provenanceDropped', { id }));
  return {
    value: { id, type: relationType, from: from as string, to: to as string, label, provenance },
    problems,
  };
}

export function restorePosition(raw: unknown): Position | null {
  if (!isObject(raw)) return null;
  const { x, y, pinned } = raw;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return null;
  // Only `true` pins: anything else a peer or a file wrote reads as not pinned.
  return pinned === true ? { x, y, pinned } : { x, y };
}
