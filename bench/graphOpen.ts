// Opening a large workspace in real Chromium: a generated workspace is stored in IndexedDB, then
// the page is loaded again and the app's timeline marks (performance.mark 'concord:…') say where
// the time went, up to the first frame that shows the graph. Long tasks (PerformanceObserver
// 'longtask') are collected from the start, so the longest one after the graph is drawn is known.
// `node tests/loopback.mjs node bench/run.mjs bench/graphOpen.ts --entities 1000 [--no-positions]`
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  /** The longest the main thread was busy in one task after the graph was drawn (within settleMs). */
  longtaskAfterMs: number;
  /** The longest main-thread task of the whole load. */
  longtaskMaxMs: number;
  drawnNodes: number;
  drawnEdges: number;
  /**
   * For a seed without positions: when every drawn node first had a stored position (ms from
   * navigation start), or null if not within the open's timeout.
   */
  placedMs: number | null;
  /** The page's JS heap after a full garbage collection (workers not included). */
  heapMb: number;
}

/** A generated workspace, encoded once and stored into as many browsers as a bench needs. */
export interface Seed {
  update: Buffer;
  entities: number;
  relations: number;
  positions: boolean;
  /** The name of one generated person, for a bench that searches and selects an entity. */
  samplePerson: string;
}

export interface SeededApp {
  app: App;
  concord: ConcordPage;
  seed: Seed;
}

export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Records every long task from the first script on, before the app's own code runs. The page's
 * `__longTasks()` answers them all: entries reach an observer's callback a while after their task
 * ends, so it takes the pending ones too.
 */
