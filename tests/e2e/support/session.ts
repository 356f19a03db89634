// The lifecycle every spec shares: one static server per file, and every browser a test opens
// closed after it, relaunched ones included.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchApp, relaunch, type App, type LaunchOptions } from './browser';
import { ConcordPage } from './concordPage';
import { startServer, type StaticServer } from './server';

export interface Opened {
  app: App;
  concord: ConcordPage;
}

export interface AppSession {
  /** The served app's address. */
  url(): string;
  /** Launches Chromium on the app (or on a blank page with `blank`), waiting for nothing. */
  open(options?: LaunchOptions & { blank?: boolean }): Promise<Opened>;
  /** Closes the browser and starts it again on the same profile and page. */
  relaunch(app: App): Promise<Opened>;
}

export function useAppSession(): AppSession {
  let server: StaticServer | undefined;
  const opened: App[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    // Closing is idempotent, so an app already closed by a relaunch is skipped.
    for (const app of opened.splice(0)) await app.close();
  });
  afterAll(async () => {
    await server?.close();
  });
  const url = () => server!.url;
  const track = (app: App): Opened => {
    opened.push(app);
    return { app, concord: new ConcordPage(app.page) };
  };
  return {
    url,
    open: async ({ blank = false, ...options } = {}) =>
      track(await launchApp({ ...options, url: blank ? undefined : url() })),
    relaunch: async (app) => track(await relaunch(app, url())),
  };
}
