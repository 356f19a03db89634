// Search latency over 50k entities, as the analyst types: every prefix of real names, typed with
// and without diacritics, plus queries that match nothing. Prints p50, p95 and max per keystroke;
// asserts nothing. Run: npm run bench:search (the target in the issue is p95 ≤ 10 ms).
import { createSearchIndex, foldForSearch, type Entity } from '../src/model';
import { createSeededRandom } from '../tests/fixtures/seededRandom';
import { generateWorkspace } from './generateWorkspace';

const SEED = 20_240_819;
const ENTITIES = 50_000;
const TYPED_NAMES = 60;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
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

export function main(): void {
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
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `search: ${index.size()} entities indexed in ${buildMs.toFixed(0)} ms; ${times.length} queries, ${hits} hits`,
  );
  console.log(
    `search: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])} (target p95 ≤ 10 ms)`,
  );
}
