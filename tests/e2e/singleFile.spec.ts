// The one-file build, `npm run build:single`: dist-single/concord.html opened straight from disk
// keeps its workspaces in that browser profile across a relaunch, and runs every Web Worker
// (extraction, metrics, ForceAtlas2) inlined in the page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { launchApp, relaunch, screenshot, type App } from './support/browser';
import { ConcordPage } from './support/concordPage';
import { REPO_ROOT } from './support/server';

const OUT_DIR = resolve(REPO_ROOT, 'dist-single');
const FILE = resolve(OUT_DIR, 'concord.html');
const ARTICLE = readFileSync(resolve(REPO_ROOT, 'src/sample/articles/seed_003.txt'), 'utf8');

// Built here, as `npm run build:single` does (a few seconds), so the test never opens a stale file.
beforeAll(async () => {
  await build({ root: REPO_ROOT, mode: 'single', logLevel: 'error' });
});

const opened: App[] = [];
afterEach(async () => {
  for (const app of opened.splice(0)) await app.close();
});

const track = (app: App) => {
  opened.push(app);
  return { app, concord: new ConcordPage(app.page) };
};

const listNames = (concord: ConcordPage) => concord.listItems().allTextContents();

test('the build writes one file and nothing else', () => {
  expect(readdirSync(OUT_DIR)).toEqual(['concord.html']);
  const html = readFileSync(FILE, 'utf8');
  // Nothing is fetched from beside the file: no script, style, icon or worker by address.
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|manifest)"/);
  expect(html).not.toContain('serviceWorker.register');
  expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,/);
});

test('opened from disk, it keeps a workspace across a relaunch', async () => {
  expect(existsSync(FILE)).toBe(true);
  const url = pathToFileURL(FILE).href;
  let { app, concord } = track(await launchApp({ url }));
  await concord.waitReady();
  await concord.newWorkspace('Lai Châu');
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Lò Văn Tiến' });
  await concord.waitSaved();
  await screenshot(app.page, 'single-file');

  ({ app, concord } = track(await relaunch(app)));
  await concord.waitReady();
  await expect.poll(() => concord.id('workspace.current').textContent()).toContain('Lai Châu');
  await expect.poll(() => listNames(concord)).toEqual(['Lò Văn Tiến']);
  expect(app.errors).toEqual([]);
});

test('from disk, the extraction, metrics and layout workers run', async () => {
  const { app, concord } = track(await launchApp({ url: pathToFileURL(FILE).href }));
  await concord.waitReady();

  await concord.openArticleImport();
  await concord.id('import.text').fill(ARTICLE);
  await concord.id('import.extract').click();
  await concord.id('review.screen').waitFor();
  expect(await concord.id('review.item').count()).toBeGreaterThan(5);
  await concord.id('review.commit').click();
  await concord.id('review.screen').waitFor({ state: 'detached' });
  await expect.poll(async () => (await concord.listItems().count()) > 5).toBe(true);

  await concord.toolbarMenu('analyse-menu', 'metrics');
  await expect.poll(() => concord.id('metrics.row').count()).toBeGreaterThan(5);

  await concord.toolbarMenu('layout-menu', 'layout.forceatlas2');
  await expect.poll(() => concord.id('layout.progress').count()).toBe(0);
  expect(await concord.page.locator('.notice.error').count()).toBe(0);
  await concord.waitSaved();
  await screenshot(app.page, 'single-file-workers');
  expect(app.errors).toEqual([]);
});
