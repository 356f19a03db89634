// GEXF, Gephi's own format, written by graphology-gexf (the writer Gephi Lite uses) and read back
// with the DOM. Nodes carry their type and every field as attributes, the name as the label and
// the position as viz:position; edges their relation type, label and provenance (JSON text).
// Gephi's y axis points up and Concord's (the screen's) down, so y is negated both ways.
import { MultiDirectedGraph } from 'graphology';
import write from 'graphology-gexf/browser/writer.js';
import type { Entity, Relation } from '../model';
import { edgeFromAttributes, nodeFromAttributes } from './attributes';
import { encodeList, fieldsOf, fieldValue } from './fields';
import { writeProvenance } from './provenanceText';
import { edgeWhere, nodeWhere, type RawEdge, type RawGraph, type RawNode } from './raw';
import type { Report } from './report';
import type { WorkspaceSnapshot } from './snapshot';
import type { Position } from '../model';
import { childrenNamed, elementsNamed, graphElements, xmlSafe } from './xml';

/** y as the other side draws it; never -0, which would not survive being written as "0". */
export const flipY = (y: number): number => (y === 0 ? 0 : -y);

type Attributes = Record<string, unknown>;

export function exportGexf(s: WorkspaceSnapshot): string {
  const graph = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
  graph.replaceAttributes({ creator: 'Concord', description: xmlSafe(s.name) });
  for (const entity of s.entities) graph.addNode(entity.id, nodeAttributes(entity));
  for (const relation of s.relations) {
    graph.addEdgeWithKey(relation.id, relation.from, relation.to, edgeAttributes(relation));
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, position, ...rest } = attributes;
      const p = position as Position | undefined;
      const viz = p ? { x: p.x, y: flipY(p.y) } : undefined;
      const pinned = p?.pinned === undefined ? {} : { pinned: p.pinned };
      return { label: label as string, viz, attributes: { ...rest, ...pinned } };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: label as string, attributes: rest };
    },
  });

  function nodeAttributes(entity: Entity): Attributes {
    const attributes: Attributes = {
      label: xmlSafe(entity.name),
      type: entity.type,
      position: s.positions[entity.id],
    };
    for (const field of fieldsOf(entity.type).slice(1)) {
      attributes[field] = forXml(fieldValue(entity, field));
    }
    return attributes;
  }
}

/** Lists as one text (graphology would write them as GEXF lists, which Gephi reads unevenly). */
function forXml(value: unknown): unknown {
  if (Array.isArray(value)) return xmlSafe(encodeList(value as string[]));
  return typeof value === 'string' ? xmlSafe(value) : value;
}

function edgeAttributes(relation: Relation): Attributes {
  return {
    label: xmlSafe(relation.label),
    type: relation.type,
    provenance: xmlSafe(writeProvenance(relation.provenance)),
  };
}

/** The nodes and edges of a parsed GEXF document, as the file gives them. */
export function readGexf(doc: Document, fallbackName: string, report: Report): RawGraph | null {
  const found = graphElements(doc, 'gexf', 'GEXF', report);
  if (!found) return null;
  const { nodes: nodeElements, edges: edgeElements } = found;
  const titles = { node: attributeTitles(doc, 'node'), edge: attributeTitles(doc, 'edge') };
  const nodes = nodeElements.map((element, i) => readNode(element, i, titles.node, report));
  const edges = edgeElements.map((element, i) => readEdge(element, i, titles.edge, report));
  const description = elementsNamed(doc, 'description')[0]?.textContent?.trim();
  return { name: description || fallbackName, nodes, edges };
}

/** The declared attributes of one class: id → title. */
function attributeTitles(doc: Document, kind: 'node' | 'edge'): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of elementsNamed(doc, 'attributes')) {
    if (block.getAttribute('class') !== kind) continue;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.getAttribute('id') ?? '';
      titles.set(id, attribute.getAttribute('title') || id);
    }
  }
  return titles;
}

function attvalues(element: Element, titles: Map<string, string>): Attributes {
  // No prototype: a file's attribute named "__proto__" stays a plain key.
  const values: Attributes = Object.create(null) as Attributes;
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const attvalue of childrenNamed(block, 'attvalue')) {
      const key = attvalue.getAttribute('for') ?? attvalue.getAttribute('id') ?? '';
      values[titles.get(key) ?? key] = attvalue.getAttribute('value') ?? '';
    }
  }
  return values;
}

function readNode(element: Element, index: number, titles: Map<string, string>, report: Report) {
  const id = element.getAttribute('id') ?? '';
  const where = nodeWhere(id, index);
  const values = attvalues(element, titles);
  const label = element.getAttribute('label');
  const position = childrenNamed(element, 'position')[0];
  const y = position?.getAttribute('y');
  const attributes: Attributes = {
    ...values,
    ...(label === null ? {} : { label }),
    ...(position ? { x: position.getAttribute('x'), y: y ? flipY(Number(y)) : y } : {}),
  };
  const node: RawNode = nodeFromAttributes(where, id, attributes, report);
  return node;
}

function readEdge(
  element: Element,
  index: number,
  titles: Map<string, string>,
  report: Report,
): RawEdge {
  const id = element.getAttribute('id') ?? '';
  const where = edgeWhere(id, index);
  const label = element.getAttribute('label');
  const attributes = { ...attvalues(element, titles), ...(label === null ? {} : { label }) };
  const source = element.getAttribute('source') ?? '';
  const target = element.getAttribute('target') ?? '';
  return edgeFromAttributes(where, { id, source, target }, attributes, report);
}
