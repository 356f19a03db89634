// What each format's reader hands to the assembler: nodes and edges as the file gave them, not yet
// trusted (types are words, ids are whatever the file used, fields may be text or typed values),
// each with a place ("Row 7", "Node “n0”") for messages.
import { message, type Message } from '../i18n/message';
import {
  ENTITY_TYPES,
  RELATION_RULES,
  isRelationType,
  type EntityType,
  type RelationType,
} from '../model';

export interface RawNode {
  where: Message;
  /** As in the file; "" when it has none. */
  id: string;
  /** The file's word for the type; undefined when it gives none. */
  type: unknown;
  /** By field name; text or typed values. */
  fields: Record<string, unknown>;
  position?: { x: unknown; y: unknown; pinned?: unknown };
}

export interface RawEdge {
  where: Message;
  id: string;
  type: unknown;
  /** A node's id in the file, or its name where the format allows it (CSV). */
  source: string;
  target: string;
  label: unknown;
  /** A list, its JSON text, or nothing. */
  provenance: unknown;
}

/** "Node 3", or "Node “n0”" for a node with an id. */
export const nodeWhere = (id: string, index: number): Message =>
  id === ''
    ? message('exchange.where.node', { index: String(index + 1) })
    : message('exchange.where.nodeId', { id: id.slice(0, 60) });

/** "Edge 3", or "Edge “e0”" for an edge with an id. */
export const edgeWhere = (id: string, index: number): Message =>
  id === ''
    ? message('exchange.where.edge', { index: String(index + 1) })
    : message('exchange.where.edgeId', { id: id.slice(0, 60) });

export interface RawGraph {
  name: string;
  nodes: RawNode[];
  edges: RawEdge[];
}

const TYPE_WORDS: Record<string, EntityType> = {
  person: 'person',
  people: 'person',
  org: 'org',
  organisation: 'org',
  organization: 'org',
  agreement: 'agreement',
  theme: 'theme',
  source: 'source',
};

/** The entity type a file means: "person", "Person", "organisations", "Organization"… */
export function typeFromText(value: string): EntityType | null {
  const word = value.trim().toLowerCase();
  if ((ENTITY_TYPES as readonly string[]).includes(word)) return word as EntityType;
  return Object.hasOwn(TYPE_WORDS, word)
    ? TYPE_WORDS[word]
    : Object.hasOwn(TYPE_WORDS, word.replace(/s$/, ''))
      ? TYPE_WORDS[word.replace(/s$/, '')]
      : null;
}

const VERBS: Record<string, RelationType> = Object.fromEntries(
  Object.entries(RELATION_RULES).map(([type, rule]) => [rule.verb, type as RelationType]),
);

/** The relation type a file means: "holds_title", "holds title", "Holds-Title", "is party to"… */
export function relationTypeFromText(value: string): RelationType | null {
  const text = value.trim().toLowerCase();
  const key = text.replace(/[\s-]+/g, '_');
  if (isRelationType(key)) return key;
  return Object.hasOwn(VERBS, text) ? VERBS[text] : null;
}
