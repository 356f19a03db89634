// Turns a file's edges into relations between the entities of the same file: ends resolved (by id,
// or by name where the format allows it), the type checked against the relation rules, the
// provenance read strictly, repeats of one relation united. Any problem in an edge is fatal.
import {
  canLink,
  createId,
  entityTypeOfId,
  isRelationId,
  normalizeLine,
  RELATION_RULES,
  restoreRelation,
  uniteProvenance,
  MAX_NAME_LENGTH,
  type Entity,
  type Relation,
  type RelationType,
} from '../model';
import { message, type Message } from '../i18n/message';
import type { AssembledNodes } from './assembleNodes';
import { clip } from './fields';
import { readProvenance } from './provenanceText';
import { relationTypeFromText, type RawEdge } from './raw';
import { oneOfType, sentences, type Report } from './report';

export interface EdgeOptions {
  strict: boolean;
  /** CSV: an end may give a node's name instead of its id. */
  endsByName: boolean;
}

interface Context {
  nodes: AssembledNodes;
  /** Normalised name → the ids of the entities with that name. */
  byName: Map<string, string[]>;
  options: EdgeOptions;
  report: Report;
}

export function assembleEdges(
  edges: RawEdge[],
  nodes: AssembledNodes,
  options: EdgeOptions,
  report: Report,
): Relation[] {
  const context: Context = { nodes, byName: namesOf(nodes.entities), options, report };
  const byIdentity = new Map<string, Relation>();
  // Repeats' provenance is united once at the end: uniting at each repeat costs a time
  // quadratic in the repeats (5,000 repeated rows took 31 s).
  const repeated = new Map<Relation, Relation['provenance'][]>();
  const seenIds = new Map<string, Message>();
  for (const edge of edges) {
    const relation = checkEdge(edge, context);
    if (!relation) continue;
    const first = seenIds.get(relation.id);
    if (first !== undefined) {
      const where = edge.where;
      report.problem(message('exchange.assemble.idTwice', { where, id: relation.id, first }));
      continue;
    }
    seenIds.set(relation.id, edge.where);
    const key = JSON.stringify([relation.type, relation.from, relation.to, relation.label]);
    const same = byIdentity.get(key);
    if (!same) byIdentity.set(key, relation);
    else {
      // The store keeps one relation per type, ends and label: a repeat attests the first.
      const lists = repeated.get(same) ?? [same.provenance];
      lists.push(relation.provenance);
      repeated.set(same, lists);
      report.note('repeat', (count) => message('exchange.edges.repeated', { count }));
    }
  }
  for (const [relation, lists] of repeated) relation.provenance = uniteProvenance(lists.flat());
  return [...byIdentity.values()];
}

function namesOf(entities: Entity[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const e of entities) {
    // Pushed, not copied: 30,000 entities of one name took 9 s when each copied the list.
    const ids = byName.get(e.name);
    if (ids) ids.push(e.id);
    else byName.set(e.name, [e.id]);
  }
  return byName;
}

function checkEdge(edge: RawEdge, context: Context): Relation | null {
  const { report } = context;
  const from = resolveEnd(edge, 'source', context);
  const to = resolveEnd(edge, 'target', context);
  const typed = resolveType(edge, context);
  const provenance = readProvenance(edge.provenance);
  const badProvenance = !Array.isArray(provenance);
  if (badProvenance)
    report.problem(message('exchange.report.at', { where: edge.where, problem: provenance }));
  if (!from || !to || !typed || badProvenance) return null;
  const { type } = typed;
  const fromType = entityTypeOfId(from)!;
  const toType = entityTypeOfId(to)!;
  if (from === to) {
    const name = clip(edge.source);
    report.problem(message('exchange.edges.toItself', { where: edge.where, name }));
    return null;
  }
  if (!canLink(type, fromType, toType)) {
    const [a, b] = [oneOfType(fromType), oneOfType(toType)];
    const verb = message(`common.relation.${type}`);
    report.problem(
      message('exchange.edges.cannotLink', { where: edge.where, from: a, to: b, verb }),
    );
    return null;
  }
  const label = storedLabel(edge, type, typed.label, report);
  const id = resolveId(edge, context);
  if (label === null || !id) return null;
  return restore(edge, { id, type, from, to, label, provenance }, report);
}

