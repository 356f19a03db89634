// The served build installs a service worker: once the app has been opened, it opens again with
// the server gone and the browser offline, every workspace and every worker with it. A new
// version is offered and waits for the user's Reload; it never reloads the page by itself.
import { afterEach, expect, test } from 'vitest';
import { launchApp, relaunch, screenshot, type App } from './support/browser';
import { ConcordPage } from './support/concordPage';
import {
  serveScratchBuild,
  waitForServiceWorker,
  type ScratchBuild,
} from './support/serviceWorker';

let build: ScratchBuild | undefined;
const opened: App[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
  await build?.dispose();
  build = undefined;
});

async function open(url: string): Promise<{ app: App; concord: ConcordPage }> {
  const app = await launchApp({ url });
  opened.push(app);
  const concord = new ConcordPage(app.page);
  await concord.waitReady();
  return { app, concord };
}

const names = async (concord: ConcordPage) => (await concord.entities()).map((e) => e.name);

test('once opened, the app opens with the network off: every workspace, the workers too', async () => {
  build = await serveScratchBuild();
  let { app, concord } = await open(build.url);
  await waitForServiceWorker(app.page);
  await concord.loadSample();
  await concord.renameWorkspace('Tân Bình & TPHCM');
  await concord.newWorkspace('Lai Châu');
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Lò Văn Tiến' });
  await concord.waitSaved();

  // The network goes: nothing answers at the address any more, and the browser is offline.
  await build.close();
  await app.context.setOffline(true);
  await concord.reload();
  await expect.poll(() => names(concord)).toEqual(['Lò Văn Tiến']);

  // A new browser on the same profile, offline from the start.
  app = await relaunch(app, 'about:blank');
  opened.push(app);
  await app.context.setOffline(true);
  concord = new ConcordPage(app.page);
  await concord.goto(build.url);
  await expect.poll(() => concord.id('workspace.current').textContent()).toContain('Lai Châu');
  expect(await names(concord)).toEqual(['Lò Văn Tiến']);
  await concord.switchWorkspace('Tân Bình & TPHCM');
  await expect.poll(async () => (await concord.entities()).length).toBe(32);

  // The metrics worker's file came from the precache, as every chunk did.
  await concord.toolbarMenu('analyse-menu', 'metrics');
  await expect.poll(() => concord.id('metrics.row').count()).toBeGreaterThan(20);
  await screenshot(app.page, 'offline-app');
  expect(app.errors).toEqual([]);
});

test('a new version is offered, waits without reloading, and takes over on Reload', async () => {
  build = await serveScratchBuild();
  const { app, concord } = await open(build.url);
  const page = app.page;
  await waitForServiceWorker(page);
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Lò Văn Tiến' });
  await concord.waitSaved();
  expect(await concord.id('update.notice').count()).toBe(0);

  // First on the visit the worker was installed in (it claimed the page), then on a page that
  // loaded under it: Workbox tells the two apart, and both must reload into the new version.
  for (const version of ['2', '3']) {
    build.publishNextVersion(version);
    // A mark on this page: it is gone only if the page reloads.
    await page.evaluate(() => Object.assign(window, { __beforeUpdate: true }));
    // What the app's hourly check does, now.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await concord.id('update.notice').waitFor({ timeout: 15_000 });
    expect(await concord.id('update.notice').textContent()).toContain(
      'A new version of Concord is ready.',
    );
    if (version === '2') await screenshot(page, 'update-notice');

    // Offered, not forced: the new version waits, and the page stays as it was.
    await page.waitForTimeout(2_000);
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null,
    );
    expect(waiting).toBe('installed');
    expect(await page.evaluate(() => '__beforeUpdate' in window)).toBe(true);

    await Promise.all([page.waitForEvent('load'), concord.id('update.reload').click()]);
    await concord.waitReady();
    expect(await page.evaluate(() => '__beforeUpdate' in window)).toBe(false);
    expect(await page.locator('meta[name="concord-version"]').last().getAttribute('content')).toBe(
      version,
    );
    expect(await concord.id('update.notice').count()).toBe(0);
    await expect.poll(() => names(concord)).toEqual(['Lò Văn Tiến']);
  }
  expect(app.errors).toEqual([]);
});
