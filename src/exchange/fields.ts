// The entity fields as columns: which fields exist across the types, and how each is written as
// text and read back (CSV cells, GEXF and GraphML attributes are all text). Derived from the
// model's defaults, so a field added there is exported without touching this file.
import { message, type Message } from '../i18n/message';
import { ENTITY_TYPES, entityDefaults, type Entity, type EntityType } from '../model';

export type FieldKind = 'text' | 'list' | 'number' | 'boolean';

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** A field of some entity type: name, aliases, notes, rank, titles, kind, signed… */
export type EntityField = Exclude<KeysOfUnion<Entity>, 'id' | 'type'>;

/** The fields of one type, `name` first, in the model's order. */
export function fieldsOf(type: EntityType): string[] {
  return ['name', ...Object.keys(entityDefaults(type))];
}

/** Every field of every type, once, in a stable order: the columns of a nodes table. */
export const ALL_FIELDS: readonly string[] = [...new Set(ENTITY_TYPES.flatMap(fieldsOf))];

const KINDS: Record<string, FieldKind> = Object.fromEntries(
  ENTITY_TYPES.flatMap((type) =>
    Object.entries(entityDefaults(type)).map(([field, fallback]) => [field, kindOf(fallback)]),
  ),
);
KINDS.name = 'text';

function kindOf(fallback: unknown): FieldKind {
  if (Array.isArray(fallback)) return 'list';
  if (fallback === null) return 'number';
  return typeof fallback === 'boolean' ? 'boolean' : 'text';
}

export function fieldKind(field: string): FieldKind | null {
  return Object.hasOwn(KINDS, field) ? KINDS[field] : null;
}

/** Whether `field` belongs to entities of `type`. */
export function hasField(type: EntityType, field: string): boolean {
  return fieldsOf(type).includes(field);
}

/**
 * A list as one cell: items joined by "; ", readable in a spreadsheet and in Gephi. When an item
 * holds a ";" (or the cell would start with "["), the list is written as a JSON array instead,
 * which `decodeList` recognises, so every list survives the round trip.
 */
export function encodeList(items: readonly string[]): string {
  const joined = items.join('; ');
  return items.some((item) => item.includes(';')) || joined.startsWith('[')
    ? JSON.stringify(items)
    : joined;
}

export function decodeList(cell: string): string[] {
  const trimmed = cell.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Not JSON: an ordinary list that happens to start with "[".
    }
  }
  return trimmed === '' ? [] : trimmed.split(';').map((item) => item.trim());
}

/** A field's value as text; "" for nothing (an empty list, no number). */
export function encodeField(value: unknown): string {
  if (Array.isArray(value)) return encodeList(value as string[]);
  if (value === null || value === undefined) return '';
  return String(value);
}

export function fieldValue(entity: Entity, field: string): unknown {
  return (entity as unknown as Record<string, unknown>)[field];
}

export type Coerced = { ok: true; value: unknown } | { ok: false; message: Message };

const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
  '': false,
};

/**
 * A value read from a file, turned into the field's shape: text as it is, a list from its cell,
 * a number or nothing, yes or no. Values already of the right shape pass unchanged, so typed
 * formats (JSON) and text formats (CSV, XML) share this path. Anything else is a problem, never
 * a silent default.
 */
export function coerceField(field: string, value: unknown): Coerced {
  const kind = fieldKind(field);
  if (typeof value !== 'string' || kind === 'text' || kind === null) return { ok: true, value };
  if (kind === 'list') return { ok: true, value: decodeList(value) };
  const text = value.trim();
  if (kind === 'number') {
    if (text === '') return { ok: true, value: null };
    const number = Number(text);
    return Number.isFinite(number)
      ? { ok: true, value: number }
      : { ok: false, message: message('exchange.fields.notNumber', { value: clip(text) }) };
  }
  const flag = readBoolean(text);
  return flag === null
    ? { ok: false, message: message('exchange.fields.notBoolean', { value: clip(text) }) }
    : { ok: true, value: flag };
}

/** Yes or no from a typed value or its text ("true", "no", "1", "" for no); null otherwise. */
export function readBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  return Object.hasOwn(BOOLEANS, key) ? BOOLEANS[key] : null;
}

/** A value quoted in a message, cut short so that a hostile file cannot flood the screen. */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
