// Smoke test: the built app loads in a real Chromium, reaches its ready state and logs no errors.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchApp, screenshot } from './support/browser';
import type { App } from './support/browser';
import { ConcordPage } from './support/concordPage';
import { startServer } from './support/server';
import type { StaticServer } from './support/server';

let server: StaticServer;
let app: App | undefined;

beforeAll(async () => {
  server = await startServer();
});

afterEach(async () => {
  await app?.close();
  app = undefined;
});

afterAll(async () => {
  await server?.close();
});

test('the built app opens its workspace without console errors', async () => {
  app = await launchApp({ url: server.url });
  const concord = new ConcordPage(app.page);

  await app.page.waitForFunction(() => document.title === 'Concord', undefined, {
    timeout: 15_000,
  });
  await concord.waitReady();
  await screenshot(app.page, 'smoke-ready');

  expect(await app.page.title()).toBe('Concord');
  expect(app.errors).toEqual([]);
});
