// Search latency over 50k entities, as the analyst types: every prefix of real names, typed with
// and without diacritics, plus queries that match nothing. Prints p50, p95 and max per keystroke;
// asserts nothing. Run: npm run bench:search (the target in the issue is p95 ≤ 10 ms).
import { createSearchIndex, foldForSearch, type Entity } from '../src/model';
import { createSeededRandom } from '../tests/fixtures/seededRandom';
import { generateWorkspace } from './generateWorkspace';
import { percentile } from './timeRuns';

const SEED = 20_240_819;
const ENTITIES = 50_000;
const TYPED_NAMES = 60;

export interface SearchFigures {
  entities: number;
  buildMs: number;
  queries: number;
  hits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** Every prefix of a name as it is typed, e.g. "N", "Ng", "Ngu"… (at least two characters). */
const keystrokes = (text: string) =>
  Array.from({ length: text.length - 1 }, (_, i) => text.slice(0, i + 2));

function queries(entities: Entity[]): string[] {
  const rng = createSeededRandom(SEED);
  const typed: string[] = [];
  for (let i = 0; i < TYPED_NAMES; i++) {
    const name = rng.pick(entities).name.slice(0, 24);
    typed.push(...keystrokes(name), ...keystrokes(foldForSearch(name)));
  }
  typed.push('zzz không có', 'qwerty', 'xyz 123');
  return typed;
}

/** Builds the index over ENTITIES generated entities and times every keystroke's search. */
export function measureSearch(): SearchFigures {
  const workspace = generateWorkspace({ entities: ENTITIES, relations: 0, seed: SEED });
  const entities = workspace.entities.map(({ id, fields }) => ({ ...fields, id }) as Entity);
  const built = performance.now();
  const index = createSearchIndex(entities);
  const buildMs = performance.now() - built;
  const all = queries(entities);
  for (const query of all.slice(0, 50)) index.search(query); // warm-up: let V8 optimise
  const times: number[] = [];
  let hits = 0;
  for (const query of all) {
    const start = performance.now();
    hits += index.search(query).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    entities: index.size(),
    buildMs,
    queries: times.length,
    hits,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times[times.length - 1],
  };
}

export function main(): void {
  const figures = measureSearch();
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `search: ${figures.entities} entities indexed in ${figures.buildMs.toFixed(0)} ms; ${figures.queries} queries, ${figures.hits} hits`,
  );
  console.log(
    `search: p50 ${ms(figures.p50Ms)}, p95 ${ms(figures.p95Ms)}, max ${ms(figures.maxMs)} (target p95 ≤ 10 ms)`,
  );
}
