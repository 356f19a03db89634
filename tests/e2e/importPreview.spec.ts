// A large workspace file is read and checked in a worker: the dialog says what it is reading, the
// tab never freezes (no main-thread task over 200 ms, where the preview on the main thread froze
// it for seconds), and Cancel stops the check, stores nothing and leaves the dialog usable.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { longTasksSince, pageNow, waitForQuiet, watchLongTasks } from './support/longTasks';
import { useAppSession } from './support/session';

const session = useAppSession();

/** Long enough to feel: what a person notices as a frozen tab. */
const LONG_TASK_MS = 200;
const ENTITIES = 40_000;

const id = (prefix: string, i: number) => `${prefix}:${i.toString(36).padStart(12, '0')}`;

/** Organisations in a ring, each placed on the canvas: a Concord JSON of about 9 MB. */
function largeWorkspace(entities: number): string {
  const orgs = Array.from({ length: entities }, (_, i) =>
    JSON.stringify({
      id: id('org', i),
      type: 'org',
      name: `Ban Dân vận xã ${i}`,
      aliases: [`BDV ${i}`],
      notes: '',
      kind: '',
    }),
  );
  const relations = Array.from({ length: entities }, (_, i) =>
    JSON.stringify({
      id: id('rel', i),
      type: 'related_to',
      from: id('org', i),
      to: id('org', (i + 1) % entities),
      label: 'phối hợp',
      provenance: [],
    }),
  );
  const positions = Array.from(
    { length: entities },
    (_, i) => `"${id('org', i)}":{"x":${i % 200},"y":${Math.floor(i / 200)}}`,
  );
  return `{"format":"concord-workspace","version":1,"name":"Lớn","entities":[${orgs}],"relations":[${relations}],"positions":{${positions}}}`;
}

const dir = mkdtempSync(join(tmpdir(), 'concord-import-preview-'));
const large = join(dir, 'large.concord.json');

beforeAll(() => writeFileSync(large, largeWorkspace(ENTITIES)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a large Concord JSON is previewed with no main-thread task over 200 ms', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await watchLongTasks(app.page);
  await concord.openWorkspaceImport();
  await waitForQuiet(app.page);
  const since = await pageNow(app.page);
  await concord.id('exchange.file-input').setInputFiles(large);
  await concord.id('exchange.preview.counts').waitFor({ timeout: 30_000 });
  const tasks = await longTasksSince(app.page, since);
  console.log(`preview of ${ENTITIES} entities: longest main-thread task ${tasks.longest} ms`);
  expect(await concord.id('exchange.preview.counts').textContent()).toBe(
    // Counts are written as the reader's locale writes numbers: 40,000 in English.
    `Will import ${ENTITIES.toLocaleString('en')} organisations and ${ENTITIES.toLocaleString('en')} relations.`,
  );
  expect(tasks.longest).toBeLessThan(LONG_TASK_MS);
  expect(app.errors).toEqual([]);
});

test('Cancel while a file is checked stores nothing, and the dialog reads the next file', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  const entities = await concord.entities();
  const relations = await concord.relations();

  await concord.openWorkspaceImport();
  await concord.id('exchange.file-input').setInputFiles(large);
  const checking = concord.id('exchange.checking');
  await expect.poll(() => checking.textContent()).toMatch(/large\.concord\.json \(\d+\.\d MB\)…/);
  await screenshot(app.page, 'exchange-checking');
  await concord.id('exchange.stop').click();
  await expect
    .poll(() => concord.id('exchange.message').textContent())
    .toBe('Cancelled: nothing was stored.');
  expect(await checking.count()).toBe(0);
  // The check was stopped, not left to finish behind the dialog.
  await app.page.waitForTimeout(1_500);
  expect(await concord.id('exchange.preview.counts').count()).toBe(0);
  expect(await concord.id('exchange.import').isDisabled()).toBe(true);
  expect(await concord.entities()).toEqual(entities);
  expect(await concord.relations()).toEqual(relations);

  const small = { name: 'small.concord.json', mimeType: 'application/json' };
  await concord
    .id('exchange.file-input')
    .setInputFiles({ ...small, buffer: Buffer.from(largeWorkspace(3)) });
  await expect
    .poll(() => concord.id('exchange.preview.counts').textContent())
    .toBe('Will import 3 organisations and 3 relations.');
  expect(await concord.id('exchange.message').count()).toBe(0);
  await concord.id('exchange.target.merge').check();
  await concord.id('exchange.import').click();
  await concord.id('exchange.import-dialog').waitFor({ state: 'detached' });
  await expect.poll(async () => (await concord.entities()).length).toBe(entities.length + 3);
  expect(app.errors).toEqual([]);
});
