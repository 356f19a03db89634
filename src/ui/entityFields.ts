// The form fields of each entity type, and the conversion between stored values and what the
// inputs hold (strings). A field list per type keeps the form generic and the types in one place.
import {
  AGREEMENT_KINDS,
  formatPartialDate,
  parsePartialDate,
  type Entity,
  type EntityDraft,
  type EntityType,
} from '../model';

export type FieldKind = 'line' | 'lines' | 'text' | 'year' | 'count' | 'date' | 'bool';

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  suggestions?: readonly string[];
}

/** A row of the form: one field, or several side by side. */
export type FieldRow = FieldDef | FieldDef[];

const RANKS = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
];
const ORG_KINDS = [
  'party committee',
  'party committee board',
  'people’s committee',
  'military command',
  'border guard',
  'police',
  'mass organisation',
  'state agency',
  'other',
];

const aliases: FieldDef = {
  key: 'aliases',
  label: 'Aliases and abbreviations',
  kind: 'lines',
  hint: 'One per line, e.g. BĐBP, UBND quận',
};
const notes: FieldDef = { key: 'notes', label: 'Notes', kind: 'text' };

export const FORM_LAYOUT: Record<EntityType, FieldRow[]> = {
  person: [
    { key: 'name', label: 'Name', kind: 'line' },
    {
      key: 'rank',
      label: 'Rank',
      kind: 'line',
      suggestions: RANKS,
      hint: 'Military or police rank, e.g. Đại tá',
    },
    { key: 'titles', label: 'Titles', kind: 'lines', hint: 'One post per line, as written' },
    aliases,
    notes,
  ],
  org: [
    { key: 'name', label: 'Name', kind: 'line' },
    aliases,
    { key: 'kind', label: 'Kind', kind: 'line', suggestions: ORG_KINDS },
    notes,
  ],
  agreement: [
    { key: 'name', label: 'Name', kind: 'line' },
    { key: 'kind', label: 'Kind', kind: 'line', suggestions: AGREEMENT_KINDS },
    [
      { key: 'signed', label: 'Signed on', kind: 'date', hint: 'dd/mm or dd/mm/yyyy' },
      { key: 'items', label: 'Content items', kind: 'count' },
    ],
    [
      { key: 'periodFrom', label: 'Period from', kind: 'year' },
      { key: 'periodTo', label: 'Period to', kind: 'year' },
    ],
    { key: 'summary', label: 'Summary', kind: 'text' },
    aliases,
    notes,
  ],
  theme: [
    { key: 'name', label: 'Name', kind: 'line' },
    { key: 'campaign', label: 'A named campaign or movement', kind: 'bool' },
    aliases,
    notes,
  ],
  source: [
    { key: 'name', label: 'Title', kind: 'line' },
    { key: 'url', label: 'Address (URL)', kind: 'line' },
    { key: 'published', label: 'Published on', kind: 'date', hint: 'dd/mm/yyyy' },
    { key: 'text', label: 'Text', kind: 'text' },
    aliases,
    notes,
  ],
};

export const fieldsOf = (type: EntityType): FieldDef[] => FORM_LAYOUT[type].flat();

export type FormValues = Record<string, string | boolean>;

export function toFormValues(type: EntityType, entity: Partial<Entity> | null): FormValues {
  const values: FormValues = {};
  const source = (entity ?? {}) as Record<string, unknown>;
  for (const field of fieldsOf(type)) {
    const value = source[field.key];
    if (field.kind === 'bool') values[field.key] = value === true;
    else if (field.kind === 'lines')
      values[field.key] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind === 'date')
      values[field.key] = typeof value === 'string' ? formatPartialDate(value) : '';
    else values[field.key] = value === null || value === undefined ? '' : String(value);
  }
  return values;
}

/** Converts the inputs back; a value that cannot convert is passed on so validation names it. */
export function fromFormValues(type: EntityType, values: FormValues): EntityDraft {
  const draft: Record<string, unknown> = {};
  for (const field of fieldsOf(type)) {
    const value = values[field.key];
    if (field.kind === 'bool') draft[field.key] = value === true;
    else if (field.kind === 'lines') draft[field.key] = String(value).split('\n');
    else if (field.kind === 'year' || field.kind === 'count') {
      draft[field.key] = String(value).trim() === '' ? null : Number(String(value).trim());
    } else if (field.kind === 'date')
      draft[field.key] = parsePartialDate(String(value)) ?? String(value);
    else draft[field.key] = String(value);
  }
  return draft as EntityDraft;
}
