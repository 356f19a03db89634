// What computeVisibility shows for each filter on its own and in combination, on the hand-built
// world (see world.ts for its shape): exact sets, so an extra or a missing node fails.
import { describe, expect, test } from 'vitest';
import {
  collapseNode,
  computeVisibility,
  createAdjacency,
  expandNode,
  NO_FILTERS,
  type ViewFilters,
} from '../../../src/view';
import { agreement, ALL, build, sorted, W, world } from './world';

const { data, adjacency, rel } = world();
const visible = (f: Partial<ViewFilters>) =>
  computeVisibility(data, adjacency, { ...NO_FILTERS, ...f });
const entitiesFor = (f: Partial<ViewFilters>) => sorted(visible(f).entities);
const except = (...ids: string[]) => sorted(ALL.filter((id) => !ids.includes(id)));
const allRelations = Object.keys(data.relations);

describe('computeVisibility: types and isolation', () => {
  test('with no filters everything is visible', () => {
    const v = visible({});
    expect(sorted(v.entities)).toEqual(sorted(ALL));
    expect(sorted(v.relations)).toEqual(sorted(allRelations));
    expect([v.hiddenEntityCount, v.hiddenRelationCount]).toEqual([0, 0]);
  });

  test('a hidden entity type takes its entities and every relation touching them', () => {
    const v = visible({ hiddenEntityTypes: ['person'] });
    expect(sorted(v.entities)).toEqual(except(W.an, W.binh, W.cuong, W.dung));
    const touching = [
      rel(W.an, W.bdbp),
      rel(W.binh, W.quanuy),
      rel(W.dung, W.donbp1),
      rel(W.an, W.ctph2020),
      rel(W.binh, W.ctph2020),
      rel(W.cuong, W.qc2016),
      rel(W.bao1, W.an),
    ];
    expect(sorted(v.relations)).toEqual(sorted(allRelations.filter((r) => !touching.includes(r))));
    expect([v.hiddenEntityCount, v.hiddenRelationCount]).toEqual([4, 7]);
  });

  test('hidden types combine with OR within the kind', () => {
    expect(entitiesFor({ hiddenEntityTypes: ['person', 'source'] })).toEqual(
      except(W.an, W.binh, W.cuong, W.dung, W.bao1),
    );
  });

  test('a hidden relation type hides its relations but not their ends', () => {
    const v = visible({ hiddenRelationTypes: ['mentions'] });
    expect(sorted(v.entities)).toEqual(sorted(ALL));
    expect(v.relations.has(rel(W.bao1, W.an))).toBe(false);
    expect(v.relations.size).toBe(allRelations.length - 3);
  });

  test('hideIsolated hides what has no visible relation, after the other filters', () => {
    expect(entitiesFor({ hideIsolated: true })).toEqual(except(W.lone));
    expect(entitiesFor({ hideIsolated: true, hiddenRelationTypes: ['mentions'] })).toEqual(
      except(W.lone, W.bao1),
    );
  });
});

test('an adjacency made elsewhere is indexed from the data and gives the same answer', () => {
  const own = { relationsOf: (id: string) => adjacency.relationsOf(id) };
  const f: ViewFilters = { ...NO_FILTERS, organisations: [W.bdbp], hideIsolated: true };
  const theirs = computeVisibility(data, own, f);
  const ours = computeVisibility(data, adjacency, f);
  expect(sorted(theirs.entities)).toEqual(sorted(ours.entities));
  expect(sorted(theirs.relations)).toEqual(sorted(ours.relations));
});

test('a new adjacency sees entities added since the last one', () => {
  const added = { ...data.entities[W.lone], id: 'org:moithanhlap', name: 'Mới' };
  const later = { ...data, entities: { ...data.entities, [added.id]: added } };
  const v = computeVisibility(later, createAdjacency(Object.values(later.relations)), NO_FILTERS);
  expect(v.entities.has(added.id)).toBe(true);
  expect(v.hiddenEntityCount).toBe(0);
});