function watchLongTasks(): void {
  const tasks: LongTask[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  Object.assign(window, { __longTasks: () => (record(observer.takeRecords()), tasks) });
}

interface Counts {
  positions: number;
  drawnNodes: number;
  drawnEdges: number;
}

/**
 * For a workspace stored without positions: notes when every drawn node has a stored position
 * (all of them, or what a level-of-detail view draws). Checked when the graph is first drawn
 * (placement before the first frame counts as done then), then every 50 ms.
 */
function watchPlacement(): void {
  type Api = { __concord?: { counts(): Counts }; __placedAt?: number };
  const page = window as unknown as Api;
  const placed = () => {
    const counts = page.__concord?.counts();
    return !!counts && counts.drawnNodes > 0 && counts.positions >= counts.drawnNodes;
  };
  const poll = () => {
    if (placed()) page.__placedAt = performance.now();
    else setTimeout(poll, 50);
  };
  new PerformanceObserver((list, observer) => {
    const drawn = list.getEntriesByName('concord:graph-drawn')[0];
    if (!drawn) return;
    observer.disconnect();
    if (placed()) page.__placedAt = drawn.startTime;
    else poll();
  }).observe({ type: 'mark' });
}

/** `entities` generated entities and `relations` relations, with stored positions or none. */
export function createSeed(options: {
  entities: number;
  relations: number;
  positions: boolean;
  seed?: number;
}): Seed {
  const workspace = generateWorkspace({
    entities: options.entities,
    relations: options.relations,
    seed: options.seed ?? 11,
  });
  if (!options.positions) workspace.positions = [];
  const person = workspace.entities.find(({ id }) => id.startsWith('person:'));
  return {
    update: Buffer.from(encodeWorkspace(workspace, 'hybrid')),
    entities: options.entities,
    relations: options.relations,
    positions: options.positions,
    samplePerson: person?.fields.name ?? '',
  };
}

/**
 * Stores the seed under the workspace that a just-launched app opened (not yet drawn: the next
 * load is the cold open), and installs the long-task observer for every later load.
 */
export async function seedApp(app: App, seed: Seed): Promise<SeededApp> {
  await app.context.addInitScript(watchLongTasks);
  if (!seed.positions) await app.context.addInitScript(watchPlacement);
  const concord = new ConcordPage(app.page);
  await concord.waitReady();
  // From a loopback server of its own: a 100k workspace (127 MB) fulfilled through page.route
  // closed Playwright's connection to the browser.
  const served = await serveOnce(seed.update);
  try {
    await app.page.evaluate(
      (url) =>
        (
          window as unknown as { __concord: { storeForNextOpen(u: string): Promise<number> } }
        ).__concord.storeForNextOpen(url),
      served.url,
    );
  } finally {
    await served.close();
  }
  return { app, concord, seed };
}

/** Serves `body` at a 127.0.0.1 address any page may fetch, until closed. */
async function serveOnce(body: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_, response) => {
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/seed.bin`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser would keep its connection alive
      }),
  };
}

/** A fresh browser whose open workspace holds the seed, stored but not yet opened. */
export async function seededApp(url: string, seed: Seed): Promise<SeededApp> {
  const app = await launchApp({ url });
  try {
    return await seedApp(app, seed);
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** The page's JS heap in MB after a full collection, read through the DevTools protocol. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round(usedSize / 1e6);
  } finally {
    await cdp.detach();
  }
}

async function readTimeline(page: Page, settleMs: number, timeoutMs: number, placing: boolean) {
  const started = Date.now();
  await new ConcordPage(page).waitGraphDrawn(timeoutMs);
  // Long tasks that follow the first frame (a deferred build, a late layout) count too.
  await page.waitForTimeout(settleMs);
  const placedMs = placing
    ? await page
        .waitForFunction(() => (window as { __placedAt?: number }).__placedAt, undefined, {
          timeout: Math.max(1, timeoutMs - (Date.now() - started)),
          polling: 100,
        })
        .then(async (handle) => Math.round((await handle.jsonValue()) as number))
        .catch(() => null)
    : null;
  const timeline = await page.evaluate(() => {
    const marks: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark'))
      if (mark.name.startsWith('concord:') && !(mark.name in marks))
        marks[mark.name] = Math.round(mark.startTime);
    const openMs = marks['concord:graph-drawn'];
    const tasks = (window as unknown as { __longTasks(): LongTask[] }).__longTasks();
    const longest = (durations: number[]) => Math.round(Math.max(0, ...durations));
    // A task under way at the first frame counts for what is left of it.
    const longtaskAfterMs = longest(
      tasks.map((t) => t.start + t.duration - Math.max(t.start, openMs)),
    );
    const longtaskMaxMs = longest(tasks.map((t) => t.duration));
    const { drawnNodes, drawnEdges } = (
      window as unknown as { __concord: { counts(): Counts } }
    ).__concord.counts();
    return { marks, openMs, longtaskAfterMs, longtaskMaxMs, drawnNodes, drawnEdges };
  });
  return { ...timeline, placedMs };
}

/**
 * Loads the page again (the workspace is in IndexedDB) and reads the open's timeline: waits up
 * to timeoutMs for the graph to be drawn, then settleMs for the long tasks that follow.
 */
export async function coldOpen(
  seeded: SeededApp,
  options: { settleMs?: number; timeoutMs?: number } = {},
): Promise<OpenTimeline> {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const page = seeded.app.page;
  // Not 'load': a long task in the app's start-up holds the load event back.
  await page.reload({ waitUntil: 'commit', timeout: timeoutMs });
  const timeline = await readTimeline(
    page,
    options.settleMs ?? 2000,
    timeoutMs,
    !seeded.seed.positions,
  );
  return { ...timeline, heapMb: await heapAfterGc(page) };
}

export async function main(args: string[]): Promise<void> {
  const { startServer } = await import('../tests/e2e/support/server');
  const sizeAt = args.indexOf('--entities');
  const entities = sizeAt >= 0 ? Number(args[sizeAt + 1]) : 10_000;
  const positions = !args.includes('--no-positions');
  const server = await startServer();
  const seeded = await seededApp(
    server.url,
    createSeed({ entities, relations: entities * 3, positions }),
  );
  try {
    for (let run = 0; run < 3; run += 1) console.log(JSON.stringify(await coldOpen(seeded)));
  } finally {
    await seeded.app.close();
    await server.close();
  }
}
