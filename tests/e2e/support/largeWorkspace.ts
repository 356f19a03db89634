// A generated workspace (bench/generateWorkspace.ts: Vietnamese-like names, every entity type,
// relations the rules allow) stored straight into the open workspace's IndexedDB database, so the
// next load opens it cold, as a user who closed the tab yesterday would.
import type { Page } from 'playwright-core';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import { encodeWorkspace } from '../../../bench/representations';

const SEED_PATH = 'large-workspace.bin';

export interface LargeWorkspaceOptions {
  entities: number;
  relations: number;
  /** Whether layout positions are stored (an imported workspace has none). */
  positions?: boolean;
  seed?: number;
}

/** Stores the workspace for the next load of `page`; answers the update's size in bytes. */
export async function storeLargeWorkspace(
  page: Page,
  options: LargeWorkspaceOptions,
): Promise<number> {
  const workspace = generateWorkspace({
    entities: options.entities,
    relations: options.relations,
    seed: options.seed ?? 11,
  });
  if (options.positions === false) workspace.positions = [];
  const update = Buffer.from(encodeWorkspace(workspace, 'hybrid'));
  // Served to the page by the test itself: megabytes do not cross page.evaluate as numbers.
  await page.route(`**/${SEED_PATH}`, (route) =>
    route.fulfill({ body: update, contentType: 'application/octet-stream' }),
  );
  return page.evaluate(
    (path) =>
      (
        window as unknown as { __concord: { storeForNextOpen(url: string): Promise<number> } }
      ).__concord.storeForNextOpen(path),
    SEED_PATH,
  );
}

/** Resolves once the page has drawn its first frame of the graph since it was loaded. */
export async function waitGraphDrawn(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('concord:graph-drawn').length > 0,
    undefined,
    { timeout, polling: 50 },
  );
}
