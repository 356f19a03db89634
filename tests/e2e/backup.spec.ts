// Backups as a user meets them: one click writes the file and the menu shows when; restoring it
// gives an identical workspace; a week of edits without a backup brings a reminder.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();
const DAY = 24 * 60 * 60 * 1000;

test('back up, restore into a new workspace, and get the same workspace back', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  await concord.openWorkspaceMenu();
  await expect.poll(() => concord.id('workspace.last-backup').textContent()).toContain('never');
  const [download] = await Promise.all([
    concord.page.waitForEvent('download'),
    concord.id('workspace.backup').click(),
  ]);
  const backup = {
    name: download.suggestedFilename(),
    text: readFileSync(await download.path(), 'utf8'),
  };
  await concord.openWorkspaceMenu();
  await expect.poll(() => concord.id('workspace.last-backup').textContent()).not.toContain('never');
  await concord.page.keyboard.press('Escape');

  const original = {
    entities: await concord.entities(),
    relations: await concord.relations(),
    positions: await concord.page.evaluate(() =>
      (window as unknown as { __concord: { positions(): unknown } }).__concord.positions(),
    ),
  };
  await concord.openWorkspaceMenu();
  await concord.id('workspace.restore').click();
  await concord.id('exchange.file-input').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await concord.id('exchange.target.name').fill('Restored');
  await concord.id('exchange.import').click();
  await expect.poll(() => concord.id('workspace.current').textContent()).toContain('Restored');
  await concord.waitSaved();
  await concord.reload();
  expect(await concord.entities()).toEqual(original.entities);
  expect(await concord.relations()).toEqual(original.relations);
  expect(
    await concord.page.evaluate(() =>
      (window as unknown as { __concord: { positions(): unknown } }).__concord.positions(),
    ),
  ).toEqual(original.positions);
  expect(app.errors).toEqual([]);
});

test('a week of edits without a backup brings a reminder, and backing up clears it', async () => {
  const { app, concord } = await session.open({ blank: true });
  const start = Date.parse('2026-11-01T09:00:00Z');
  await app.page.clock.install({ time: start });
  await concord.goto(session.url());
  await concord.loadSample();
  await concord.waitSaved();
  await expect.poll(() => concord.id('backup.reminder').count()).toBe(0);

  await app.page.clock.setSystemTime(start + 8 * DAY + 60 * 60 * 1000);
  await concord.reload();
  await expect.poll(() => concord.id('backup.reminder').textContent()).toContain('8 days');
  await screenshot(app.page, 'backup-reminder');
  await Promise.all([concord.page.waitForEvent('download'), concord.id('backup.now').click()]);
  await expect.poll(() => concord.id('backup.reminder').count()).toBe(0);
  await concord.reload();
  await expect.poll(() => concord.id('backup.reminder').count()).toBe(0);
  expect(app.errors).toEqual([]);
});
