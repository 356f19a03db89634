// Named attributes of a node or an edge (GEXF attvalues, GraphML data, Cytoscape data) sorted into
// what Concord has a place for. Names match case-insensitively ("periodfrom", "Type"), so a file
// edited in Gephi or written by another tool still lands in the right fields.
import { message, type Message } from '../i18n/message';
import { ALL_FIELDS, clip } from './fields';
import type { RawEdge, RawNode } from './raw';
import type { Report } from './report';

const FIELD_BY_KEY = new Map(ALL_FIELDS.map((field) => [field.toLowerCase(), field]));

/** Attributes a reader handles itself (ids, ends, positions), never reported as ignored. */
const STRUCTURAL = new Set(['id', 'source', 'target', 'x', 'y', 'z', 'label', 'pinned']);

/** Gephi's and Cytoscape's own bookkeeping: expected in any file they wrote, not worth a warning. */
const TOOLS = new Set([
  ...['color', 'size', 'shape', 'thickness', 'weight', 'r', 'g', 'b'],
  // i18n-exempt: Cytoscape's column names, as its files spell them
  ...['suid', 'selected', 'shared_name', 'shared name', 'shared_interaction', 'interaction'],
]);

export function nodeFromAttributes(
  where: Message,
  id: string,
  attributes: Record<string, unknown>,
  report: Report,
): RawNode {
  const fields: Record<string, unknown> = {};
  let type: unknown;
  const pick = (key: string) => valueOf(attributes, key);
  for (const [key, value] of Object.entries(attributes)) {
    const lower = key.toLowerCase();
    const field = FIELD_BY_KEY.get(lower);
    if (lower === 'type') type = value;
    else if (field) fields[field] = value;
    else ignore(lower, key, 'node', report);
  }
  // Concord writes the name as the label; other tools may have a name, a label or only an id.
  if (isMissing(fields.name)) fields.name = isMissing(pick('label')) ? id : pick('label');
  if (isMissing(pick('label')) && isMissing(pick('name')))
    report.note('no-name', (count) => message('exchange.attributes.noLabel', { count }));
  const [x, y, pinned] = [pick('x'), pick('y'), pick('pinned')];
  const position = isMissing(x) && isMissing(y) ? undefined : { x, y, pinned };
  return { where, id, type, fields, position };
}

export function edgeFromAttributes(
  where: Message,
  ends: { id: string; source: string; target: string },
  attributes: Record<string, unknown>,
  report: Report,
): RawEdge {
  for (const key of Object.keys(attributes)) {
    const lower = key.toLowerCase();
    if (lower !== 'type' && lower !== 'provenance') ignore(lower, key, 'edge', report);
  }
  return {
    where,
    ...ends,
    // Cytoscape desktop calls an edge's type its "interaction".
    type: valueOf(attributes, 'type') ?? valueOf(attributes, 'interaction'),
    label: valueOf(attributes, 'label'),
    provenance: valueOf(attributes, 'provenance'),
  };
}

/** The value of the first attribute with this name, ignoring case. */
function valueOf(attributes: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(attributes).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : attributes[key];
}

const isMissing = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function ignore(lower: string, key: string, kind: 'node' | 'edge', report: Report) {
  if (STRUCTURAL.has(lower) || TOOLS.has(lower)) return;
  const said =
    kind === 'node' ? 'exchange.attributes.nodeIgnored' : 'exchange.attributes.edgeIgnored';
  report.note(`attr:${kind}:${key}`, (count) => message(said, { name: clip(key), count }));
}
