// Durability: what the app called "Saved" survives the browser being killed with SIGKILL; an edit
// made just before the tab closes is there when it reopens; reloads without edits do not grow the
// database; a database deleted, upgraded or closed under the app is reopened with nothing lost.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { Entity } from '../../src/model/types';
import { recordReliability } from '../fixtures/reliabilityReport';
import { killAndRelaunch, screenshot, type App } from './support/browser';
import { ConcordPage } from './support/concordPage';
import { useAppSession, type Opened } from './support/session';

const session = useAppSession();

/** What window.__concord.burst (src/main.tsx) reports for each edit it made. */
interface BurstEdit {
  id: string;
  field: 'name' | 'notes';
  value: string;
}
interface BurstWindow {
  __concord: { burst(count: number, tag: string): BurstEdit[]; saveStatus(): string };
}

const KILL_CYCLES = 3;
const BURST = 1_000;
const TAB_CLOSES = 5;
const RELOADS = 10;

const figures = { kills_survived: 0, edits_lost: 0 };
const record = () => recordReliability('durability', figures);

// Apps relaunched after a kill are not the session's: they are closed here.
const relaunched: App[] = [];
afterEach(async () => {
  for (const app of relaunched.splice(0)) await app.close();
});

async function open(): Promise<Opened> {
  const opened = await session.open();
  await opened.concord.waitReady();
  return opened;
}

const burst = (page: Page, count: number, tag: string) =>
  page.evaluate(([n, t]) => (window as unknown as BurstWindow).__concord.burst(n, t), [
    count,
    tag,
  ] as const);

/** The edits whose value is not what the stored entity holds. */
function missing(edits: BurstEdit[], entities: Entity[]): BurstEdit[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return edits.filter((edit) => byId.get(edit.id)?.[edit.field] !== edit.value);
}

const sortedById = (entities: Entity[]) => entities.sort((a, b) => a.id.localeCompare(b.id));

test(`a burst of ${BURST} edits saved before SIGKILL is there after relaunch, ${KILL_CYCLES} times`, async () => {
  let { app, concord } = await open();
  const made: BurstEdit[] = [];
  for (let cycle = 1; cycle <= KILL_CYCLES; cycle += 1) {
    // One edit through the real UI, then the bulk through the same commands the UI calls.
    await concord.addEntity('org');
    await concord.editDetails({ name: `UI edit ${cycle}` });
    const uiEdit = (await concord.entities()).find((e) => e.name === `UI edit ${cycle}`);
    expect(uiEdit).toBeDefined();
    made.push({ id: uiEdit!.id, field: 'name', value: `UI edit ${cycle}` });
    made.push(...(await burst(app.page, BURST, `Kill ${cycle}`)));
    const before = sortedById(await concord.entities());
    expect(missing(made, before)).toEqual([]);
    // Killed as soon as the indicator says so: "Saved" must mean on disk.
    await concord.waitSaved(20_000);
    const killedAt = Date.now();
    const next = await killAndRelaunch(app, session.url());
    expect(next.killed).toBeGreaterThan(0);
    relaunched.push(next.app);
    ({ app } = next);
    concord = new ConcordPage(app.page);
    await concord.waitReady();
    const after = sortedById(await concord.entities());
    const lost = missing(made, after);
    console.log(
      `kill ${cycle}: ${made.length} edits made, ${lost.length} lost, ` +
        `relaunch ${Date.now() - killedAt} ms, ${after.length} entities`,
    );
    figures.edits_lost += lost.length;
    if (lost.length === 0 && after.length === before.length) figures.kills_survived += 1;
    record();
    expect(lost).toEqual([]);
    expect(after).toEqual(before);
  }
  expect(figures.kills_survived).toBe(KILL_CYCLES);
});

test('an edit made just before the tab closes is there when it reopens', async () => {
  const { app, concord } = await open();
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Tab close 0' });
  await concord.waitSaved();
  let page = app.page;
  let current = concord;
  let lost = 0;
  for (let round = 1; round <= TAB_CLOSES; round += 1) {
    await current.field('name').fill(`Tab close ${round}`);
    // The Save button's own handler runs the command; the tab closes before the write commits.
    const statusAtClose = await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-testid="details.save"]')!.click();
      return (window as unknown as BurstWindow).__concord.saveStatus();
    });
    expect(statusAtClose).toBe('saving');
    await page.close();

    page = await app.context.newPage();
    current = new ConcordPage(page);
    await current.goto(session.url());
    const people = (await current.entities()).filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    if (people[0].name !== `Tab close ${round}`) lost += 1;
    await current.selectEntity(people[0].id);
  }
  figures.edits_lost += lost;
  record();
  expect(lost).toBe(0);
});

