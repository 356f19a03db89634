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
import { translate } from '../i18n/translate';
import type { AssembledNodes } from './assembleNodes';
import { clip } from './fields';
import { readProvenance } from './provenanceText';
import { relationTypeFromText, type RawEdge } from './raw';
import { plural, withArticle, type Report } from './report';
import { TYPE_NAMES } from './snapshot';

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
  const seenIds = new Map<string, string>();
  for (const edge of edges) {
    const relation = checkEdge(edge, context);
    if (!relation) continue;
    const first = seenIds.get(relation.id);
    if (first !== undefined) {
      report.problem(`${edge.where}: the id “${relation.id}” is used twice (also ${first}).`);
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
      report.note(
        'repeat',
        (n) => `${plural(n, 'relation')} repeated another; their sources were united.`,
      );
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
  if (typeof provenance === 'string') report.problem(`${edge.where}: ${provenance}`);
  if (!from || !to || !typed || typeof provenance === 'string') return null;
  const { type } = typed;
  const fromType = entityTypeOfId(from)!;
  const toType = entityTypeOfId(to)!;
  if (from === to) {
    report.problem(`${edge.where}: it links “${clip(edge.source)}” to itself.`);
    return null;
  }
  if (!canLink(type, fromType, toType)) {
    const [a, b] = [fromType, toType].map((t) => withArticle(TYPE_NAMES[t].one.toLowerCase()));
    const verb = RELATION_RULES[type].verb;
    report.problem(`${edge.where}: ${a} cannot be linked to ${b} as “${verb}”.`);
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
    const problems = restored.problems.map((problem) => translate('en', problem));
    report.problem(`${edge.where}: ${problems.join(' ') || 'it cannot be read.'}`);
    return null;
  }
  return restored.value;
}

function resolveEnd(edge: RawEdge, end: 'source' | 'target', context: Context): string | null {
  const ref = edge[end].trim();
  const { nodes, byName, options, report } = context;
  if (ref === '') {
    report.problem(`${edge.where}: it has no ${end}.`);
    return null;
  }
  const byId = nodes.idOf.get(ref);
  if (byId) return byId;
  const named = options.endsByName ? (byName.get(normalizeLine(ref)) ?? []) : [];
  if (named.length === 1) return named[0];
  // The node it names was refused and said so: one problem is enough.
  if (named.length === 0 && (nodes.rejected.has(ref) || nodes.rejected.has(normalizeLine(ref))))
    return null;
  if (named.length > 1) {
    report.problem(
      `${edge.where}: its ${end} “${clip(ref)}” names ${named.length} entities; give its id instead.`,
    );
  } else report.problem(`${edge.where}: its ${end} “${clip(ref)}” is not a node of the file.`);
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
    const what = word === '' ? 'it has no relation type' : `the type “${clip(word)}” is unknown`;
    report.problem(`${edge.where}: ${what}.`);
    return null;
  }
  if (word === '') {
    report.note('rel-type:', (n) => `${plural(n, 'edge')} had no type; imported as “related to”.`);
    return { type: 'related_to', label: edge.label };
  }
  report.note(`rel-type:${word}`, (n) => {
    const edges = plural(n, 'edge');
    return `${edges} had the type “${clip(word)}”, which Concord does not know; imported as “related to” with that label.`;
  });
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
    report.problem(`${edge.where}: its label is not text.`);
    return null;
  }
  const label = normalizeLine(raw ?? '');
  if (!RELATION_RULES[type].labelMeaning) {
    if (label !== '')
      report.note(`label:${type}`, (n) => {
        const labels = plural(n, 'label');
        return `Ignored ${labels} of “${RELATION_RULES[type].verb}” relations, which have none.`;
      });
    return '';
  }
  if (label.length > MAX_NAME_LENGTH) {
    report.problem(
      `${edge.where}: its label has ${label.length} characters; at most ${MAX_NAME_LENGTH}.`,
    );
    return null;
  }
  return label;
}

function resolveId(edge: RawEdge, { options, report }: Context): string | null {
  if (isRelationId(edge.id)) return edge.id;
  if (options.strict) {
    report.problem(`${edge.where}: “${clip(edge.id)}” is not a Concord relation id.`);
    return null;
  }
  return createId('rel');
}
