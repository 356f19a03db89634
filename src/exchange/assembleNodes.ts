// Turns a file's nodes into entities: a type (defaulted with a warning where the file has none),
// an id (a Concord id kept as it is for a lossless round trip, a foreign one replaced), fields
// coerced and checked exactly as a form would check them. Any problem in a node is fatal.
import { message, type Message } from '../i18n/message';
import {
  ENTITY_TYPES,
  createId,
  entityTypeOfId,
  normalizeLine,
  restoreEntity,
  validateEntity,
  type Entity,
  type EntityDraft,
  type EntityType,
  type Position,
} from '../model';
import { clip, coerceField, fieldKind, hasField, readBoolean } from './fields';
import { typeFromText, type RawNode } from './raw';
import { oneOfType, sentences, typeName, typesName, type Report } from './report';

export interface NodeOptions {
  defaultType: EntityType;
  /** Concord's own format: an unknown type or a foreign id is a problem, not an assumption. */
  strict: boolean;
}

export interface AssembledNodes {
  entities: Entity[];
  positions: Record<string, Position>;
  /** The file's id of each node → the entity's id. */
  idOf: Map<string, string>;
  /** Where each file id was first seen, for duplicate messages. */
  whereOf: Map<string, Message>;
  /** Ids and names of nodes refused: edges to them are not reported a second time. */
  rejected: Set<string>;
}

export function assembleNodes(
  nodes: RawNode[],
  options: NodeOptions,
  report: Report,
): AssembledNodes {
  const out: AssembledNodes = {
    entities: [],
    positions: {},
    idOf: new Map(),
    whereOf: new Map(),
    rejected: new Set(),
  };
  for (const node of nodes) {
    const entity = assembleNode(node, options, out, report);
    if (!entity) {
      out.rejected.add(node.id);
      if (typeof node.fields.name === 'string') out.rejected.add(normalizeLine(node.fields.name));
      continue;
    }
    out.entities.push(entity);
    out.idOf.set(node.id === '' ? entity.id : node.id, entity.id);
    const position = readPosition(node, report);
    if (position) out.positions[entity.id] = position;
  }
  return out;
}

function assembleNode(
  node: RawNode,
  options: NodeOptions,
  out: AssembledNodes,
  report: Report,
): Entity | null {
  const type = resolveType(node, options, report);
  const id = type && resolveId(node, type, options, report);
  if (!type || !id) return null;
  if (node.id !== '') {
    const first = out.whereOf.get(node.id);
    if (first !== undefined) {
      const { where } = node;
      report.problem(message('exchange.assemble.idTwice', { where, id: clip(node.id), first }));
      return null;
    }
    out.whereOf.set(node.id, node.where);
  }
  return checkEntity(node, type, id, report);
}

function resolveType(node: RawNode, options: NodeOptions, report: Report): EntityType | null {
  const idType = entityTypeOfId(node.id);
  const word = typeof node.type === 'string' ? node.type.trim() : '';
  if (node.type !== undefined && node.type !== null && typeof node.type !== 'string') {
    report.problem(message('exchange.nodes.typeNotWord', { where: node.where }));
    return null;
  }
  if (word !== '') {
    const type = typeFromText(word);
    if (type) return type;
    if (options.strict) {
      const types = ENTITY_TYPES.join(', ');
      const where = node.where;
      report.problem(message('exchange.nodes.typeNotOneOf', { where, type: clip(word), types }));
      return null;
    }
    const fallback = idType ?? options.defaultType;
    report.note(`type:${word}`, (count) =>
      message('exchange.nodes.typeUnknown', {
        count,
        type: clip(word),
        fallback: typeName(fallback),
      }),
    );
    return fallback;
  }
  if (idType) return idType; // a Concord id says what it is
  if (options.strict) {
    report.problem(message('exchange.nodes.noType', { where: node.where }));
    return null;
  }
  report.note('type:', (count) =>
    message('exchange.nodes.untyped', { count, type: typeName(options.defaultType) }),
  );
  return options.defaultType;
}

function resolveId(
  node: RawNode,
  type: EntityType,
  options: NodeOptions,
  report: Report,
): string | null {
  const idType = entityTypeOfId(node.id);
  if (idType === type) return node.id;
  if (idType) {
    report.problem(
      message('exchange.nodes.idOfOtherType', {
        where: node.where,
        id: clip(node.id),
        owner: oneOfType(idType),
        type,
      }),
    );
    return null;
  }
  if (options.strict) {
    report.problem(
      message('exchange.nodes.notConcordId', { where: node.where, id: clip(node.id) }),
    );
    return null;
  }
  return createId(type);
}

/** Coerces the node's fields, then runs the same checks as the entity form and restore. */
function checkEntity(node: RawNode, type: EntityType, id: string, report: Report): Entity | null {
  const draft: Record<string, unknown> = {};
  let ok = true;
  for (const [field, value] of Object.entries(node.fields)) {
    if (field === 'type' || field === 'id') continue;
    if (fieldKind(field) === null) {
      report.note(`field:${field}`, (count) =>
        message('exchange.nodes.unknownField', { field: clip(field), count }),
      );
      continue;
    }
    if (!hasField(type, field)) {
      if (value !== '' && value !== undefined && value !== null) ignoredField(report, type, field);
      continue;
    }
    const coerced = coerceField(field, value);
    if (coerced.ok) draft[field] = coerced.value;
    else {
      const { where } = node;
      report.problem(
        message('exchange.report.fieldAt', { where, field, problem: coerced.message }),
      );
      ok = false;
    }
  }
  if (!ok) return null;
  const checked = validateEntity(type, draft as EntityDraft);
  if (!checked.ok) {
    for (const [field, problem] of Object.entries(checked.errors))
      report.problem(message('exchange.report.fieldAt', { where: node.where, field, problem }));
    return null;
  }
  const restored = restoreEntity(id, checked.value);
  if (!restored.value || restored.problems.length > 0) {
    const { where } = node;
    report.problem(
      restored.problems.length > 0
        ? message('exchange.report.at', { where, problem: sentences(restored.problems) })
        : message('exchange.report.unreadable', { where }),
    );
    return null;
  }
  return restored.value;
}

function ignoredField(report: Report, type: EntityType, field: string) {
  report.note(`other:${type}:${field}`, (count) =>
    message('exchange.nodes.fieldIgnored', { count, field, types: typesName(type) }),
  );
}

function readPosition(node: RawNode, report: Report): Position | null {
  const raw = node.position;
  if (!raw || (isBlank(raw.x) && isBlank(raw.y))) return null;
  const x = readNumber(raw.x);
  const y = readNumber(raw.y);
  if (x === null || y === null) {
    report.problem(message('exchange.nodes.positionNotNumbers', { where: node.where }));
    return null;
  }
  if (isBlank(raw.pinned)) return { x, y };
  const pinned = readBoolean(raw.pinned);
  if (pinned === null) {
    report.problem(message('exchange.nodes.pinnedNotBoolean', { where: node.where }));
    return null;
  }
  return { x, y, pinned };
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function readNumber(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}
