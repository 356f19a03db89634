// Strict checks on what a person enters. A failed check names the field and says what is wrong, so
// the form can show it inline; nothing is stored.
import { isValidFullDate, isValidPartialDate } from './dates';
import {
  MAX_ITEMS,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SOURCE_TEXT_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
} from './limits';
import { normalizeLine, normalizeList, normalizeText } from './text';
import type { Entity, EntityOf, EntityType } from './types';

export type FieldErrors = Record<string, string>;
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** What a form or importer supplies for an entity of type T: any field may be left out. */
export type EntityDraft<T extends EntityType = EntityType> = T extends EntityType
  ? Partial<Omit<EntityOf<T>, 'id' | 'type'>>
  : never;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An entity without its id: what a command stores. */
export type EntityFields = DistributiveOmit<Entity, 'id'>;

const DEFAULTS: { [T in EntityType]: Omit<EntityOf<T>, 'id' | 'type' | 'name'> } = {
  person: { aliases: [], notes: '', rank: '', titles: [] },
  org: { aliases: [], notes: '', kind: '' },
  agreement: {
    aliases: [],
    notes: '',
    kind: '',
    signed: '',
    periodFrom: null,
    periodTo: null,
    items: null,
    summary: '',
  },
  theme: { aliases: [], notes: '', campaign: false },
  source: { aliases: [], notes: '', url: '', published: '', text: '' },
};

export function entityDefaults<T extends EntityType>(
  type: T,
): Omit<EntityOf<T>, 'id' | 'type' | 'name'> {
  // The defaults are values and empty lists: a copy with new lists is enough. structuredClone,
  // called several times per entity, took a fifth of checking a 200k-entity import.
  const copy: Record<string, unknown> = { ...DEFAULTS[type] };
  for (const [key, value] of Object.entries(copy)) if (Array.isArray(value)) copy[key] = [...value];
  return copy as Omit<EntityOf<T>, 'id' | 'type' | 'name'>;
}

function checkLine(errors: FieldErrors, field: string, value: string, max: number, label: string) {
  if (value.length > max) errors[field] = `${label} is ${value.length} characters; at most ${max}.`;
}

function checkList(errors: FieldErrors, field: string, values: string[], label: string) {
  if (values.length > MAX_LIST_ITEMS) errors[field] = `At most ${MAX_LIST_ITEMS} ${label}.`;
  const long = values.find((v) => v.length > MAX_NAME_LENGTH);
  if (long) errors[field] = `Each of the ${label} may have at most ${MAX_NAME_LENGTH} characters.`;
}

function checkYear(errors: FieldErrors, field: string, value: number | null, label: string) {
  if (value === null) return;
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    errors[field] = `${label} must be a year between ${MIN_YEAR} and ${MAX_YEAR}.`;
  }
}

function checkUrl(errors: FieldErrors, value: string) {
  if (value === '') return;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    errors.url = 'The address must start with http:// or https://.';
  }
}

/** Whether a value has the shape of a field whose default is `fallback`: text, a list of text,
 * an optional number, or yes/no. */
export function fitsFieldShape(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
  // NaN and Infinity pass here so that the field's own check can say what a number must be.
  if (fallback === null) return value === null || typeof value === 'number';
  return typeof value === typeof fallback;
}

const SHAPE_NAMES: Record<string, string> = {
  string: 'text',
  boolean: 'yes or no',
  object: 'a number or nothing',
};

/**
 * Keeps the type's own fields (others are dropped), with the defaults for those left out, and
 * cleans the strings (NFC, trimmed, lists de-duplicated). A value of the wrong shape is an error.
 */
function normalizeDraft(
  type: EntityType,
  draft: EntityDraft,
): { entity: EntityFields; errors: FieldErrors } {
  const template: Record<string, unknown> = { name: '', ...entityDefaults(type) };
  const given = draft as Record<string, unknown>;
  const entity: Record<string, unknown> = { type };
  const errors: FieldErrors = {};
  for (const [key, fallback] of Object.entries(template)) {
    const value = given[key];
    if (value === undefined) entity[key] = fallback;
    else if (!fitsFieldShape(value, fallback)) {
      entity[key] = fallback;
      errors[key] = Array.isArray(fallback)
        ? 'This must be a list of text.'
        : `This must be ${SHAPE_NAMES[typeof fallback] ?? 'text'}.`;
    } else if (typeof value === 'string') {
      entity[key] =
        key === 'notes' || key === 'text' || key === 'summary'
          ? normalizeText(value)
          : normalizeLine(value);
    } else if (Array.isArray(value)) entity[key] = normalizeList(value);
    else entity[key] = value;
  }
  return { entity: entity as unknown as EntityFields, errors };
}

function checkTypeFields(errors: FieldErrors, e: EntityFields) {
  switch (e.type) {
    case 'person':
      checkLine(errors, 'rank', e.rank, 100, 'The rank');
      checkList(errors, 'titles', e.titles, 'titles');
      break;
    case 'org':
      checkLine(errors, 'kind', e.kind, 200, 'The kind');
      break;
    case 'agreement':
      checkLine(errors, 'kind', e.kind, 200, 'The kind');
      if (!isValidPartialDate(e.signed)) {
        errors.signed = 'Not a date that exists: use day/month or day/month/year.';
      }
      checkYear(errors, 'periodFrom', e.periodFrom, 'The start of the period');
      checkYear(errors, 'periodTo', e.periodTo, 'The end of the period');
      if (e.periodFrom !== null && e.periodTo !== null && e.periodTo < e.periodFrom) {
        errors.periodTo = `The period ends (${e.periodTo}) before it starts (${e.periodFrom}).`;
      }
      if (e.items !== null && (!Number.isInteger(e.items) || e.items < 0 || e.items > MAX_ITEMS)) {
        errors.items = 'The number of content items must be a whole number, 0 or more.';
      }
      checkLine(errors, 'summary', e.summary, MAX_NOTES_LENGTH, 'The summary');
      break;
    case 'theme':
      if (typeof e.campaign !== 'boolean') errors.campaign = 'Campaign must be yes or no.';
      break;
    case 'source':
      checkLine(errors, 'url', e.url, MAX_SHORT_TEXT_LENGTH, 'The address');
      checkUrl(errors, e.url);
      if (!isValidFullDate(e.published)) errors.published = 'Not a date that exists.';
      checkLine(errors, 'text', e.text, MAX_SOURCE_TEXT_LENGTH, 'The text');
      break;
  }
}

export function validateEntity(type: EntityType, draft: EntityDraft): Validation<EntityFields> {
  const { entity, errors } = normalizeDraft(type, draft);
  const nameLabel = type === 'source' ? 'title' : 'name';
  if (errors.name) {
    // Not text: already reported.
  } else if (entity.name === '') errors.name = `The ${nameLabel} cannot be empty.`;
  else checkLine(errors, 'name', entity.name, MAX_NAME_LENGTH, `The ${nameLabel}`);
  checkList(errors, 'aliases', entity.aliases, 'aliases');
  checkLine(errors, 'notes', entity.notes, MAX_NOTES_LENGTH, 'The notes');
  checkTypeFields(errors, entity);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: entity };
}
