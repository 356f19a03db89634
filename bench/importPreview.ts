// How long the tab freezes while the workspace import dialog reads and checks a large file, in
// real Chromium through the real UI: the longest main-thread task (PerformanceObserver
// 'longtask') from choosing the file until the preview shows, for a generated 200k-entity
// Concord JSON, a million-row nodes CSV (refused: too many entities) and a million-row edges CSV.
// Then the Import of the 200k workspace itself.
// `npm run bench:import [-- --no-commit] [-- --only <part of a file name>]`.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp } from '../tests/e2e/support/browser';
import { ConcordPage } from '../tests/e2e/support/concordPage';
import {
  longTasksSince,
  pageNow,
  waitForQuiet,
  watchLongTasks,
} from '../tests/e2e/support/longTasks';
import { startServer } from '../tests/e2e/support/server';
import { assertLoopbackOnly } from '../tests/fixtures/loopbackOnly';
import { GENERATORS } from '../tests/fixtures/hostile/generate';
import { exportConcordJson } from '../src/exchange/concordJson';
import type { Entity } from '../src/model';
import { generateWorkspace } from './generateWorkspace';

const ENTITIES = 200_000;
const RELATIONS = 20_000;
const SEED = 20_250_601;
const LONG_TEXTS = ['notes', 'text', 'summary'];

/**
 * A realistic workspace (bench/generateWorkspace.ts) in Concord JSON, without its long texts
 * (source texts, summaries, notes, quotes) and not indented, so that 200,000 entities fit the
 * 50 MB limit with a position each and 20,000 relations (the app's own export is indented).
 */
function workspaceJson(): string {
  const { entities, relations, positions } = generateWorkspace({
    entities: ENTITIES,
    relations: RELATIONS,
    seed: SEED,
  });
  const exported = exportConcordJson({
    name: 'Bench',
    entities: entities.map(({ id, fields }) => {
      const entity: Record<string, unknown> = { id, ...fields };
      for (const key of LONG_TEXTS) if (key in entity) entity[key] = '';
      return entity as unknown as Entity;
    }),
    relations: relations.map((r) => ({ ...r, provenance: [] })),
    positions: Object.fromEntries(positions),
  });
  return JSON.stringify(JSON.parse(exported));
}

/** A million distinct relations between 200,000 organisations named at their ends. */
function edgesCsv(): string {
  const rows = Array.from({ length: 1_000_000 }, (_, i) => {
    const from = i % ENTITIES;
    const to = (from + 1 + Math.floor(i / ENTITIES)) % ENTITIES;
    return `Đơn vị ${from},Đơn vị ${to},related_to`;
  });
  return `source,target,type\n${rows.join('\n')}\n`;
}

const FILES: [string, () => string | Buffer][] = [
  ['workspace-200k.concord.json', workspaceJson],
  ['million-rows.csv', GENERATORS['million-rows.csv']],
  ['million-edges.csv', edgesCsv],
];

const SHOWN = ['exchange.message', 'exchange.preview.problems', 'exchange.preview.counts']
  .map((id) => `[data-testid="${id}"]`)
  .join(', ');

/** Chooses the file in the dialog and waits for what the dialog answers. */
async function preview(concord: ConcordPage, path: string) {
  await concord.openWorkspaceImport();
  await waitForQuiet(concord.page);
  const since = await pageNow(concord.page);
  const started = Date.now();
  await concord.id('exchange.file-input').setInputFiles(path);
  await concord.page.locator(SHOWN).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  const said = (await concord.page.locator(SHOWN).first().innerText()).replace(/\s+/g, ' ');
  return { ms, said, tasks: await longTasksSince(concord.page, since) };
}

const row = (cells: (string | number)[]) =>
  '  ' + cells.map((cell, i) => String(cell).padEnd([40, 12, 14, 10][i] ?? 0)).join('');

export async function main(args: string[]): Promise<void> {
  assertLoopbackOnly();
  const commit = !args.includes('--no-commit');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-import-'));
  const server = await startServer();
  const app = await launchApp({ url: server.url });
  try {
    const paths = FILES.filter(([name]) => name.includes(only)).map(([name, make]) => {
      const path = join(dir, name);
      writeFileSync(path, make());
      return path;
    });
    const concord = new ConcordPage(app.page);
    await concord.waitReady();
    await watchLongTasks(app.page);
    console.log('Preview in the import dialog (choose the file → the dialog answers):');
    console.log(row(['file', 'answer', 'longest task', 'blocked']));
    for (const path of paths) {
      const { ms, said, tasks } = await preview(concord, path);
      const size = `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
      console.log(
        row([
          `${path.split('/').pop()} (${size})`,
          `${ms} ms`,
          `${tasks.longest} ms`,
          `${tasks.blocked} ms`,
        ]) + `  ${said.slice(0, 90)}`,
      );
      await concord.id('exchange.cancel').click();
    }
    if (commit && paths[0]?.endsWith('.concord.json')) {
      await preview(concord, paths[0]);
      await concord.id('exchange.target.name').fill('Bench import');
      await waitForQuiet(app.page);
      const since = await pageNow(app.page);
      const started = Date.now();
      await concord.id('exchange.import').click();
      await concord.id('exchange.import-dialog').waitFor({ state: 'detached', timeout: 600_000 });
      const ms = Date.now() - started;
      const tasks = await longTasksSince(app.page, since);
      console.log(
        `Import of the 200k workspace (click → dialog closed): ${ms} ms, longest task ` +
          `${tasks.longest} ms, blocked ${tasks.blocked} ms`,
      );
    }
  } finally {
    await app.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
