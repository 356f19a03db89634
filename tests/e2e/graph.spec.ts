// The canvas: clicking selects and opens details, Shift+drag draws a relation, the list and the
// graph select together.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('click a node to open it, Shift+drag to link two nodes', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  const at = async (label: string) => {
    const canvas = (await app.page.getByTestId('graph.canvas').boundingBox())!;
    const node = (await concord.readGraph()).nodes.find((n) => n.label === label)!;
    return { id: node.id, x: canvas.x + node.renderedX, y: canvas.y + node.renderedY };
  };

  const person = await at('Ngô Văn Luận');
  await app.page.mouse.click(person.x, person.y);
  await expect.poll(() => concord.id('details.title').textContent()).toBe('Ngô Văn Luận');
  await expect.poll(() => concord.listItem(person.id).getAttribute('class')).toContain('selected');
  await screenshot(app.page, 'details-panel');

  // Close the panel (it narrows the canvas) and fit, so both ends are on screen.
  await app.page.keyboard.press('Escape');
  await concord.id('details.panel').waitFor({ state: 'detached' });
  await concord.id('toolbar.fit').click();
  const before = (await concord.relations()).length;
  const from = await at('Ngô Văn Luận');
  const to = await at('UBND TPHCM');
  await app.page.keyboard.down('Shift');
  await app.page.mouse.move(from.x, from.y);
  await app.page.mouse.down();
  await app.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await app.page.mouse.move(to.x, to.y, { steps: 8 });
  await app.page.waitForTimeout(200);
  await app.page.mouse.up();
  await app.page.keyboard.up('Shift');
  await expect.poll(async () => (await concord.relations()).length).toBe(before + 1);
  const added = (await concord.relations()).find((r) => r.from === from.id && r.to === to.id)!;
  expect(added.type).toBe('holds_title');
  await expect
    .poll(async () => (await concord.readGraph()).edges.some((e) => e.id === added.id))
    .toBe(true);
  expect(app.errors).toEqual([]);
});

test('the list filters without diacritics and sorts by name', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.filterList('dan van kheo');
  await expect
    .poll(() => concord.listItems().allTextContents())
    .toEqual(['Dân vận khéo', 'Dân vận khéo - Kết nối biên cương']);
  await concord.filterList('do tien');
  await expect.poll(() => concord.listItems().allTextContents()).toEqual(['Đỗ Tiến Quang']);
  await concord.filterList('');
  await expect.poll(() => concord.listCount('agreement').textContent()).toBe('4');
  const people = () =>
    app.page.locator('[data-testid="list.item"][data-entity-id^="person:"]').allTextContents();
  const ascending = await people();
  await concord.id('list.sort').click();
  await expect.poll(people).toEqual([...ascending].reverse());
});
