// The form fields of each entity type, and the conversion between stored values and what the
// inputs hold (strings). A field list per type keeps the form generic and the types in one place.
import { message, type Message, type MessageKey } from '../i18n';
import {
  AGREEMENT_KINDS,
  formatPartialDate,
  parsePartialDate,
  type Entity,
  type EntityDraft,
  type EntityType,
} from '../model';

export type FieldKind = 'line' | 'lines' | 'text' | 'year' | 'count' | 'date' | 'bool';

type KindText = Extract<MessageKey, `entities.kind.${string}`>;

export interface FieldDef {
  key: string;
  label: Message;
  kind: FieldKind;
  hint?: Message;
  /** Words offered as the value; they are stored as written, whatever the language. */
  suggestions?: readonly string[];
  /** What a suggestion that is an English word means, in the reader's language. */
  suggestionLabels?: Readonly<Record<string, KindText>>;
}

/** A row of the form: one field, or several side by side. */
export type FieldRow = FieldDef | FieldDef[];

// Vietnamese military and police ranks: stored as written, in every language.
const RANKS = [
  'Đại tướng', // i18n-exempt: stored value, a Vietnamese rank
  'Thượng tướng', // i18n-exempt: stored value, a Vietnamese rank
  'Trung tướng', // i18n-exempt: stored value, a Vietnamese rank
  'Thiếu tướng', // i18n-exempt: stored value, a Vietnamese rank
  'Đại tá', // i18n-exempt: stored value, a Vietnamese rank
  'Thượng tá', // i18n-exempt: stored value, a Vietnamese rank
  'Trung tá', // i18n-exempt: stored value, a Vietnamese rank
  'Thiếu tá', // i18n-exempt: stored value, a Vietnamese rank
  'Đại úy', // i18n-exempt: stored value, a Vietnamese rank
  'Thượng úy', // i18n-exempt: stored value, a Vietnamese rank
  'Trung úy', // i18n-exempt: stored value, a Vietnamese rank
  'Thiếu úy', // i18n-exempt: stored value, a Vietnamese rank
];
/**
 * Organisation kinds: the stored vocabulary (the sample data and existing workspaces use these
 * English words), offered with their meaning in the reader's language beside them.
 */
const ORG_KINDS: Readonly<Record<string, KindText>> = {
  'party committee': 'entities.kind.partyCommittee',
  'party committee board': 'entities.kind.partyCommitteeBoard',
  'people’s committee': 'entities.kind.peoplesCommittee',
  'military command': 'entities.kind.militaryCommand',
  'border guard': 'entities.kind.borderGuard',
  police: 'entities.kind.police',
  'mass organisation': 'entities.kind.massOrganisation',
  'state agency': 'entities.kind.stateAgency',
  other: 'entities.kind.other',
};
const AGREEMENT_KIND_LABELS: Readonly<Record<string, KindText>> = {
  other: 'entities.kind.other',
};

const aliases: FieldDef = {
  key: 'aliases',
  label: message('entities.field.aliases'),
  kind: 'lines',
  hint: message('entities.field.aliasesHint'),
};
const notes: FieldDef = { key: 'notes', label: message('entities.field.notes'), kind: 'text' };

export const FORM_LAYOUT: Record<EntityType, FieldRow[]> = {
  person: [
    { key: 'name', label: message('entities.field.name'), kind: 'line' },
    {
      key: 'rank',
      label: message('entities.field.rank'),
      kind: 'line',
      suggestions: RANKS,
      hint: message('entities.field.rankHint'),
    },
    {
      key: 'titles',
      label: message('entities.field.titles'),
      kind: 'lines',
      hint: message('entities.field.titlesHint'),
    },
    aliases,
    notes,
  ],
  org: [
    { key: 'name', label: message('entities.field.name'), kind: 'line' },
    aliases,
    {
      key: 'kind',
      label: message('entities.field.kind'),
      kind: 'line',
      suggestions: Object.keys(ORG_KINDS),
      suggestionLabels: ORG_KINDS,
    },
    notes,
  ],
  agreement: [
    { key: 'name', label: message('entities.field.name'), kind: 'line' },
    {
      key: 'kind',
      label: message('entities.field.kind'),
      kind: 'line',
      suggestions: AGREEMENT_KINDS,
      suggestionLabels: AGREEMENT_KIND_LABELS,
    },
    [
      {
        key: 'signed',
        label: message('entities.field.signed'),
        kind: 'date',
        hint: message('entities.field.signedHint'),
      },
      { key: 'items', label: message('entities.field.items'), kind: 'count' },
    ],
    [
      { key: 'periodFrom', label: message('entities.field.periodFrom'), kind: 'year' },
      { key: 'periodTo', label: message('entities.field.periodTo'), kind: 'year' },
    ],
    { key: 'summary', label: message('entities.field.summary'), kind: 'text' },
    aliases,
    notes,
  ],
  theme: [
    { key: 'name', label: message('entities.field.name'), kind: 'line' },
    { key: 'campaign', label: message('entities.field.campaign'), kind: 'bool' },
    aliases,
    notes,
  ],
  source: [
    { key: 'name', label: message('entities.field.title'), kind: 'line' },
    { key: 'url', label: message('entities.field.url'), kind: 'line' },
    {
      key: 'published',
      label: message('entities.field.published'),
      kind: 'date',
      hint: message('entities.field.publishedHint'),
    },
    { key: 'text', label: message('entities.field.text'), kind: 'text' },
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