describe('computeVisibility: time', () => {
  test('hides agreements outside the years and what only they connect', () => {
    const v = visible({ time: { from: 2021, to: 2023, includeUndated: false } });
    // qc2016 (2016–2018) and the undated one go; ubnd, hoilhpn, antoan and cuong touch only
    // qc2016. phuluc is an agreement in range (signed 2022, no end), so its own dates decide; lone
    // has no relation at all and is left to hideIsolated.
    expect(sorted(v.entities)).toEqual(
      except(W.qc2016, W.undated, W.ubnd, W.hoilhpn, W.antoan, W.cuong),
    );
    expect(v.relations.has(rel(W.phuluc, W.qc2016))).toBe(false);
  });

  test('keeps undated agreements when asked', () => {
    expect(entitiesFor({ time: { from: 2021, to: 2023, includeUndated: true } })).toEqual(
      except(W.qc2016, W.ubnd, W.hoilhpn, W.antoan, W.cuong),
    );
  });

  test('"as of" a year shows what was in force that year', () => {
    // Nothing is orphaned: every neighbour of ctph2020 has another relation.
    expect(entitiesFor({ time: { from: 2017, to: 2017, includeUndated: false } })).toEqual(
      except(W.ctph2020, W.undated, W.phuluc),
    );
    // After its end only the open-ended phuluc is in force.
    expect(entitiesFor({ time: { from: 2030, to: 2030, includeUndated: false } })).toEqual(
      except(W.ctph2020, W.qc2016, W.undated, W.ubnd, W.hoilhpn, W.antoan, W.cuong),
    );
  });

  test('combines with types and hideIsolated', () => {
    const f: Partial<ViewFilters> = {
      hiddenEntityTypes: ['source'],
      time: { from: 2021, to: 2023, includeUndated: false },
      hideIsolated: true,
    };
    expect(entitiesFor(f)).toEqual(
      sorted([
        W.bdbpqg,
        W.bdbp,
        W.donbp1,
        W.donbp2,
        W.tobp1,
        W.quanuy,
        W.ctph2020,
        W.danvan,
        W.an,
        W.binh,
        W.dung,
      ]),
    );
  });
});

const DANVAN_SCOPE = [W.danvan, W.ctph2020, W.bao1, W.bdbp, W.quanuy, W.an, W.binh];

describe('computeVisibility: theme and organisation scopes', () => {
  test('a theme keeps itself, its neighbours and the neighbours of its agreements', () => {
    const v = visible({ themes: [W.danvan] });
    expect(sorted(v.entities)).toEqual(sorted(DANVAN_SCOPE));
    expect(v.relations.size).toBe(10);
    expect(v.relations.has(rel(W.bdbp, W.bdbpqg))).toBe(false);
  });

  test('several themes are a union', () => {
    expect(entitiesFor({ themes: [W.danvan, W.antoan] })).toEqual(
      sorted([...DANVAN_SCOPE, W.antoan, W.qc2016, W.ubnd, W.hoilhpn, W.phuluc, W.cuong]),
    );
  });

  test('an organisation reaches through its agreements and along its whole part_of chain', () => {
    expect(entitiesFor({ organisations: [W.bdbp] })).toEqual(
      sorted([...DANVAN_SCOPE, W.bdbpqg, W.donbp1, W.donbp2, W.tobp1]),
    );
    // Up two levels and down one, but not the sibling unit nor the parent's other links.
    expect(entitiesFor({ organisations: [W.donbp1] })).toEqual(
      sorted([W.donbp1, W.dung, W.tobp1, W.bdbp, W.bdbpqg]),
    );
  });

  test('themes and organisations combine with AND', () => {
    const v = visible({ themes: [W.danvan], organisations: [W.donbp1] });
    expect(sorted(v.entities)).toEqual([W.bdbp]);
    expect(v.relations.size).toBe(0);
  });

  test('scopes are computed after the type, relation and time filters', () => {
    const alone = sorted([W.danvan, W.bao1]);
    expect(entitiesFor({ themes: [W.danvan], hiddenEntityTypes: ['agreement'] })).toEqual(alone);
    expect(entitiesFor({ themes: [W.danvan], hiddenRelationTypes: ['covers'] })).toEqual(alone);
    const asOf2017 = { from: 2017, to: 2017, includeUndated: false };
    expect(entitiesFor({ themes: [W.danvan], time: asOf2017 })).toEqual(alone);
    expect(entitiesFor({ organisations: [W.donbp1], hiddenRelationTypes: ['part_of'] })).toEqual(
      sorted([W.donbp1, W.dung]),
    );
    expect(entitiesFor({ themes: [W.danvan], hiddenEntityTypes: ['theme'] })).toEqual([]);
  });
});

