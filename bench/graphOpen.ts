// Opening a large workspace in real Chromium: a generated workspace is stored in IndexedDB, then
// the page is loaded again and the app's timeline marks (performance.mark 'concord:…') say where
// the time went, up to the first frame that shows the graph. Long tasks (PerformanceObserver
// 'longtask') are collected from the start, so the longest one after the graph is drawn is known.
import type { Page } from 'playwright-core';
import { launchApp, type App } from '../tests/e2e/support/browser';
import { ConcordPage } from '../tests/e2e/support/concordPage';
import { generateWorkspace } from './generateWorkspace';
import { encodeWorkspace } from './representations';

export interface OpenTimeline {
  /** ms from navigation start to each app mark. */
  marks: Record<string, number>;
  /** The first frame showing the graph, ms from navigation start. */
  openMs: number;
  /** The longest main-thread task that started after the graph was drawn (within settleMs). */
  longtaskAfterMs: number;
  /** The longest main-thread task of the whole load. */
  longtaskMaxMs: number;
  drawnNodes: number;
  drawnEdges: number;
  heapMb: number;
}

export interface SeededApp {
  app: App;
  concord: ConcordPage;
  bytes: number;
}

const SEED_PATH = 'bench-seed.bin';

/** Records every long task from the first script on, before the app's own code runs. */
function watchLongTasks(): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** A browser whose open workspace holds `entities` generated entities and 3× relations. */
export async function seededApp(
  url: string,
  options: { entities: number; relations: number; positions: boolean; seed?: number },
): Promise<SeededApp> {
  const workspace = generateWorkspace({
    entities: options.entities,
    relations: options.relations,
    seed: options.seed ?? 11,
  });
  if (!options.positions) workspace.positions = [];
  const update = Buffer.from(encodeWorkspace(workspace, 'hybrid'));
  const app = await launchApp({ url });
  await app.context.addInitScript(watchLongTasks);
  await app.page.route(`**/${SEED_PATH}`, (route) =>
    route.fulfill({ body: update, contentType: 'application/octet-stream' }),
  );
  const concord = new ConcordPage(app.page);
  await concord.waitReady();
  await app.page.evaluate(
    (path) =>
      (
        window as unknown as { __concord: { storeForNextOpen(u: string): Promise<number> } }
      ).__concord.storeForNextOpen(path),
    SEED_PATH,
  );
  return { app, concord, bytes: update.length };
}

async function readTimeline(page: Page, settleMs: number): Promise<OpenTimeline> {
  await page.waitForFunction(
    () => performance.getEntriesByName('concord:graph-drawn').length > 0,
    undefined,
    { timeout: 180_000, polling: 50 },
  );
  // Long tasks that follow the first frame (a deferred build, a late layout) count too.
  await page.waitForTimeout(settleMs);
  return page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark'))
      if (mark.name.startsWith('concord:') && !(mark.name in marks))
        marks[mark.name] = Math.round(mark.startTime);
    const openMs = marks['concord:graph-drawn'];
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> })
      .__longTasks;
    const longest = (list: typeof tasks) => Math.round(Math.max(0, ...list.map((t) => t.duration)));
    const graph = (
      window as unknown as { __concord: { graph(): { nodes: unknown[]; edges: unknown[] } } }
    ).__concord.graph();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      marks,
      openMs,
      longtaskAfterMs: longest(tasks.filter((t) => t.start >= openMs)),
      longtaskMaxMs: longest(tasks),
      drawnNodes: graph.nodes.length,
      drawnEdges: graph.edges.length,
      heapMb: memory ? Math.round(memory.usedJSHeapSize / 1e6) : NaN,
    };
  });
}

/** Loads the page again (the workspace is in IndexedDB) and reads the open's timeline. */
export async function coldOpen(seeded: SeededApp, settleMs = 2000): Promise<OpenTimeline> {
  await seeded.app.page.reload();
  return readTimeline(seeded.app.page, settleMs);
}

export async function main(args: string[]): Promise<void> {
  const { startServer } = await import('../tests/e2e/support/server');
  const sizeAt = args.indexOf('--entities');
  const entities = sizeAt >= 0 ? Number(args[sizeAt + 1]) : 10_000;
  const positions = !args.includes('--no-positions');
  const server = await startServer();
  const seeded = await seededApp(server.url, { entities, relations: entities * 3, positions });
  try {
    for (let run = 0; run < 3; run += 1) console.log(JSON.stringify(await coldOpen(seeded)));
  } finally {
    await seeded.app.close();
    await server.close();
  }
}