function restore(edge: RawEdge, relation: Relation, report: Report): Relation | null {
  const restored = restoreRelation(relation.id, relation);
  if (!restored.value || restored.problems.length > 0) {
    const { where } = edge;
    report.problem(
      restored.problems.length > 0
        ? message('exchange.report.at', { where, problem: sentences(restored.problems) })
        : message('exchange.report.unreadable', { where }),
    );
    return null;
  }
  return restored.value;
}

function resolveEnd(edge: RawEdge, end: 'source' | 'target', context: Context): string | null {
  const ref = edge[end].trim();
  const { nodes, byName, options, report } = context;
  const where = edge.where;
  const endName = message(`exchange.edges.end.${end}`);
  if (ref === '') {
    report.problem(message('exchange.edges.noEnd', { where, end: endName }));
    return null;
  }
  const byId = nodes.idOf.get(ref);
  if (byId) return byId;
  const named = options.endsByName ? (byName.get(normalizeLine(ref)) ?? []) : [];
  if (named.length === 1) return named[0];
  // The node it names was refused and said so: one problem is enough.
  if (named.length === 0 && (nodes.rejected.has(ref) || nodes.rejected.has(normalizeLine(ref))))
    return null;
  const name = clip(ref);
  if (named.length > 1) {
    const count = named.length;
    report.problem(message('exchange.edges.endNamesMany', { where, end: endName, name, count }));
  } else report.problem(message('exchange.edges.endNotNode', { where, end: endName, name }));
  return null;
}

/** The relation type, or related_to (keeping the file's word as the label) for one Concord lacks. */
function resolveType(
  edge: RawEdge,
  { options, report }: Context,
): { type: RelationType; label: unknown } | null {
  const word = typeof edge.type === 'string' ? edge.type.trim() : '';
  const type = word === '' ? null : relationTypeFromText(word);
  if (type) return { type, label: edge.label };
  if (options.strict) {
    const { where } = edge;
    report.problem(
      word === ''
        ? message('exchange.edges.noType', { where })
        : message('exchange.edges.unknownType', { where, type: clip(word) }),
    );
    return null;
  }
  const relation = message('common.relation.related_to');
  if (word === '') {
    report.note('rel-type:', (count) => message('exchange.edges.untyped', { count, relation }));
    return { type: 'related_to', label: edge.label };
  }
  report.note(`rel-type:${word}`, (count) =>
    message('exchange.edges.typeUnknown', { count, type: clip(word), relation }),
  );
  const given = typeof edge.label === 'string' ? edge.label.trim() : '';
  return { type: 'related_to', label: given === '' ? word : `${word}: ${given}` };
}

/** The label as the store keeps it (see storedLabel in the store): none for a type without one. */
function storedLabel(
  edge: RawEdge,
  type: RelationType,
  raw: unknown,
  report: Report,
): string | null {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') {
    report.problem(message('exchange.edges.labelNotText', { where: edge.where }));
    return null;
  }
  const label = normalizeLine(raw ?? '');
  if (!RELATION_RULES[type].labelMeaning) {
    if (label !== '')
      report.note(`label:${type}`, (count) =>
        message('exchange.edges.labelIgnored', { count, verb: message(`common.relation.${type}`) }),
      );
    return '';
  }
  if (label.length > MAX_NAME_LENGTH) {
    const length = label.length;
    const most = MAX_NAME_LENGTH;
    report.problem(message('exchange.edges.labelTooLong', { where: edge.where, length, most }));
    return null;
  }
  return label;
}

function resolveId(edge: RawEdge, { options, report }: Context): string | null {
  if (isRelationId(edge.id)) return edge.id;
  if (options.strict) {
    report.problem(
      message('exchange.edges.notConcordId', { where: edge.where, id: clip(edge.id) }),
    );
    return null;
  }
  return createId('rel');
}
