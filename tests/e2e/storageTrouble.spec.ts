// A full disk is shown, not swallowed: with the origin's quota shrunk through the DevTools
// protocol, saving fails visibly; when space returns, the retry saves everything.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { launchApp, relaunch, screenshot, type App } from './support/browser';
import { ConcordPage } from './support/concordPage';
import { startServer, type StaticServer } from './support/server';

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

test('a quota error shows a warning, keeps the edits, and saves them once space returns', async () => {
  // Chromium applies a quota override only to an origin that has not touched storage yet, so it
  // is set before the app opens: enough for the empty workspace, too little for the sample.
  app = await launchApp();
  const cdp = await app.context.newCDPSession(app.page);
  const origin = new URL(server.url).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 20_000 });
  await app.page.goto(server.url);
  const concord = new ConcordPage(app.page);
  await concord.waitReady();
  await concord.waitSaved();

  await concord.loadSample();
  await expect
    .poll(() => concord.saveStatus().textContent(), { timeout: 10_000 })
    .toBe('Not saved');
  await expect.poll(() => concord.id('status.error').textContent()).toContain('storage is full');
  await screenshot(app.page, 'storage-full');
  expect((await concord.entities()).length).toBe(32);

  // Space returns: the retry writes the whole document.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000_000 });
  await concord.waitSaved(15_000);
  expect(await concord.id('status.error').count()).toBe(0);

  app = await relaunch(app, server.url);
  const reopened = new ConcordPage(app.page);
  await reopened.waitReady();
  await expect.poll(async () => (await reopened.entities()).length).toBe(32);
});
