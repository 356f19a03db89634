// The records Concord stores: five entity types, eight relation types, and the provenance that
// ties an extracted fact to the text it came from. Pure data: no yjs, no solid.

export const ENTITY_TYPES = ['person', 'org', 'agreement', 'theme', 'source'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'holds_title',
  'party_to',
  'covers',
  'part_of',
  'attended',
  'signed',
  'mentions',
  'related_to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Suggested kinds: the Vietnamese names of the documents, stored as written in every language. */
export const AGREEMENT_KINDS = [
  'chương trình phối hợp', // i18n-exempt: stored value, a document's Vietnamese name
  'quy chế phối hợp', // i18n-exempt: stored value, a document's Vietnamese name
  'kế hoạch phối hợp', // i18n-exempt: stored value, a document's Vietnamese name
  'other',
] as const;

interface EntityBase {
  id: string;
  name: string;
  aliases: string[];
  notes: string;
}

export interface Person extends EntityBase {
  type: 'person';
  rank: string;
  titles: string[];
}

export interface Organisation extends EntityBase {
  type: 'org';
  /** Free text such as "party committee", "military command", "mass organisation". */
  kind: string;
}

export interface Agreement extends EntityBase {
  type: 'agreement';
  kind: string;
  /** "YYYY-MM-DD", "DD/MM" when the text gives no year, or "" when unknown. */
  signed: string;
  periodFrom: number | null;
  periodTo: number | null;
  /** The stated number of content items ("5 nội dung"). */
  items: number | null;
  summary: string;
}

export interface Theme extends EntityBase {
  type: 'theme';
  /** A named campaign or movement (“Dân vận khéo”) rather than a topic. */
  campaign: boolean;
}

/** A source document; its `name` is the title. */
export interface Source extends EntityBase {
  type: 'source';
  url: string;
  /** "YYYY-MM-DD" or "". */
  published: string;
  text: string;
}

export type Entity = Person | Organisation | Agreement | Theme | Source;
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/** A range of characters in a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: a character span of a source's text and the quote it covers. */
export interface Provenance {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

export interface Relation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** The title text for holds_title, the free label for related_to, empty otherwise. */
  label: string;
  provenance: Provenance[];
}

export interface Position {
  x: number;
  y: number;
  /** A pinned node keeps its place when a layout runs; the user can still drag it. */
  pinned?: boolean;
}
