// computeVisibility over seeded workspaces of 10k entities / 30k relations and 50k / 150k: the
// adjacency build, then each filter kind alone, then a shortest path. Prints median and range of
// several runs; asserts nothing. Run: node --expose-gc bench/run.mjs bench/visibility.ts
// (the target in the issue: well under 100 ms at 50k / 150k with no filter and with a time filter).
import os from 'node:os';
import { createStore, unwrap } from 'solid-js/store';
import type { Entity, Relation } from '../src/model';
import {
  computeVisibility,
  createAdjacency,
  NO_FILTERS,
  shortestPath,
  yearBounds,
  type GraphData,
  type ViewFilters,
  type Visibility,
} from '../src/view';
import { createSeededRandom } from '../tests/fixtures/seededRandom';
import { generateWorkspace } from './generateWorkspace';
import { formatMs, timeRuns } from './timeRuns';

const SEED = 20_240_819;
const RUNS = 7;
const WARMUPS = 2;
const SIZES = [
  { entities: 10_000, relations: 30_000 },
  { entities: 50_000, relations: 150_000 },
];

function graphData(size: (typeof SIZES)[number]): GraphData {
  const workspace = generateWorkspace({ ...size, seed: SEED });
  const entities: Record<string, Entity> = {};
  for (const { id, fields } of workspace.entities) entities[id] = { ...fields, id } as Entity;
  const relations: Record<string, Relation> = {};
  for (const relation of workspace.relations) relations[relation.id] = relation;
  return { entities, relations };
}

/** The filters a user would set, with ids drawn from the workspace so scopes are not empty. */
function scenarios(data: GraphData): Array<[string, ViewFilters]> {
  const rng = createSeededRandom(SEED);
  const ofType = (type: Entity['type']) =>
    Object.values(data.entities).filter((entity) => entity.type === type);
  const bounds = yearBounds(Object.values(data.entities)) ?? { min: 2020, max: 2020 };
  const middle = Math.round((bounds.min + bounds.max) / 2);
  const person = rng.pick(ofType('person')).id;
  const f = (partial: Partial<ViewFilters>): ViewFilters => ({ ...NO_FILTERS, ...partial });
  return [
    ['no filters', NO_FILTERS],
    ['time range (2 years)', f({ time: { from: middle, to: middle + 1, includeUndated: false } })],
    ['as of a year', f({ time: { from: middle, to: middle, includeUndated: true } })],
    [
      'hide people + mentions',
      f({ hiddenEntityTypes: ['person'], hiddenRelationTypes: ['mentions'] }),
    ],
    ['3 themes', f({ themes: [0, 1, 2].map(() => rng.pick(ofType('theme')).id) })],
    ['3 organisations', f({ organisations: [0, 1, 2].map(() => rng.pick(ofType('org')).id) })],
    ['hide isolated', f({ hideIsolated: true })],
    [
      'focus depth 2 + expand + collapse',
      f({ focus: { roots: [person], depth: 2 }, expanded: [person], collapsed: [person] }),
    ],
    ['focus depth 3', f({ focus: { roots: [person], depth: 3 } })],
    [
      'everything at once',
      f({
        hiddenEntityTypes: ['source'],
        organisations: [rng.pick(ofType('org')).id],
        time: { from: bounds.min, to: middle, includeUndated: true },
        hideIsolated: true,
      }),
    ],
  ];
}

function time(label: string, run: () => unknown): void {
  let result: unknown;
  const stats = timeRuns({ runs: RUNS, warmups: WARMUPS }, () => {
    const start = performance.now();
    result = run();
    return { ms: performance.now() - start };
  });
  const visibility = result as Partial<Visibility>;
  const shown = visibility.entities
    ? ` → ${visibility.entities.size} entities, ${visibility.relations?.size} relations`
    : '';
  console.log(`  ${label.padEnd(42)}${formatMs(stats.ms).padEnd(18)}${shown}`);
}

function benchSize(size: (typeof SIZES)[number]): void {
  const data = graphData(size);
  console.log(
    `\n${size.entities} entities, ${size.relations} relations (median of ${RUNS}, range)`,
  );
  const relations = Object.values(data.relations);
  time('Object.values(relations)', () => Object.values(data.relations));
  time('createAdjacency(that array)', () => createAdjacency(relations));
  const adjacency = createAdjacency(relations);
  // The first computation on a new adjacency (after an edit) reads every entity; later ones, as
  // when a filter or the time slider moves, reuse that read.
  firstCall('no filters, first call after an edit', data, relations);
  for (const [label, filters] of scenarios(data))
    time(label, () => computeVisibility(data, adjacency, filters));
  const ids = Object.keys(data.entities);
  const rng = createSeededRandom(SEED + 1);
  const pairs = Array.from({ length: 20 }, () => [rng.pick(ids), rng.pick(ids)] as const);
  time('shortestPath × 20 random pairs', () =>
    pairs.map(([a, b]) => shortestPath(data, adjacency, a, b)),
  );
  // The projection hands out a Solid store: reading it through the proxy costs this much more.
  const [store] = createStore({ entities: data.entities, relations: data.relations });
  firstCall('  … through a Solid store', store, relations);
  firstCall('  … through unwrap(store)', unwrap(store), relations);
}

/** computeVisibility with no filters on a fresh adjacency each run, the adjacency not timed. */
function firstCall(label: string, data: GraphData, relations: Relation[]): void {
  const stats = timeRuns({ runs: RUNS, warmups: WARMUPS }, () => {
    const fresh = createAdjacency(relations);
    const start = performance.now();
    computeVisibility(data, fresh, NO_FILTERS);
    return { ms: performance.now() - start };
  });
  console.log(`  ${label.padEnd(42)}${formatMs(stats.ms)}`);
}

export function main(): void {
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `visibility: Node ${process.version}, ${os.cpus().length} cores, load average ${load}`,
  );
  for (const size of SIZES) benchSize(size);
}