describe('computeVisibility: focus, expand, collapse', () => {
  test('focus keeps what is within depth hops of the root', () => {
    const focus = (depth: 1 | 2 | 3) => entitiesFor({ focus: { roots: [W.an], depth } });
    const depth1 = [W.an, W.bdbp, W.ctph2020, W.bao1];
    const depth2 = [...depth1, W.bdbpqg, W.donbp1, W.donbp2, W.quanuy, W.danvan, W.binh];
    expect(focus(1)).toEqual(sorted(depth1));
    expect(focus(2)).toEqual(sorted(depth2));
    expect(focus(3)).toEqual(sorted([...depth2, W.tobp1, W.dung, W.undated]));
  });

  test('several roots are a union', () => {
    expect(entitiesFor({ focus: { roots: [W.an, W.ubnd], depth: 1 } })).toEqual(
      sorted([W.an, W.bdbp, W.ctph2020, W.bao1, W.ubnd, W.qc2016]),
    );
  });

  test('roots stay visible through type filters, scopes and hideIsolated', () => {
    const v = visible({ focus: { roots: [W.an], depth: 1 }, hiddenEntityTypes: ['person'] });
    expect(sorted(v.entities)).toEqual(sorted([W.an, W.bdbp, W.ctph2020, W.bao1]));
    expect(v.relations.has(rel(W.an, W.bdbp))).toBe(true);
    expect(
      entitiesFor({ themes: [W.danvan], focus: { roots: [W.lone], depth: 2 }, hideIsolated: true }),
    ).toEqual([W.lone]);
  });

  test('focus walks only what the other filters leave', () => {
    expect(entitiesFor({ themes: [W.danvan], focus: { roots: [W.bdbp], depth: 1 } })).toEqual(
      sorted([W.bdbp, W.ctph2020, W.an]),
    );
    expect(
      entitiesFor({ focus: { roots: [W.bdbp], depth: 1 }, hiddenRelationTypes: ['part_of'] }),
    ).toEqual(sorted([W.bdbp, W.ctph2020, W.an]));
  });

  test('an expanded visible node adds its neighbours; expansions chain in any order', () => {
    const focus = { roots: [W.an], depth: 1 as const };
    const depth1 = [W.an, W.bdbp, W.ctph2020, W.bao1];
    expect(entitiesFor({ focus, expanded: [W.ctph2020] })).toEqual(
      sorted([...depth1, W.quanuy, W.danvan, W.binh]),
    );
    expect(entitiesFor({ focus, expanded: [W.quanuy, W.ctph2020] })).toEqual(
      sorted([...depth1, W.quanuy, W.danvan, W.binh, W.undated]),
    );
    expect(entitiesFor({ focus, expanded: [W.ubnd] })).toEqual(sorted(depth1));
  });

  test('expanding reaches past a scope but never past a hidden type', () => {
    expect(entitiesFor({ themes: [W.danvan], expanded: [W.bdbp] })).toEqual(
      sorted([...DANVAN_SCOPE, W.bdbpqg, W.donbp1, W.donbp2]),
    );
    expect(
      entitiesFor({ themes: [W.danvan], expanded: [W.ctph2020], hiddenEntityTypes: ['person'] }),
    ).toEqual(sorted([W.danvan, W.ctph2020, W.bao1, W.bdbp, W.quanuy]));
  });

  test('collapsing a node hides its leaves and the relations to them, not the node', () => {
    const v = visible({ collapsed: [W.bdbp] });
    expect(sorted(v.entities)).toEqual(except(W.donbp2, W.bdbpqg));
    expect(v.relations.has(rel(W.donbp2, W.bdbp))).toBe(false);
    expect(v.relations.size).toBe(allRelations.length - 2);
    expect(entitiesFor({ collapsed: [W.donbp1] })).toEqual(except(W.tobp1, W.dung));
  });

  test('collapse never hides a root or another collapsed node', () => {
    const v = visible({ focus: { roots: [W.donbp2], depth: 3 }, collapsed: [W.bdbp] });
    expect(v.entities.has(W.donbp2)).toBe(true);
    expect(v.entities.has(W.bdbpqg)).toBe(false);
    expect(v.entities.has(W.donbp1)).toBe(true);
    expect(entitiesFor({ collapsed: [W.tobp1, W.donbp1] })).toEqual(except(W.dung));
  });

  test('a collapsed node stays even when hideIsolated would take it', () => {
    const { data: small, adjacency: smallAdjacency } = build(
      [
        agreement('agreement:aaaaaaaa'),
        agreement('agreement:bbbbbbbb'),
        agreement('agreement:cccccccc'),
      ],
      [
        ['related_to', 'agreement:aaaaaaaa', 'agreement:bbbbbbbb'],
        ['related_to', 'agreement:bbbbbbbb', 'agreement:cccccccc'],
      ],
    );
    const v = computeVisibility(small, smallAdjacency, {
      ...NO_FILTERS,
      hideIsolated: true,
      collapsed: ['agreement:bbbbbbbb'],
    });
    expect(sorted(v.entities)).toEqual(['agreement:bbbbbbbb']);
    expect(v.relations.size).toBe(0);
  });

  test('expandNode undoes collapseNode and the reverse', () => {
    const collapsed = collapseNode(NO_FILTERS, W.bdbp);
    expect(collapsed).toMatchObject({ collapsed: [W.bdbp], expanded: [] });
    const expanded = expandNode(collapsed, W.bdbp);
    expect(expanded).toMatchObject({ collapsed: [], expanded: [W.bdbp] });
    expect(expandNode(expanded, W.bdbp).expanded).toEqual([W.bdbp]);
    expect(collapseNode(expanded, W.bdbp)).toMatchObject({ collapsed: [W.bdbp], expanded: [] });
    expect(NO_FILTERS.expanded).toEqual([]);
    expect(entitiesFor(expandNode(collapsed, W.bdbp))).toEqual(sorted(ALL));
  });
});
