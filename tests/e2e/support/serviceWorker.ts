// The served build's service worker, for the offline and update tests: wait until it controls a
// page, and serve a scratch copy of the build that a test may change into a "next version".
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_DIST_DIR, startServer, type StaticServer } from './server';

/** Resolves once a service worker is active and controls the page, its precache complete. */
export async function waitForServiceWorker(page: Page, timeout = 15_000): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout,
  });
}

export interface ScratchBuild extends StaticServer {
  dir: string;
  /**
   * Turns the served copy into a next version: index.html gains a marker, and sw.js precaches
   * that new index.html, so the browser finds a new service worker on its next check.
   */
  publishNextVersion(marker: string): void;
  /** Stops the server and removes the copy. */
  dispose(): Promise<void>;
}

/** Serves a copy of ./dist (the test build) that the test may change or stop serving. */
export async function serveScratchBuild(): Promise<ScratchBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-dist-'));
  cpSync(DEFAULT_DIST_DIR, dir, { recursive: true });
  let server: StaticServer;
  try {
    server = await startServer({ distDir: dir });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  return {
    dir,
    url: server.url,
    close,
    publishNextVersion(marker) {
      const html = join(dir, 'index.html');
      writeFileSync(
        html,
        readFileSync(html, 'utf8').replace(
          '</head>',
          `<meta name="concord-version" content="${marker}"></head>`,
        ),
      );
      const sw = join(dir, 'sw.js');
      const before = readFileSync(sw, 'utf8');
      const after = before.replace(/(\{url:"index\.html",revision:")[^"]*"/, `$1${marker}"`);
      if (after === before) throw new Error('sw.js does not precache index.html as expected.');
      writeFileSync(sw, after);
    },
    async dispose() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
