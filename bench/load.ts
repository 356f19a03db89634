// Why the Yjs schema nests entities but stores relations as plain values: encoded size and load
// time (applyUpdate into a fresh doc + reading every record back) of one seeded workspace in three
// layouts, then what each layout does to concurrent edits. Prints figures; asserts nothing.
// Run: npm run bench:load  (add --expose-gc after `node` to collect garbage between runs).
import os from 'node:os';
import * as Y from 'yjs';
import { generateWorkspace, type Workspace } from './generateWorkspace';
import { printConcurrentEdits } from './concurrentEdits';
import {
  encodeWorkspace,
  readAllRecords,
  readThroughProjection,
  REPRESENTATIONS,
  type ReadCounts,
  type RepresentationName,
} from './representations';
import { formatBytes, formatMs, timeRuns } from './timeRuns';

const SEED = 20_240_819;
const RUNS = 5;
const WARMUPS = 1;

interface Scenario {
  entities: number;
  relations: number;
  variants: RepresentationName[];
}

const SCENARIOS: Scenario[] = [
  { entities: 10_000, relations: 30_000, variants: ['nested', 'plain', 'hybrid'] },
  // The size the issue quotes (2.0–2.9 s nested vs 0.9–1.5 s plain). (c)'s relations are the
  // plain ones there, so (b) is left out to keep the run short.
  { entities: 10_000, relations: 200_000, variants: ['nested', 'hybrid'] },
];

/** Reads every record; the returned function counts them, outside the timed region. */
type Reader = (doc: Y.Doc) => () => ReadCounts;

/** One load as a peer or IndexedDB performs it: a fresh doc, the whole update, every record read. */
function timeLoad(update: Uint8Array, read: Reader) {
  let counts: ReadCounts | null = null;
  const stats = timeRuns({ runs: RUNS, warmups: WARMUPS }, () => {
    const doc = new Y.Doc();
    const start = performance.now();
    Y.applyUpdate(doc, update);
    const applied = performance.now();
    const count = read(doc);
    const done = performance.now();
    counts = count();
    doc.destroy();
    return { apply: applied - start, read: done - applied, load: done - start };
  });
  return { stats, counts: counts as ReadCounts | null };
}

const COLUMNS = [38, 12, 22, 22, 22];
const row = (cells: string[]) => '  ' + cells.map((cell, i) => cell.padEnd(COLUMNS[i])).join('');

/** A read path that restored less than was written did less work: its row is not comparable. */
function countWarning(label: string, counts: ReadCounts | null, workspace: Workspace) {
  const { entities, relations, positions } = workspace;
  const expected = {
    entities: entities.length,
    relations: relations.length,
    positions: positions.length,
    problems: 0,
  };
  if (JSON.stringify(counts) === JSON.stringify(expected)) return null;
  return `  ! ${label} restored ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`;
}

function printVariant(workspace: Workspace, name: RepresentationName, warnings: string[]): void {
  const { label } = REPRESENTATIONS[name];
  const update = encodeWorkspace(workspace, name);
  const readers: Array<[string, Reader]> = [
    [
      label,
      (doc) => {
        const counts = readAllRecords(doc);
        return () => counts;
      },
    ],
  ];
  if (name === 'hybrid') readers.push([`${label} + projection`, readThroughProjection]);
  for (const [rowLabel, read] of readers) {
    const { stats, counts } = timeLoad(update, read);
    const timings = [stats.apply, stats.read, stats.load].map(formatMs);
    console.log(row([rowLabel, formatBytes(update.byteLength), ...timings]));
    const warning = countWarning(rowLabel, counts, workspace);
    if (warning) warnings.push(warning);
  }
}

/** The records as JSON text: a yardstick for what the Yjs encodings add on top of the content. */
function jsonBytes(workspace: Workspace): number {
  return Buffer.byteLength(JSON.stringify(workspace));
}

function runScenario({ entities, relations, variants }: Scenario): void {
  const workspace = generateWorkspace({ entities, relations, seed: SEED });
  const count = (n: number) => n.toLocaleString('en-US');
  console.log(
    `\n${count(entities)} entities, ${count(relations)} relations, ${count(workspace.positions.length)} positions ` +
      `(records as JSON: ${formatBytes(jsonBytes(workspace))}); median (min–max) of ${RUNS} runs after ${WARMUPS} warm-up`,
  );
  console.log(
    row(['variant', 'update', 'Y.applyUpdate', 'read every record', 'load = apply + read']),
  );
  const warnings: string[] = [];
  for (const name of variants) printVariant(workspace, name, warnings);
  for (const warning of warnings) console.log(warning);
  if (warnings.length === 0)
    console.log('  every row restored every record written, no problems reported');
}

/** Other processes on the machine widen the ranges: the load average says how much to trust them. */
const machine = () =>
  `${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}` +
  `, gc between runs ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'on' : 'off (node --expose-gc)'}`;

export function main(): void {
  console.log(`Concord load bench · Node ${process.version} · seed ${SEED} · ${machine()}`);
  console.log(
    'read = restoreEntity/restoreRelation/restorePosition over every record (toJSON first when nested)',
  );
  console.log(
    '"+ projection" = the app\'s read path instead: createProjection over the loaded doc',
  );
  console.log('                 (restore + Solid store, browser production build)');
  for (const scenario of SCENARIOS) runScenario(scenario);
  printConcurrentEdits();
  console.log(`\nDone · ${machine()}`);
}
