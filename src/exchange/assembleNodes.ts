// Turns a file's nodes into entities: a type (defaulted with a warning where the file has none),
// an id (a Concord id kept as it is for a lossless round trip, a foreign one replaced), fields
// coerced and checked exactly as a form would check them. Any problem in a node is fatal.
import {
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
import { translate } from '../i18n/translate';
import { clip, coerceField, fieldKind, hasField, readBoolean } from './fields';
import { typeFromText, type RawNode } from './raw';
import { plural, withArticle, type Report } from './report';
import { TYPE_NAMES } from './snapshot';

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
  whereOf: Map<string, string>;
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
      report.problem(`${node.where}: the id “${clip(node.id)}” is used twice (also ${first}).`);
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
    report.problem(`${node.where}: its type is not a word.`);
    return null;
  }
  if (word !== '') {
    const type = typeFromText(word);
    if (type) return type;
    if (options.strict) {
      report.problem(`${node.where}: the type “${clip(word)}” is not one of ${typeList()}.`);
      return null;
    }
    const fallback = idType ?? options.defaultType;
    report.note(`type:${word}`, (n) => {
      const nodes = plural(n, 'node');
      return `${nodes} had the type “${clip(word)}”, which Concord does not know; imported as ${TYPE_NAMES[fallback].one}.`;
    });
    return fallback;
  }
  if (idType) return idType; // a Concord id says what it is
  if (options.strict) {
    report.problem(`${node.where}: it has no type.`);
    return null;
  }
  report.note('type:', (n) => {
    const name = TYPE_NAMES[options.defaultType].one;
    return `${plural(n, 'node')} had no type; imported as ${name}.`;
  });
  return options.defaultType;
}

const typeList = () => Object.keys(TYPE_NAMES).join(', ');

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
      `${node.where}: the id “${clip(node.id)}” belongs to ${withArticle(TYPE_NAMES[idType].one.toLowerCase())}, but its type is “${type}”.`,
    );
    return null;
  }
  if (options.strict) {
    report.problem(`${node.where}: “${clip(node.id)}” is not a Concord id.`);
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
      report.note(`field:${field}`, (n) => `Ignored the unknown field “${clip(field)}” (${n}×).`);
      continue;
    }
    if (!hasField(type, field)) {
      if (value !== '' && value !== undefined && value !== null) ignoredField(report, type, field);
      continue;
    }
    const coerced = coerceField(field, value);
    if (coerced.ok) draft[field] = coerced.value;
    else {
      report.problem(`${node.where}: ${field}: ${coerced.message}`);
      ok = false;
    }
  }
  if (!ok) return null;
  const checked = validateEntity(type, draft as EntityDraft);
  if (!checked.ok) {
    for (const [field, message] of Object.entries(checked.errors))
      report.problem(`${node.where}: ${field}: ${translate('en', message)}`);
    return null;
  }
  const restored = restoreEntity(id, checked.value);
  if (!restored.value || restored.problems.length > 0) {
    const problems = restored.problems.map((problem) => translate('en', problem));
    report.problem(`${node.where}: ${problems.join(' ') || 'it cannot be read.'}`);
    return null;
  }
  return restored.value;
}

function ignoredField(report: Report, type: EntityType, field: string) {
  report.note(`other:${type}:${field}`, (n) => {
    const values = plural(n, 'value');
    return `Ignored ${values} of “${field}” given to ${TYPE_NAMES[type].many}, which have no such field.`;
  });
}

function readPosition(node: RawNode, report: Report): Position | null {
  const raw = node.position;
  if (!raw || (isBlank(raw.x) && isBlank(raw.y))) return null;
  const x = readNumber(raw.x);
  const y = readNumber(raw.y);
  if (x === null || y === null) {
    report.problem(`${node.where}: its position is not two numbers.`);
    return null;
  }
  if (isBlank(raw.pinned)) return { x, y };
  const pinned = readBoolean(raw.pinned);
  if (pinned === null) {
    report.problem(`${node.where}: “pinned” must be true or false.`);
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
