// The entity list of a large workspace in a real browser: a window of rows that scrolls with no
// jump or gap, a keyboard that reaches and picks any row, and a selection made elsewhere that the
// list scrolls to. (The jsdom unit tests cannot lay anything out.)
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { useAppSession } from './support/session';

const session = useAppSession();

const PEOPLE = 1000;
/** app.css: the list's top padding, a group title and a row. */
const PADDING = 4;
const TITLE = 32;
const ROW = 29.59375;

interface BurstWindow {
  __concord: { burst(count: number, tag: string): unknown };
}

/** "Người 0", "Người 2" … "Người 1998": burst adds a person, then writes a note on it. */
async function openWithPeople(): Promise<{ page: Page; concord: ConcordPage }> {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await app.page.evaluate(
    (count) => (window as unknown as BurstWindow).__concord.burst(count * 2, 'Người'),
    PEOPLE,
  );
  // The count is written as the reader's locale groups thousands: 1,000 in English.
  await expect
    .poll(() => concord.listCount('person').textContent())
    .toBe(PEOPLE.toLocaleString('en-GB'));
  return { page: app.page, concord };
}

/** Rows out of place or missing at each scroll position, as the list is scrolled in steps. */
async function scrollThrough(page: Page, step: number, until: number) {
  return page.evaluate(
    async ({ step, until, geometry }) => {
      const scroller = document.querySelector<HTMLElement>('.entity-groups')!;
      const rendered = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const misplaced: string[] = [];
      const gaps: number[] = [];
      let most = 0;
      for (let top = 0; top < until; top += step) {
        scroller.scrollTop = top;
        await rendered();
        const view = scroller.getBoundingClientRect();
        const rows = [...scroller.querySelectorAll<HTMLElement>('[data-testid="list.item"]')];
        most = Math.max(most, rows.length);
        for (const row of rows) {
          const index = Number(row.getAttribute('aria-posinset')) - 1;
          const expected = geometry.padding + geometry.title + index * geometry.row;
          const actual = row.getBoundingClientRect().top - view.top + scroller.scrollTop;
          if (Math.abs(actual - expected) > 0.01) misplaced.push(`${row.textContent} at ${top}`);
        }
        const first = rows[0].getBoundingClientRect().top;
        const last = rows[rows.length - 1].getBoundingClientRect().bottom;
        if (first > view.top + geometry.padding + geometry.title || last < view.bottom)
          gaps.push(top);
      }
      return { misplaced, gaps, most };
    },
    { step, until, geometry: { padding: PADDING, title: TITLE, row: ROW } },
  );
}

test('a list of 1000 people draws a few dozen rows and scrolls without a jump or a gap', async () => {
  const { page, concord } = await openWithPeople();
  expect(await concord.listItems().count()).toBeLessThan(60);
  await screenshot(page, 'entity-list-1000');
  // Steps that fall between row edges, down a third of the list.
  const scrolled = await scrollThrough(page, 37, (PEOPLE / 3) * ROW);
  expect(scrolled.misplaced).toEqual([]);
  expect(scrolled.gaps).toEqual([]);
  expect(scrolled.most).toBeLessThan(60);
  await page.locator('.entity-groups').evaluate((list, top) => (list.scrollTop = top), 500 * ROW);
  await expect.poll(() => concord.listItems().allTextContents()).toContain(`Người ${2 * 500}`);
  await screenshot(page, 'entity-list-1000-scrolled');
});

test('the keyboard reaches the list, moves through it and picks a row', async () => {
  const { page, concord } = await openWithPeople();
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  await concord.id('list.filter').focus();
  await page.keyboard.press('Tab'); // the sort button
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Người 0');
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('Người 60');
  await page.keyboard.press('End');
  expect(await focused()).toBe(`Người ${2 * (PEOPLE - 1)}`);
  await page.keyboard.press('ArrowUp');
  // Tab leaves the list, and Shift+Tab comes back to the same row.
  await page.keyboard.press('Tab');
  expect(await focused()).not.toContain('Người');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe(`Người ${2 * (PEOPLE - 2)}`);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => concord.id('details.title').textContent())
    .toBe(`Người ${2 * (PEOPLE - 2)}`);
});

test('a selection made in the search box is scrolled into view in the list', async () => {
  const { page, concord } = await openWithPeople();
  await concord.id('search.input').fill('Người 1442');
  await concord.id('search.result').first().click();
  await expect.poll(() => concord.id('details.title').textContent()).toBe('Người 1442');
  const row = page.locator('[data-testid="list.item"].selected');
  await expect.poll(() => row.textContent()).toBe('Người 1442');
  const inView = await row.evaluate((element, covered) => {
    const box = element.getBoundingClientRect();
    const view = element.closest('.entity-groups')!.getBoundingClientRect();
    return box.top >= view.top + covered && box.bottom <= view.bottom;
  }, PADDING + TITLE);
  expect(inView).toBe(true);
});
