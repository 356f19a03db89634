// Cytoscape JSON (cytoscape.js `elements`, which Cytoscape desktop opens as .cyjs): node data
// holds the type and every field with JSON types, `label` the name, `position` and `locked` the
// layout; edge data the relation type, label and provenance (JSON text, as Cytoscape desktop
// keeps only plain values and lists in its tables).
import { message } from '../i18n/message';
import { sizeProblem } from './assemble';
import { edgeFromAttributes, nodeFromAttributes } from './attributes';
import { fieldValue, fieldsOf } from './fields';
import { writeProvenance } from './provenanceText';
import { edgeWhere, nodeWhere, type RawEdge, type RawGraph, type RawNode } from './raw';
import type { Report } from './report';
import type { WorkspaceSnapshot } from './snapshot';
import type { Position } from '../model';

export function exportCytoscapeJson(s: WorkspaceSnapshot): string {
  const nodes = s.entities.map((entity) => {
    const data: Record<string, unknown> = { id: entity.id, label: entity.name, type: entity.type };
    for (const field of fieldsOf(entity.type)) {
      const value = fieldValue(entity, field);
      if (value !== null) data[field] = value;
    }
    const position: Position | undefined = s.positions[entity.id];
    if (!position) return { data };
    const locked = position.pinned === undefined ? {} : { locked: position.pinned };
    return { data, position: { x: position.x, y: position.y }, ...locked };
  });
  const edges = s.relations.map((r) => {
    const provenance = writeProvenance(r.provenance);
    const data = { id: r.id, source: r.from, target: r.to, type: r.type, label: r.label };
    return { data: provenance === '' ? data : { ...data, provenance } };
  });
  const file = {
    format_version: '1.0',
    generated_by: 'Concord',
    target_cytoscapejs_version: '~3',
    data: { name: s.name },
    elements: { nodes, edges },
  };
  return JSON.stringify(file, null, 2);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON looks like Cytoscape's: an object with `elements`. */
export function isCytoscapeJson(value: unknown): boolean {
  return isRecord(value) && (isRecord(value.elements) || Array.isArray(value.elements));
}

/** Elements as an object of two lists, or one list whose items say their group. */
export function readCytoscapeJson(
  value: unknown,
  fallbackName: string,
  report: Report,
): RawGraph | null {
  const elements = isRecord(value) ? value.elements : undefined;
  let nodes: unknown[] = [];
  let edges: unknown[] = [];
  if (Array.isArray(elements)) {
    const isEdge = (e: unknown) =>
      isRecord(e) && (e.group === 'edges' || (isRecord(e.data) && 'source' in e.data));
    nodes = elements.filter((e) => !isEdge(e));
    edges = elements.filter(isEdge);
  } else if (isRecord(elements)) {
    nodes = Array.isArray(elements.nodes) ? elements.nodes : [];
    edges = Array.isArray(elements.edges) ? elements.edges : [];
    if (elements.nodes !== undefined && !Array.isArray(elements.nodes))
      report.problem(message('exchange.cytoscapeJson.nodesNotList'));
    if (elements.edges !== undefined && !Array.isArray(elements.edges))
      report.problem(message('exchange.cytoscapeJson.edgesNotList'));
  }
  const tooLarge = sizeProblem(nodes.length, edges.length);
  if (tooLarge) report.problem(tooLarge);
  if (report.failed) return null;
  const data = isRecord(value) && isRecord(value.data) ? value.data : {};
  const name = typeof data.name === 'string' && data.name.trim() ? data.name : fallbackName;
  return {
    name,
    nodes: nodes.map((element, i) => readNode(element, i, report)),
    edges: edges.map((element, i) => readEdge(element, i, report)),
  };
}

function dataOf(element: unknown): Record<string, unknown> {
  return isRecord(element) && isRecord(element.data) ? element.data : {};
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function readNode(element: unknown, index: number, report: Report): RawNode {
  const data = dataOf(element);
  const id = text(data.id);
  const where = nodeWhere(id, index);
  const position = isRecord(element) && isRecord(element.position) ? element.position : {};
  const locked = isRecord(element) ? element.locked : undefined;
  const attributes = { ...data, x: position.x, y: position.y, pinned: locked };
  return nodeFromAttributes(where, id, attributes, report);
}

function readEdge(element: unknown, index: number, report: Report): RawEdge {
  const data = dataOf(element);
  const id = text(data.id);
  const where = edgeWhere(id, index);
  const { source, target, ...rest } = data;
  const ends = { id, source: text(source), target: text(target) };
  return edgeFromAttributes(where, ends, rest, report);
}
