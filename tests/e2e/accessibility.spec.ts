// axe-core over each main screen, in the light and the dark colour scheme: no serious or critical
// violation (names, roles, labels, contrast). Every screen is scanned before the test judges, so
// one failing run lists everything that is wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeViolations, scanPage } from './support/axe';
import { screenshot } from './support/browser';
import { REPO_ROOT } from './support/server';
import { useAppSession } from './support/session';

const session = useAppSession();
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
const ARTICLE = readFileSync(resolve(REPO_ROOT, 'src/sample/articles/seed_003.txt'), 'utf8');

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

    await concord.id('empty').waitFor();
    await scan('empty');

    await concord.openWorkspaceImport();
    await concord.id('exchange.import-dialog').waitFor();
    await scan('workspace-import');
    await concord.id('exchange.cancel').click();

    await concord.openArticleImport();
    await concord.id('import.text').fill(ARTICLE);
    await scan('article-import');
    await concord.id('import.extract').click();
    await concord.id('review.screen').waitFor();
    await scan('review');
    await concord.id('review.close').click();
    await concord.id('review.screen').waitFor({ state: 'detached' });

    await concord.loadSample();
    await expect.poll(() => concord.listCount('person').textContent()).toBe('7');
    // An agreement: its type's amber is the lightest badge behind white text.
    const agreement = (await concord.entities()).find((e) => e.type === 'agreement')!;
    await concord.selectEntity(agreement.id);
    await concord.detailsPanel().waitFor();
    await scan('sample-selected');

    await concord.id('details.add-relation').click();
    await concord.id('picker.option').first().waitFor();
    await scan('relation-picker');
    await concord.id('picker.cancel').click();
    await concord.id('details.source.quote').first().click();
    await concord.id('source.viewer').waitFor();
    await scan('source-viewer');
    await concord.id('source.close').click();

    await concord.toolbarMenu('analyse-menu', 'duplicates');
    await concord.id('duplicates.close').waitFor();
    await scan('duplicates');
    await concord.id('duplicates.close').click();

    await concord.id('search.input').fill('dan van');
    await concord.id('search.result').first().waitFor();
    await scan('search');
    await concord.id('search.input').press('Escape');

    await concord.id('toolbar.filters').click();
    await concord.id('filters.panel').waitFor();
    await scan('filters');
    await concord.id('filters.close').click();

    await concord.toolbarMenu('analyse-menu', 'metrics');
    await concord.id('metrics.table').waitFor();
    await scan('metrics');
    await concord.id('metrics.close').click();

    await concord.id('toolbar.share').click();
    await concord.id('share.dialog').waitFor();
    await scan('share');
    await concord.id('share.close').click();

    // The shortcut sheet: "?" from the graph, Escape closes it and the graph has the focus back;
    // mouse users have the toolbar's "?" button.
    await page.getByTestId('graph.canvas').focus();
    await page.keyboard.press('?');
    await concord.id('shortcuts.dialog').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('shortcuts.close');
    await scan('shortcuts');
    await page.keyboard.press('Escape');
    await concord.id('shortcuts.dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focusedTestId(page)).toBe('graph.canvas');
    await concord.id('toolbar.shortcuts').click();
    await concord.id('shortcuts.close').click();
    await concord.id('shortcuts.dialog').waitFor({ state: 'detached' });

    await concord.openWorkspaceMenu();
    await concord.id('workspace.new').waitFor();
    await scan('workspace-menu');

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
