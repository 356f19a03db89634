// Entity resolution by hand: the possible-duplicates list finds an abbreviation and its full form,
// merging keeps one entity with the other's relations and names, and undo restores both.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('possible duplicates: merge an abbreviation into its full form, then undo', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.addEntity('org');
  await concord.editDetails({ name: 'BCHQS quận Tân Bình' });
  const before = await concord.entities();
  const full = before.find((e) => e.name === 'Ban Chỉ huy Quân sự quận Tân Bình')!;
  const short = before.find((e) => e.name === 'BCHQS quận Tân Bình')!;
  const fullRelations = (await concord.relations()).filter(
    (r) => r.from === full.id || r.to === full.id,
  ).length;

  await concord.toolbarMenu('analyse-menu', 'duplicates');
  const group = app.page.getByTestId('duplicates.group').filter({ hasText: 'BCHQS quận Tân Bình' });
  await expect.poll(() => group.textContent()).toContain('Ban Chỉ huy Quân sự quận Tân Bình');
  await screenshot(app.page, 'duplicates');
  // Keep the full form: check it, then merge.
  await group
    .locator('label', { hasText: 'Ban Chỉ huy Quân sự quận Tân Bình' })
    .getByRole('radio')
    .check();
  await group.getByTestId('duplicates.merge').click();
  await concord.id('duplicates.close').click();

  const after = await concord.entities();
  expect(after).toHaveLength(before.length - 1);
  expect(after.some((e) => e.id === short.id)).toBe(false);
  expect(after.find((e) => e.id === full.id)!.aliases).toContain('BCHQS quận Tân Bình');
  expect(
    (await concord.relations()).filter((r) => r.from === full.id || r.to === full.id),
  ).toHaveLength(fullRelations);

  await concord.undo();
  await expect.poll(async () => (await concord.entities()).length).toBe(before.length);
  expect(app.errors).toEqual([]);
});
