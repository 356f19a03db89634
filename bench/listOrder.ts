// The entity list's own work in Node, at 1.5k, 50k and 100k entities, beside what it did before
// it kept its order: then, every edit and keystroke read all entities through the store proxy,
// folded every name for the filter and sorted everything again. Edits are renames through the
// real command and projection; their cost without any list is printed too. Prints medians;
// asserts nothing. Run: npm run bench:list
import { createRoot } from 'solid-js';
import * as Y from 'yjs';
import {
  createSearchIndex,
  ENTITY_TYPES,
  entityMatches,
  foldForSearch,
  type Entity,
  type EntityType,
} from '../src/model';
import { createProjection, updateEntity, type Projection } from '../src/store';
import { createSortedEntities } from '../src/ui/sortedEntities';
import { createSeededRandom } from '../tests/fixtures/seededRandom';
import { generateWorkspace } from './generateWorkspace';
import { writeWorkspace } from './representations';
import { summarise } from './timeRuns';

const SIZES = [1_500, 50_000, 100_000];
const RUNS = 15;
const QUERY = foldForSearch('ng');
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The list's memo before this change, as it ran on each edit and keystroke. */
function rebuildEverything(entities: Record<string, Entity>, query: string) {
  const byType = new Map<EntityType, Entity[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const entity of Object.values(entities))
    if (entityMatches(entity, query)) byType.get(entity.type)!.push(entity);
  return ENTITY_TYPES.map((type) =>
    byType.get(type)!.sort((a, b) => collator.compare(a.name, b.name)),
  );
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (samples: number[]) => `${summarise(samples).median.toFixed(1)} ms`;

function renames(projection: Projection, doc: Y.Doc, seed: number): number[] {
  const rng = createSeededRandom(seed);
  const ids = Object.keys(projection.state.entities);
  return Array.from({ length: RUNS }, (_, i) =>
    time(() => updateEntity(doc, rng.pick(ids), { name: `${rng.pick(['An', 'Zen'])} ${i}` })),
  );
}

function measure(size: number) {
  const doc = new Y.Doc();
  writeWorkspace(doc, generateWorkspace({ entities: size, relations: 0, seed: 11 }), 'hybrid');
  const projection = createProjection(doc);
  const state = projection.state.entities;
  const before = {
    build: median(Array.from({ length: 3 }, () => time(() => rebuildEverything(state, '')))),
    keystroke: median(Array.from({ length: 3 }, () => time(() => rebuildEverything(state, QUERY)))),
  };
  const commandOnly = median(renames(projection, doc, 1));
  createRoot((dispose) => {
    const search = createSearchIndex(Object.values(state));
    const builds = Array.from({ length: 3 }, () =>
      time(() =>
        createRoot((disposeBuild) => {
          // All at once, to time the whole sort: the app sorts a large workspace in slices.
          createSortedEntities(projection, { sortAtOnce: Infinity });
          disposeBuild();
        }),
      ),
    );
    const sorted = createSortedEntities(projection, { sortAtOnce: Infinity });
    const keystroke = Array.from({ length: RUNS }, () =>
      time(() =>
        ENTITY_TYPES.map((type) => sorted()![type].filter((e) => search.matches(e.id, QUERY))),
      ),
    );
    console.log(
      JSON.stringify({
        entities: size,
        before: { ...before, edit: `${commandOnly} + ${before.build}` },
        after: {
          build: median(builds),
          keystroke: median(keystroke),
          edit: median(renames(projection, doc, 2)),
        },
        commandOnly,
      }),
    );
    dispose();
  });
  projection.dispose();
}

export function main(): void {
  for (const size of SIZES) measure(size);
}
