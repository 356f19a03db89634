// Entity resolution over the records the projection holds: which entities of one type are
// probably one body or person, because a name or alias of one meets a name or alias of another
// under nameKey (abbreviations expanded; diacritics, case and punctuation ignored).
import { message, type Message } from '../i18n/message';
import { expandAbbreviations, nameKey } from './abbreviations';
import { foldForSearch, normalizeLine } from './text';
import type { Entity, EntityType } from './types';

export interface DuplicateGroup {
  /** Two or more ids of one type, in the order the entities were given. */
  ids: string[];
  /** Why, in words: “BĐBP tỉnh” is an abbreviation of “Bộ đội Biên phòng tỉnh”. */
  reason: Message;
}

/** One spelling (name or alias) of one entity. */
export interface Spelling {
  id: string;
  text: string;
  isName: boolean;
}

/** Every spelling filed under its entity type and name key: built once, asked many times. */
export interface NameIndex {
  byType: Map<EntityType, Map<string, Spelling[]>>;
}

export interface MergeMatch {
  id: string;
  reason: Message;
}

/** Files one spelling; an entity is filed once per key, under its name when that has the key. */
function file(keys: Map<string, Spelling[]>, id: string, text: string, isName: boolean): void {
  const key = nameKey(text);
  if (key === '') return;
  const list = keys.get(key);
  if (!list) keys.set(key, [{ id, text, isName }]);
  // An entity's spellings are filed one after another, so a repeat can only be the last one.
  else if (list[list.length - 1].id !== id) list.push({ id, text, isName });
}

/** O(number of names and aliases). */
export function indexNames(entities: Readonly<Record<string, Entity>>): NameIndex {
  const byType = new Map<EntityType, Map<string, Spelling[]>>();
  for (const entity of Object.values(entities)) {
    let keys = byType.get(entity.type);
    if (!keys) byType.set(entity.type, (keys = new Map()));
    file(keys, entity.id, entity.name, true);
    for (const alias of entity.aliases) file(keys, entity.id, alias, false);
  }
  return { byType };
}

/** In words, why two spellings with one name key name the same thing. */
export function describeNameMatch(a: string, b: string): Message {
  if (a === b) return message('entities.duplicates.sameName', { name: a }); // most often, and cheap
  if (normalizeLine(a) === normalizeLine(b))
    return message('entities.duplicates.sameName', { name: normalizeLine(a) });
  if (foldForSearch(a) === foldForSearch(b)) {
    return a.toLowerCase() === b.toLowerCase()
      ? message('entities.duplicates.ignoringCase', { a, b })
      : message('entities.duplicates.ignoringDiacritics', { a, b });
  }
  const longA = expandAbbreviations(a);
  const longB = expandAbbreviations(b);
  const shortA = longA !== a.normalize('NFC');
  const shortB = longB !== b.normalize('NFC');
  if (shortA && !shortB) return message('entities.duplicates.abbreviation', { short: a, long: b });
  if (shortB && !shortA) return message('entities.duplicates.abbreviation', { short: b, long: a });
  if (shortA && shortB) return message('entities.duplicates.bothAbbreviate', { a, b, long: longA });
  return message('entities.duplicates.ignoringPunctuation', { a, b });
}

/** Disjoint sets of ids with path halving: near-constant time per union or find. */
function createUnionFind() {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let node = id;
    let up = parent.get(node);
    while (up !== undefined && up !== node) {
      const grand = parent.get(up) ?? up;
      parent.set(node, grand);
      node = grand;
      up = parent.get(node);
    }
    return node;
  };
  const union = (a: string, b: string) => {
    const rootA = find(a);
    const rootB = find(b);
    if (!parent.has(rootA)) parent.set(rootA, rootA);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  return { find, union, has: (id: string) => parent.has(id) };
}

const MAX_REASONS = 3;

/** The first reasons one after another, then how many more; `reasons` is never empty. */
function summariseReasons(reasons: ReadonlyMap<string, Message>): Message {
  const [first, ...next] = [...reasons.values()].slice(0, MAX_REASONS);
  const listed = next.reduce(
    (joined, reason) => message('entities.duplicates.reasons', { first: joined, next: reason }),
    first,
  );
  const more = reasons.size - 1 - next.length;
  return more > 0
    ? message('entities.duplicates.moreReasons', { reasons: listed, count: more })
    : listed;
}

/**
 * Groups of entities of one type that are probably one: linked when any of their names or
 * aliases share a name key, and transitively (A ~ B by name, B ~ C by alias: one group).
 */
export function findPossibleDuplicates(
  entities: Readonly<Record<string, Entity>>,
): DuplicateGroup[] {
  const sets = createUnionFind();
  const links: Array<[Spelling, Spelling]> = [];
  for (const keys of indexNames(entities).byType.values()) {
    for (const spellings of keys.values()) {
      for (let i = 1; i < spellings.length; i += 1) {
        sets.union(spellings[0].id, spellings[i].id);
        links.push([spellings[0], spellings[i]]);
      }
    }
  }
  // Reasons by their content, so that one said twice is listed once.
  const groups = new Map<string, { ids: string[]; reasons: Map<string, Message> }>();
  for (const entity of Object.values(entities)) {
    if (!sets.has(entity.id)) continue;
    const root = sets.find(entity.id);
    const group = groups.get(root) ?? { ids: [], reasons: new Map<string, Message>() };
    group.ids.push(entity.id);
    groups.set(root, group);
  }
  for (const [a, b] of links) {
    const reason = describeNameMatch(a.text, b.text);
    groups.get(sets.find(a.id))?.reasons.set(JSON.stringify(reason), reason);
  }
  return [...groups.values()].map(({ ids, reasons }) => ({
    ids,
    reason: summariseReasons(reasons),
  }));
}

const isNameIndex = (value: object): value is NameIndex =>
  'byType' in value && (value as NameIndex).byType instanceof Map;

/**
 * The existing entity of `type` that a candidate named `names` (its name first, then its
 * aliases) would duplicate, and why. An earlier name of the candidate wins; among entities
 * sharing a key, one whose own name matches beats one matched by an alias. Pass a NameIndex
 * when asking for many candidates, so the entities are indexed once.
 */
export function findMergeMatch(
  entities: Readonly<Record<string, Entity>> | NameIndex,
  type: EntityType,
  names: readonly string[],
): MergeMatch | null {
  const index = isNameIndex(entities) ? entities : indexNames(entities);
  const keys = index.byType.get(type);
  if (!keys) return null;
  for (const text of names) {
    const spellings = keys.get(nameKey(text));
    if (!spellings) continue;
    const best = spellings.find((spelling) => spelling.isName) ?? spellings[0];
    return { id: best.id, reason: describeNameMatch(text, best.text) };
  }
  return null;
}

/** The id of the entity `findMergeMatch` proposes to merge a candidate into, or null. */
export function findMergeTarget(
  entities: Readonly<Record<string, Entity>> | NameIndex,
  type: EntityType,
  names: readonly string[],
): string | null {
  return findMergeMatch(entities, type, names)?.id ?? null;
}
