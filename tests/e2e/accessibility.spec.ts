// axe-core over each main screen, in the light and the dark colour scheme: no serious or critical
// violation (names, roles, labels, contrast). Every screen is scanned before the test judges, so
// one failing run lists everything that is wrong.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeViolations, scanPage } from './support/axe';
import { screenshot } from './support/browser';
import { walkMainScreens } from './support/mainScreens';
import { useAppSession } from './support/session';

const session = useAppSession();
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

for (const scheme of ['light', 'dark'] as const) {
  test(`every main screen passes axe in the ${scheme} scheme`, async () => {
    const { app, concord } = await session.open();
    const page = app.page;
    await page.emulateMedia({ colorScheme: scheme });
    await concord.waitReady();
    const found: string[] = [];
    const scan = async (screen: string) => {
      await screenshot(page, `a11y-${scheme}-${screen}`);
      const violations = await scanPage(page);
      if (violations.length > 0) found.push(describeViolations(screen, violations));
    };

    await walkMainScreens(concord, scan);
    await page.keyboard.press('Escape');

    // The shortcut sheet from the keyboard: "?" on the graph opens it on its Close button, and
    // Escape gives the focus back to the graph.
    await page.getByTestId('graph.canvas').focus();
    await page.keyboard.press('?');
    await concord.id('shortcuts.dialog').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('shortcuts.close');
    await page.keyboard.press('Escape');
    await concord.id('shortcuts.dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focusedTestId(page)).toBe('graph.canvas');

    expect(found.join('\n\n'), 'axe found serious or critical violations').toBe('');
    // The canvas is drawn by Cytoscape, not CSS: its labels follow the scheme, also when the
    // system switches while the page is open.
    const labelInk = async () => (await concord.readGraph()).nodes[0].labelColour;
    const ink = { light: 'rgb(30,41,59)', dark: 'rgb(226,232,240)' };
    expect(await labelInk()).toBe(ink[scheme]);
    const other = scheme === 'light' ? 'dark' : 'light';
    await page.emulateMedia({ colorScheme: other });
    await expect.poll(labelInk).toBe(ink[other]);
    expect(app.errors).toEqual([]);
  });
}
