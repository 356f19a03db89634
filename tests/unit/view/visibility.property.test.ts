// Randomised graphs and filters (replayable from the seed in each test's name): whatever the
// filters, what is shown is a consistent subgraph, and shortest paths are real and shortest.
import { describe, expect, test } from 'vitest';
import {
  ENTITY_TYPES,
  RELATION_RULES,
  RELATION_TYPES,
  type Entity,
  type EntityType,
  type RelationType,
} from '../../../src/model';
import {
  agreementInRange,
  computeVisibility,
  NO_FILTERS,
  shortestPath,
  type GraphData,
  type ViewFilters,
  type Visibility,
} from '../../../src/view';
import { createSeededRandom, type SeededRandom } from '../../fixtures/seededRandom';
import { agreement, build } from './world';

function randomEntity(rng: SeededRandom, type: EntityType, id: string): Entity {
  const base = { id, name: id, aliases: [], notes: '' };
  switch (type) {
    case 'agreement':
      return agreement(id, {
        signed: rng.chance(0.6) ? `${rng.int(2010, 2030)}-01-01` : rng.chance(0.5) ? '16/09' : '',
        periodFrom: rng.chance(0.5) ? rng.int(2010, 2030) : null,
        periodTo: rng.chance(0.5) ? rng.int(2010, 2035) : null,
      });
    case 'person':
      return { ...base, type, rank: '', titles: [] };
    case 'org':
      return { ...base, type, kind: '' };
    case 'theme':
      return { ...base, type, campaign: false };
    case 'source':
      return { ...base, type, url: '', published: '', text: '' };
  }
}

function randomGraph(rng: SeededRandom) {
  const entities: Entity[] = [];
  const count = rng.int(5, 60);
  for (let i = 0; i < count; i++) {
    const type = rng.pick(ENTITY_TYPES);
    entities.push(randomEntity(rng, type, `${type}:${rng.token(10)}`));
  }
  const links: Array<[RelationType, string, string]> = [];
  for (let i = rng.int(0, count * 3); i > 0; i--) {
    const type = rng.pick(RELATION_TYPES);
    const from = entities.filter((e) => RELATION_RULES[type].from.includes(e.type));
    const to = entities.filter((e) => RELATION_RULES[type].to.includes(e.type));
    if (from.length === 0 || to.length === 0) continue;
    const a = rng.pick(from).id;
    const b = rng.pick(to).id;
    if (a !== b) links.push([type, a, b]);
  }
  return build(entities, links);
}

const some = <T>(rng: SeededRandom, items: readonly T[], p: number) =>
  items.filter(() => rng.chance(p));

function randomFilters(rng: SeededRandom, data: GraphData): ViewFilters {
  const ids = Object.keys(data.entities);
  const from = rng.int(2008, 2032);
  return {
    hiddenEntityTypes: some(rng, ENTITY_TYPES, 0.15),
    hiddenRelationTypes: some(rng, RELATION_TYPES, 0.15),
    themes: rng.chance(0.3) ? some(rng, ids, 0.1) : [],
    organisations: rng.chance(0.3) ? some(rng, ids, 0.1) : [],
    hideIsolated: rng.chance(0.4),
    time: rng.chance(0.4)
      ? { from, to: from + rng.int(0, 6), includeUndated: rng.chance(0.5) }
      : null,
    focus: rng.chance(0.3)
      ? { roots: some(rng, ids, 0.1), depth: rng.pick([1, 2, 3] as const) }
      : null,
    expanded: rng.chance(0.3) ? some(rng, ids, 0.1) : [],
    collapsed: rng.chance(0.3) ? some(rng, ids, 0.1) : [],
  };
}

function checkConsistent(data: GraphData, f: ViewFilters, v: Visibility) {
  const hiddenRelations = new Set(f.hiddenRelationTypes);
  const roots = new Set(f.focus?.roots ?? []);
  for (const [id, relation] of Object.entries(data.relations)) {
    const shown = !hiddenRelations.has(relation.type);
    const endsVisible = v.entities.has(relation.from) && v.entities.has(relation.to);
    // Visible exactly when its type is shown and both ends are visible.
    expect(v.relations.has(id), id).toBe(shown && endsVisible);
  }
  for (const id of v.entities) {
    const entity = data.entities[id];
    expect(entity, id).toBeDefined();
    if (roots.has(id)) continue;
    expect(f.hiddenEntityTypes).not.toContain(entity.type);
    if (f.time && entity.type === 'agreement') expect(agreementInRange(entity, f.time)).toBe(true);
  }
  for (const id of roots) if (data.entities[id]) expect(v.entities.has(id)).toBe(true);
  if (f.hideIsolated && f.collapsed.length === 0) {
    const linked = new Set<string>();
    for (const id of v.relations) linked.add(data.relations[id].from).add(data.relations[id].to);
    for (const id of v.entities) expect(linked.has(id) || roots.has(id), id).toBe(true);
  }
  expect(v.hiddenEntityCount).toBe(Object.keys(data.entities).length - v.entities.size);
  expect(v.hiddenRelationCount).toBe(Object.keys(data.relations).length - v.relations.size);
}

/** Hop distances from `start` over the visible relations, by plain relaxation. */
function distances(data: GraphData, v: Visibility, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of v.relations) {
      const { from, to } = data.relations[id];
      for (const [a, b] of [
        [from, to],
        [to, from],
      ]) {
        const da = distance.get(a);
        if (da !== undefined && (distance.get(b) ?? Infinity) > da + 1) {
          distance.set(b, da + 1);
          changed = true;
        }
      }
    }
  }
  return distance;
}

function checkPaths(rng: SeededRandom, built: ReturnType<typeof build>, v: Visibility) {
  const { data, adjacency } = built;
  const visible = [...v.entities];
  if (visible.length === 0) return;
  for (let i = 0; i < 5; i++) {
    const a = rng.pick(visible);
    const b = rng.pick(visible);
    const path = shortestPath(data, adjacency, a, b, v);
    const expected = distances(data, v, a).get(b);
    if (expected === undefined) {
      expect(path).toBeNull();
      continue;
    }
    expect(path).not.toBeNull();
    expect(path?.length).toBe(expected + 1);
    expect(path?.[0]).toEqual({ entityId: a, via: null });
    path?.slice(1).forEach((step, k) => {
      const relation = data.relations[step.via as string];
      expect(v.relations.has(relation.id)).toBe(true);
      expect([relation.from, relation.to].sort()).toEqual([path[k].entityId, step.entityId].sort());
    });
  }
}

describe('computeVisibility on random graphs', () => {
  for (let seed = 1; seed <= 60; seed++) {
    test(`seed ${seed}`, () => {
      const rng = createSeededRandom(seed);
      const built = randomGraph(rng);
      const all = computeVisibility(built.data, built.adjacency, NO_FILTERS);
      expect(all.entities.size).toBe(Object.keys(built.data.entities).length);
      expect(all.relations.size).toBe(Object.keys(built.data.relations).length);
      for (let round = 0; round < 8; round++) {
        const f = randomFilters(rng, built.data);
        const v = computeVisibility(built.data, built.adjacency, f);
        checkConsistent(built.data, f, v);
        checkPaths(rng, built, v);
      }
    });
  }
});
