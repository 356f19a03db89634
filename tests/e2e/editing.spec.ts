// Create, link, edit, undo/redo and delete through the real UI, and check what the canvas draws.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { useAppSession, type Opened } from './support/session';

const session = useAppSession();

async function open(): Promise<Opened> {
  const opened = await session.open();
  await opened.concord.waitReady();
  return opened;
}

async function nodeLabels(concord: ConcordPage): Promise<string[]> {
  return (await concord.readGraph()).nodes.map((n) => n.label).sort();
}

test('create a person and an organisation, link them, edit, undo and redo', async () => {
  const { app, concord } = await open();
  await concord.addFirstPerson();
  await concord.editDetails({ name: '   ' });
  await expect.poll(() => concord.fieldError('name').textContent()).toContain('cannot be empty');
  expect(await concord.entities()).toEqual([]);

  await concord.editDetails({ name: 'Nguyễn Quốc Ân', rank: 'Đại tá' });
  await concord.addEntity('org');
  await concord.editDetails({ name: 'Bộ Chỉ huy Bộ đội Biên phòng TPHCM', aliases: 'BĐBP TPHCM' });
  await expect
    .poll(() => nodeLabels(concord))
    .toEqual(['Bộ Chỉ huy Bộ đội Biên phòng TPHCM', 'Đại tá Nguyễn Quốc Ân']);
  // Made one after the other at the same view, the two land apart on the screen.
  const [first, second] = (await concord.readGraph()).nodes;
  expect(
    Math.hypot(first.renderedX - second.renderedX, first.renderedY - second.renderedY),
  ).toBeGreaterThan(40);

  const person = (await concord.entities()).find((e) => e.type === 'person')!;
  await concord.selectEntity(person.id);
  await concord.addRelation({ type: 'holds_title', search: 'bdbp', label: 'Chính ủy' });
  await expect
    .poll(async () => (await concord.readGraph()).edges.map((e) => e.label))
    .toEqual(['Chính ủy']);
  await expect.poll(() => concord.id('details.relation').count()).toBe(1);
  await screenshot(app.page, 'editing-linked');

  await concord.editDetails({ name: 'Nguyễn Quốc Ân (BĐBP)' });
  await expect.poll(() => nodeLabels(concord)).toContain('Đại tá Nguyễn Quốc Ân (BĐBP)');
  await concord.undo();
  await expect.poll(() => nodeLabels(concord)).toContain('Đại tá Nguyễn Quốc Ân');
  await concord.redo();
  await expect.poll(() => nodeLabels(concord)).toContain('Đại tá Nguyễn Quốc Ân (BĐBP)');
  // Keyboard: Ctrl+Z outside a text field undoes one step, Ctrl+Y redoes it.
  await app.page.getByTestId('graph.canvas').focus();
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => nodeLabels(concord)).toContain('Đại tá Nguyễn Quốc Ân');
  await app.page.keyboard.press('Control+y');
  await expect.poll(() => nodeLabels(concord)).toContain('Đại tá Nguyễn Quốc Ân (BĐBP)');
  expect(app.errors).toEqual([]);
});

test('deleting an organisation takes its relations with it, and undo brings both back', async () => {
  const { app, concord } = await open();
  await concord.loadSample();
  await expect.poll(() => concord.listCount('person').textContent()).toBe('7');
  const before = await concord.readGraph();
  const org = (await concord.entities()).find(
    (e) => e.name === 'Bộ Chỉ huy Bộ đội Biên phòng TPHCM',
  )!;
  const touching = before.edges.filter((e) => e.source === org.id || e.target === org.id).length;
  expect(touching).toBeGreaterThan(2);

  await concord.selectEntity(org.id);
  await app.page.getByTestId('graph.canvas').focus();
  await app.page.keyboard.press('Delete');
  await expect
    .poll(async () => (await concord.readGraph()).edges.length)
    .toBe(before.edges.length - touching);
  expect((await concord.readGraph()).nodes.some((n) => n.id === org.id)).toBe(false);
  expect((await concord.relations()).some((r) => r.from === org.id || r.to === org.id)).toBe(false);

  await expect
    .poll(() => concord.id('notice').first().textContent())
    .toContain(`Deleted “${org.name}” with ${touching} relations`);

  await concord.id('notice.action').first().click();
  await expect.poll(async () => (await concord.readGraph()).edges.length).toBe(before.edges.length);
  expect(await concord.listItem(org.id).count()).toBe(1);
});

test('an impossible period and a markup name are refused or shown as text', async () => {
  const { app, concord } = await open();
  await concord.addEntity('agreement');
  await concord.editDetails({
    name: 'Quy chế phối hợp',
    periodFrom: '2026',
    periodTo: '2022',
    signed: '31/02',
  });
  await expect
    .poll(() => concord.fieldError('periodTo').textContent())
    .toContain('before it starts');
  expect(await concord.fieldError('signed').textContent()).toContain('Not a date');
  expect(await concord.entities()).toEqual([]);

  const hostile = '<img src=x onerror="window.__pwned=1">Ban <b>Dân vận</b>';
  await concord.addEntity('theme');
  await concord.editDetails({ name: hostile });
  await expect.poll(() => concord.listItems().first().textContent()).toBe(hostile);
  expect(await concord.id('details.title').textContent()).toBe(hostile);
  expect(await app.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await app.page.locator('.sidebar img, .details img').count()).toBe(0);
});
