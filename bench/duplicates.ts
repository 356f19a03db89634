// How long duplicate detection takes over a workspace of 50k entities, each organisation also
// carrying an abbreviated alias ("UBND xã …" beside "Ủy ban nhân dân xã …"). Prints figures;
// asserts nothing. Run: node --expose-gc bench/run.mjs bench/duplicates.ts
import { ABBREVIATIONS, findMergeTarget, findPossibleDuplicates, indexNames } from '../src/model';
import type { Entity } from '../src/model';
import { generateWorkspace } from './generateWorkspace';
import { formatMs, timeRuns } from './timeRuns';

const SEED = 20_240_819;
const ENTITIES = 50_000;

/** "Ủy ban nhân dân xã A" → "UBND xã A": the spelling an article would use. */
function abbreviate(name: string): string {
  let short = name;
  for (const { short: forms, long } of ABBREVIATIONS) short = short.split(long).join(forms[0]);
  return short;
}

function buildEntities(): Record<string, Entity> {
  const entities: Record<string, Entity> = {};
  for (const { id, fields } of generateWorkspace({ entities: ENTITIES, relations: 0, seed: SEED })
    .entities) {
    const entity = { ...fields, id } as Entity;
    const short = abbreviate(entity.name);
    if (entity.type === 'org' && short !== entity.name) entity.aliases = [...entity.aliases, short];
    entities[id] = entity;
  }
  return entities;
}

export function main(): void {
  const entities = buildEntities();
  const names = Object.values(entities).reduce((sum, e) => sum + 1 + e.aliases.length, 0);
  let groups = 0;
  const stats = timeRuns({ runs: 5, warmups: 1 }, () => {
    let start = performance.now();
    groups = findPossibleDuplicates(entities).length;
    const detect = performance.now() - start;
    start = performance.now();
    const index = indexNames(entities);
    const queries = Array.from({ length: 100 }, (_, i) => `Ủy ban nhân dân xã ${i}`);
    for (const query of queries) findMergeTarget(index, 'org', [query]);
    return { detect, index100: performance.now() - start };
  });
  console.log(`${ENTITIES} entities, ${names} names and aliases, ${groups} groups`);
  console.log(`findPossibleDuplicates: ${formatMs(stats.detect)}`);
  console.log(`indexNames + 100 findMergeTarget: ${formatMs(stats.index100)}`);
}