interface StoredSize {
  rows: number;
  bytes: number;
}

/** Rows and bytes in each Concord database's `updates` store, read on a connection of its own. */
function storedSizes(page: Page): Promise<Record<string, StoredSize>> {
  return page.evaluate(async () => {
    const sizes: Record<string, StoredSize> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name?.startsWith('concord:')) continue;
      sizes[name] = await new Promise<StoredSize>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(['updates'], 'readonly').objectStore('updates').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const updates = all.result as Uint8Array[];
            resolve({ rows: updates.length, bytes: updates.reduce((n, u) => n + u.byteLength, 0) });
          };
        };
      });
    }
    return sizes;
  });
}

test(`the database does not grow across ${RELOADS} reloads without edits`, async () => {
  const { app, concord } = await open();
  await concord.loadSample();
  await burst(app.page, 20, 'Growth');
  await concord.waitSaved();
  const first = await storedSizes(app.page);
  expect(Object.keys(first)).toHaveLength(2); // the registry and the workspace
  const sizes = [];
  for (let i = 0; i < RELOADS; i += 1) {
    await concord.reload();
    await concord.waitSaved();
    sizes.push(await storedSizes(app.page));
  }
  // Past the compaction delay, in case a reload scheduled a late write.
  await app.page.waitForTimeout(1_500);
  sizes.push(await storedSizes(app.page));
  console.log(
    `stored before reloads: ${JSON.stringify(first)}; after: ${JSON.stringify(sizes.at(-1))}`,
  );
  expect(sizes).toEqual(sizes.map(() => first));
});

test('a database deleted, upgraded or closed under the app shows a warning, loses nothing and is reopened', async () => {
  let { app, concord } = await open();
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Saved before' });
  await concord.waitSaved();
  const [workspace] = await app.page.evaluate(() =>
    (window as unknown as { __concord: { workspaces(): { id: string }[] } }).__concord.workspaces(),
  );
  const database = `concord:${workspace.id}`;
  // Another page of the same origin, without the app.
  const other = await app.context.newPage();
  await other.goto(`${session.url()}favicon.svg`);
  // A tab in the background gets no animation frames, and Playwright's clicks wait for them.
  await app.page.bringToFront();
  const cdp = await app.context.newCDPSession(app.page);
  const troubles: Record<string, () => Promise<unknown>> = {
    deleted: () =>
      other.evaluate(
        (name) =>
          new Promise((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve(undefined);
            request.onerror = () => reject(request.error);
          }),
        database,
      ),
    upgraded: () =>
      other.evaluate(
        (name) =>
          new Promise((resolve, reject) => {
            const probe = indexedDB.open(name);
            probe.onsuccess = () => {
              const version = probe.result.version;
              probe.result.close();
              const request = indexedDB.open(name, version + 1);
              request.onsuccess = () => resolve(request.result.close());
              request.onerror = () => reject(request.error);
            };
          }),
        database,
      ),
    cleared: () =>
      cdp.send('Storage.clearDataForOrigin', {
        origin: new URL(session.url()).origin,
        storageTypes: 'indexeddb',
      }),
  };
  const during: string[] = [];
  for (const [trouble, cause] of Object.entries(troubles)) {
    await cause();
    await expect.poll(() => concord.saveStatus().textContent()).toBe('Not saved');
    await expect.poll(() => concord.id('status.error').textContent()).toContain('closed');
    if (trouble === 'deleted') await screenshot(app.page, 'database-closed');
    // Edits made meanwhile stay in memory and are written when the database is reopened.
    await concord.addEntity('org');
    await concord.editDetails({ name: `Made while ${trouble}` });
    during.push(`Made while ${trouble}`);
    // Still closed: the edit was made before the retry reopened the database.
    expect(await concord.saveStatus().textContent()).toBe('Not saved');
    await concord.waitSaved(10_000);
    expect(await concord.id('status.error').count()).toBe(0);
  }
  await other.close();

  ({ app, concord } = await session.relaunch(app));
  await concord.waitReady();
  const names = (await concord.entities()).map((e) => e.name).sort();
  expect(names).toEqual(['Saved before', ...during].sort());
  expect(app.errors).toEqual([]);
});
