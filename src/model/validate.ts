// Strict checks on what a person enters. A failed check names the field and says what is wrong, so
// the form can show it inline; nothing is stored.
import { message, type Message } from '../i18n/message';
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

/** What is wrong, field by field: messages, put into words in the reader's language when shown. */
export type FieldErrors = Record<string, Message>;
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

/** Each type's fields in the order records keep them: the name, then the defaults' order. */
const FIELD_KEYS = Object.fromEntries(
  Object.entries(DEFAULTS).map(([type, defaults]) => [type, ['name', ...Object.keys(defaults)]]),
) as unknown as Record<EntityType, readonly string[]>;

export function entityDefaults<T extends EntityType>(
  type: T,
): Omit<EntityOf<T>, 'id' | 'type' | 'name'> {
  // The defaults are values and empty lists: a copy with new lists is enough. structuredClone,
  // called several times per entity, took a fifth of checking a 200k-entity import.
  const copy: Record<string, unknown> = { ...DEFAULTS[type] };
  for (const [key, value] of Object.entries(copy)) if (Array.isArray(value)) copy[key] = [...value];
  return copy as Omit<EntityOf<T>, 'id' | 'type' | 'name'>;
}

/** The field's name at the start of a sentence about it ("The rank is 120 characters…"). */
const FIELD_NAMES = {
  name: message('entities.validate.field.name'),
  title: message('entities.validate.field.title'),
  notes: message('entities.validate.field.notes'),
  rank: message('entities.validate.field.rank'),
  kind: message('entities.validate.field.kind'),
  periodFrom: message('entities.validate.field.periodFrom'),
  periodTo: message('entities.validate.field.periodTo'),
  summary: message('entities.validate.field.summary'),
  url: message('entities.validate.field.url'),
  text: message('entities.validate.field.text'),
} satisfies Record<string, Message>;
type NamedField = keyof typeof FIELD_NAMES;

/** `named` is the field as a sentence names it, when not by its key (a source's name: "title"). */
function checkLine(
  errors: FieldErrors,
  field: NamedField,
  value: string,
  max: number,
  named: NamedField = field,
) {
  if (value.length > max)
    errors[field] = message('entities.validate.tooLong', {
      field: FIELD_NAMES[named],
      length: value.length,
      max,
    });
}

function checkList(errors: FieldErrors, field: 'titles' | 'aliases', values: string[]) {
  const items = message(`entities.validate.items.${field}`);
  if (values.length > MAX_LIST_ITEMS)
    errors[field] = message('entities.validate.tooManyItems', { max: MAX_LIST_ITEMS, items });
  const long = values.find((v) => v.length > MAX_NAME_LENGTH);
  if (long)
    errors[field] = message('entities.validate.itemTooLong', { items, max: MAX_NAME_LENGTH });
}

function checkYear(errors: FieldErrors, field: 'periodFrom' | 'periodTo', value: number | null) {
  if (value === null) return;
  if (!Number.isInteger(value) || value < MIN_YEAR || value > MAX_YEAR) {
    // Years are passed as strings: "1900", not a quantity written "1.900".
    errors[field] = message('entities.validate.yearRange', {
      field: FIELD_NAMES[field],
      min: String(MIN_YEAR),
      max: String(MAX_YEAR),
    });
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
    errors.url = message('entities.validate.urlScheme');
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

/** What a value of the wrong shape should have been, by the type of the field's default. */
const SHAPE_ERRORS: Record<string, Message> = {
  string: message('entities.validate.mustBeText'),
  boolean: message('entities.validate.mustBeYesNo'),
  object: message('entities.validate.mustBeNumber'),
};

/**
 * Keeps the type's own fields (others are dropped), with the defaults for those left out, and
 * cleans the strings (NFC, trimmed, lists de-duplicated). A value of the wrong shape is an error.
 */
function normalizeDraft(
  type: EntityType,
  draft: EntityDraft,
): { entity: EntityFields; errors: FieldErrors } {
  const defaults = DEFAULTS[type] as Record<string, unknown>;
  const given = draft as Record<string, unknown>;
  const entity: Record<string, unknown> = { type };
  const errors: FieldErrors = {};
  // Every entity read on opening passes here: no copy of the defaults, no entries arrays.
  for (const key of FIELD_KEYS[type]) {
    const fallback = key === 'name' ? '' : defaults[key];
    const value = given[key];
    if (value === undefined) entity[key] = Array.isArray(fallback) ? [] : fallback;
    else if (!fitsFieldShape(value, fallback)) {
      entity[key] = Array.isArray(fallback) ? [] : fallback;
      errors[key] = Array.isArray(fallback)
        ? message('entities.validate.mustBeList')
        : (SHAPE_ERRORS[typeof fallback] ?? SHAPE_ERRORS.string);
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
      checkLine(errors, 'rank', e.rank, 100);
      checkList(errors, 'titles', e.titles);
      break;
    case 'org':
      checkLine(errors, 'kind', e.kind, 200);
      break;
    case 'agreement':
      checkLine(errors, 'kind', e.kind, 200);
      if (!isValidPartialDate(e.signed)) errors.signed = message('entities.validate.signedDate');
      checkYear(errors, 'periodFrom', e.periodFrom);
      checkYear(errors, 'periodTo', e.periodTo);
      if (e.periodFrom !== null && e.periodTo !== null && e.periodTo < e.periodFrom) {
        errors.periodTo = message('entities.validate.periodReversed', {
          from: String(e.periodFrom),
          to: String(e.periodTo),
        });
      }
      if (e.items !== null && (!Number.isInteger(e.items) || e.items < 0 || e.items > MAX_ITEMS)) {
        errors.items = message('entities.validate.itemsCount');
      }
      checkLine(errors, 'summary', e.summary, MAX_NOTES_LENGTH);
      break;
    case 'theme':
      if (typeof e.campaign !== 'boolean') errors.campaign = message('entities.validate.campaign');
      break;
    case 'source':
      checkLine(errors, 'url', e.url, MAX_SHORT_TEXT_LENGTH);
      checkUrl(errors, e.url);
      if (!isValidFullDate(e.published))
        errors.published = message('entities.validate.publishedDate');
      checkLine(errors, 'text', e.text, MAX_SOURCE_TEXT_LENGTH);
      break;
  }
}

export function validateEntity(type: EntityType, draft: EntityDraft): Validation<EntityFields> {
  const { entity, errors } = normalizeDraft(type, draft);
  // A source's name is its title.
  const isTitle = type === 'source';
  if (errors.name) {
    // Not text: already reported.
  } else if (entity.name === '')
    errors.name = message(isTitle ? 'entities.validate.titleEmpty' : 'entities.validate.nameEmpty');
  else checkLine(errors, 'name', entity.name, MAX_NAME_LENGTH, isTitle ? 'title' : 'name');
  checkList(errors, 'aliases', entity.aliases);
  checkLine(errors, 'notes', entity.notes, MAX_NOTES_LENGTH);
  checkTypeFields(errors, entity);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: entity };
}
