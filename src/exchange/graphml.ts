// GraphML, read by Gephi, yEd, Cytoscape and NetworkX. graphology-graphml only parses, so this
// writes it: every attribute declared once as a <key>, empty values left out. Nodes: label (the
// name), type, the fields, x and y (negated, as in GEXF: y points up there); edges: type, label,
// provenance (JSON text). Read back with the DOM.
import type { Entity, Relation } from '../model';
import { edgeFromAttributes, nodeFromAttributes } from './attributes';
import { ALL_FIELDS, encodeField, fieldKind, fieldValue, fieldsOf } from './fields';
import { flipY } from './gexf';
import { writeProvenance } from './provenanceText';
import { edgeWhere, nodeWhere, type RawGraph } from './raw';
import type { Report } from './report';
import type { WorkspaceSnapshot } from './snapshot';
import type { Position } from '../model';
import { childrenNamed, elementsNamed, escapeAttribute, escapeText, graphElements } from './xml';

interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
}

// i18n-exempt: GraphML's attribute types
const GRAPHML_TYPE = { text: 'string', list: 'string', number: 'int', boolean: 'boolean' } as const;

const KEYS: Key[] = [
  { id: 'g_name', for: 'graph', name: 'name', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  ...ALL_FIELDS.filter((f) => f !== 'name').map((field): Key => ({
    id: `n_${field}`,
    for: 'node',
    name: field,
    type: GRAPHML_TYPE[fieldKind(field)!],
  })),
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_pinned', for: 'node', name: 'pinned', type: 'boolean' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_provenance', for: 'edge', name: 'provenance', type: 'string' },
];

const HEADER =
  // i18n-exempt: the GraphML root element, file format
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
  'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';

export function exportGraphml(s: WorkspaceSnapshot): string {
  // i18n-exempt: file format
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', HEADER];
  for (const key of KEYS) {
    lines.push(
      // i18n-exempt: file format
      `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    );
  }
  lines.push('  <graph id="G" edgedefault="directed">'); // i18n-exempt: file format
  lines.push(`    ${data('g_name', s.name)}`);
  for (const entity of s.entities) lines.push(nodeElement(entity, s.positions[entity.id]));
  for (const relation of s.relations) lines.push(edgeElement(relation));
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** A <data> element, or nothing for an empty value (a reader then takes the default). */
function data(key: string, value: unknown): string {
  const text = encodeField(value);
  // i18n-exempt: file format
  return text === '' ? '' : `<data key="${key}">${escapeText(text)}</data>`;
}

function nodeElement(entity: Entity, position: Position | undefined): string {
  const parts = [data('n_label', entity.name), data('n_type', entity.type)];
  for (const field of fieldsOf(entity.type).slice(1)) {
    parts.push(data(`n_${field}`, fieldValue(entity, field)));
  }
  if (position) {
    parts.push(data('n_x', position.x), data('n_y', flipY(position.y)));
    parts.push(data('n_pinned', position.pinned));
  }
  const body = parts.filter((p) => p !== '').join('');
  // i18n-exempt: file format
  return `    <node id="${escapeAttribute(entity.id)}">${body}</node>`;
}

function edgeElement(r: Relation): string {
  const ends = `source="${escapeAttribute(r.from)}" target="${escapeAttribute(r.to)}"`;
  const body = [data('e_type', r.type), data('e_label', r.label)];
  body.push(data('e_provenance', writeProvenance(r.provenance)));
  // i18n-exempt: file format
  return `    <edge id="${escapeAttribute(r.id)}" ${ends}>${body.join('')}</edge>`;
}

/** The nodes and edges of a parsed GraphML document, as the file gives them. */
export function readGraphml(doc: Document, fallbackName: string, report: Report): RawGraph | null {
  const found = graphElements(doc, 'graphml', 'GraphML', report);
  if (!found) return null;
  const { graph, nodes: nodeElements, edges: edgeElements } = found;
  const names = keyNames(doc);
  const nodes = nodeElements.map((element, i) => {
    const id = element.getAttribute('id') ?? '';
    const where = nodeWhere(id, i);
    const attributes = dataOf(element, names.node);
    const y = attributes.y;
    if (typeof y === 'string' && y.trim() !== '') attributes.y = flipY(Number(y));
    return nodeFromAttributes(where, id, attributes, report);
  });
  const edges = edgeElements.map((element, i) => {
    const id = element.getAttribute('id') ?? '';
    const where = edgeWhere(id, i);
    const source = element.getAttribute('source') ?? '';
    const target = element.getAttribute('target') ?? '';
    const attributes = dataOf(element, names.edge);
    return edgeFromAttributes(where, { id, source, target }, attributes, report);
  });
  const name = dataOf(graph, names.graph).name;
  return { name: typeof name === 'string' && name.trim() ? name : fallbackName, nodes, edges };
}

/** Declared keys by the element they are for: key id → attribute name. */
function keyNames(doc: Document): Record<Key['for'], Map<string, string>> {
  const names = { graph: new Map(), node: new Map(), edge: new Map() };
  for (const key of elementsNamed(doc, 'key')) {
    const id = key.getAttribute('id') ?? '';
    const name = key.getAttribute('attr.name') || id;
    const kind = key.getAttribute('for') ?? 'all';
    for (const k of ['graph', 'node', 'edge'] as const)
      if (kind === k || kind === 'all') names[k].set(id, name);
  }
  return names;
}

function dataOf(element: Element, names: Map<string, string>): Record<string, unknown> {
  // No prototype: a file's key named "__proto__" stays a plain key.
  const values = Object.create(null) as Record<string, unknown>;
  for (const item of childrenNamed(element, 'data')) {
    const key = item.getAttribute('key') ?? '';
    values[names.get(key) ?? key] = item.textContent ?? '';
  }
  return values;
}
