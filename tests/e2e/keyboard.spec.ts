// A keyboard-only walk: create a person and an organisation and link them without one mouse
// call, with a visible focus at every stop (issue 7).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

interface Focus {
  testId: string | null;
  tag: string;
  /** :focus-visible matches and draws something: an outline or a box shadow. */
  visible: boolean;
}

function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { testId: null, tag: 'BODY', visible: false };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    return {
      testId: el.getAttribute('data-testid'),
      tag: el.tagName,
      visible: el.matches(':focus-visible') && (outlined || shadowed),
    };
  });
}

/** The focus is on this element, and a user can see it. */
async function expectFocus(page: Page, testId: string): Promise<void> {
  await expect.poll(async () => (await focusOf(page)).testId).toBe(testId);
  expect(await focusOf(page), `focus on ${testId} is visible`).toMatchObject({ visible: true });
}

/** Presses Tab (or Shift+Tab) until the focus reaches the element; fails past `max` presses. */
async function tabTo(page: Page, testId: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if ((await focusOf(page)).testId === testId) return expectFocus(page, testId);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${testId}`);
}

test('create a person and an organisation and link them with the keyboard alone', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  await concord.waitReady();
  await concord.id('empty').waitFor();

  // The person: Add ▾ opens on its first item, the form on its name; Enter creates.
  await tabTo(page, 'toolbar.add-entity');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'toolbar.add.person');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'details.field.name');
  await page.keyboard.type('Nguyễn Quốc Ân');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await concord.entities()).map((e) => e.name))
    .toEqual(['Nguyễn Quốc Ân']);
  // The form is replaced by the new entity's panel: the focus goes to its title, not nowhere.
  await expectFocus(page, 'details.title');

  // The organisation: back to Add ▾, the arrow keys to its item.
  await tabTo(page, 'toolbar.add-entity', { back: true });
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'toolbar.add.person');
  await page.keyboard.press('ArrowDown');
  await expectFocus(page, 'toolbar.add.org');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'details.field.name');
  await page.keyboard.type('Bộ Chỉ huy Bộ đội Biên phòng TPHCM');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await concord.entities()).length).toBe(2);
  await expectFocus(page, 'details.title');
  const entities = await concord.entities();
  const person = entities.find((e) => e.type === 'person')!;
  const org = entities.find((e) => e.type === 'org')!;

  // The entity list: Tab lands on the selected organisation, ArrowUp reaches the person.
  await tabTo(page, 'list.item', { back: true });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id'))).toBe(
    org.id,
  );
  await page.keyboard.press('ArrowUp');
  await expectFocus(page, 'list.item');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id'))).toBe(
    person.id,
  );
  await page.keyboard.press('Enter');
  await expect.poll(() => concord.id('details.title').textContent()).toBe('Nguyễn Quốc Ân');

  // The relation picker: opens on its search; the first option, the title, Link.
  await tabTo(page, 'details.add-relation');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'picker.search');
  await page.keyboard.type('bien phong');
  await tabTo(page, 'picker.option', { max: 3 });
  await page.keyboard.press('Enter');
  await expect
    .poll(() => concord.id('picker.option').first().getAttribute('aria-selected'))
    .toBe('true');
  await tabTo(page, 'picker.label', { max: 3 });
  await page.keyboard.type('Chính ủy');
  await tabTo(page, 'picker.confirm', { max: 3 });
  await screenshot(page, 'keyboard-picker');
  await page.keyboard.press('Enter');

  await expect
    .poll(async () =>
      (await concord.relations()).map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        label: r.label,
      })),
    )
    .toEqual([{ type: 'holds_title', from: person.id, to: org.id, label: 'Chính ủy' }]);
  // The picker closed: the focus is back on the button that opened it.
  await expectFocus(page, 'details.add-relation');
  await screenshot(page, 'keyboard-linked');

  // "?" opens the shortcut sheet; Tab stays inside it; Escape gives the focus back.
  await page.keyboard.press('?');
  await expectFocus(page, 'shortcuts.close');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expectFocus(page, 'shortcuts.close');
  await page.keyboard.press('Escape');
  await concord.id('shortcuts.dialog').waitFor({ state: 'detached' });
  await expectFocus(page, 'details.add-relation');
  expect(app.errors).toEqual([]);
});

test('the keyboard selects several entities in the list, then moves, pans and zooms the graph', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  await concord.waitReady();
  await tabTo(page, 'empty.load-sample');
  await page.keyboard.press('Enter');
  await expect.poll(() => concord.listCount('person').textContent()).toBe('7');

  // The list: Enter picks the first person, Ctrl+Enter adds the next one.
  await tabTo(page, 'list.item');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Control+Enter');
  const selection = () =>
    page.evaluate(() =>
      (window as unknown as { __concord: { selection(): string[] } }).__concord.selection(),
    );
  await expect.poll(async () => (await selection()).length).toBe(2);
  await expect.poll(() => concord.id('details.title').textContent()).toBe('2 selected');
  const chosen = await selection();
  await screenshot(page, 'keyboard-list-selection');

  // The canvas: the arrows move the two nodes, stored like a drag.
  await tabTo(page, 'graph.canvas');
  const at = async () => {
    const nodes = (await concord.readGraph()).nodes;
    return chosen.map((id) => nodes.find((n) => n.id === id)!);
  };
  const before = await at();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await at())[0].x).toBeGreaterThan(before[0].x);
  const moved = await at();
  expect(moved[1].x - before[1].x).toBeCloseTo(moved[0].x - before[0].x, 5);
  expect(moved.map((n) => n.y)).toEqual(before.map((n) => n.y));
  const stored = await page.evaluate(() =>
    (
      window as unknown as { __concord: { positions(): Record<string, { x: number }> } }
    ).__concord.positions(),
  );
  expect(stored[chosen[0]].x).toBeCloseTo(moved[0].x, 5);

  // + zooms about the middle: the two nodes draw further apart.
  const spread = (nodes: Array<{ renderedX: number; renderedY: number }>) =>
    Math.hypot(nodes[0].renderedX - nodes[1].renderedX, nodes[0].renderedY - nodes[1].renderedY);
  await page.keyboard.press('+');
  await expect.poll(async () => spread(await at())).toBeGreaterThan(spread(moved) * 1.1);

  // Escape clears the selection; the arrows then pan, and no node moves in the workspace.
  await page.keyboard.press('Escape');
  await expect.poll(selection).toEqual([]);
  const still = await at();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await at())[0].renderedX).toBeGreaterThan(still[0].renderedX);
  expect((await at()).map((n) => n.x)).toEqual(still.map((n) => n.x));
  await expectFocus(page, 'graph.canvas');
  await screenshot(page, 'keyboard-canvas');
  expect(app.errors).toEqual([]);
});
