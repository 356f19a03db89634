// A workspace larger than the drawing budget opens on an overview of its most connected entities,
// says so, and brings in what the user goes to; "Show everything" draws the rest in chunks with
// progress, and the overview comes back with one click.
import { expect, test } from 'vitest';
import { VISIBLE_BUDGET } from '../../src/view/overview';
import { screenshot } from './support/browser';
import { createSeed, seedApp } from '../../bench/graphOpen';
import { useAppSession } from './support/session';

const session = useAppSession();
const ENTITIES = 2_000;
const RELATIONS = 6_000;

test('a 2,000-entity workspace opens on an overview; search reveals; show everything and back', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  await seedApp(app, createSeed({ entities: ENTITIES, relations: RELATIONS, positions: true }));
  await page.reload();
  await concord.waitReady();
  await concord.waitGraphDrawn();

  const overview = concord.id('filters.overview');
  await expect.poll(() => overview.textContent()).toContain('most connected of 2,000');
  const first = await concord.readGraph();
  expect(first.nodes.length).toBe(VISIBLE_BUDGET.nodes);
  expect(first.edges.length).toBeGreaterThan(0);
  expect(first.edges.length).toBeLessThanOrEqual(VISIBLE_BUDGET.edges);
  expect(await concord.id('filters.summary').textContent()).toBe(
    `Showing ${VISIBLE_BUDGET.nodes} of 2,000`,
  );
  // Every entity is still listed and searchable: the overview is a drawing, not a filter.
  expect((await concord.entities()).length).toBe(ENTITIES);
  await screenshot(page, 'overview');

  // An entity the overview left out, reached by search, joins the drawing and is selected.
  const drawn = new Set(first.nodes.map((n) => n.id));
  const hidden = (await concord.entities()).find(
    (e) => !drawn.has(e.id) && e.type === 'person' && !e.name.includes('  '),
  )!;
  await page.getByTestId('graph.canvas').focus();
  await page.keyboard.press('Control+k');
  await page.getByTestId('search.input').fill(hidden.name);
  await page.getByTestId('search.result').first().waitFor();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await concord.readGraph()).nodes.some((n) => n.id === hidden.id))
    .toBe(true);
  await expect.poll(() => concord.id('details.title').textContent()).toBe(hidden.name);

  // Show everything: drawn in chunks, with progress the user can see, until all is there.
  await page.evaluate(() => {
    const tasks: number[] = [];
    Object.assign(window, { __drawTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  // The progress bar may come and go between two polls on a fast machine: watch for it instead.
  await page.evaluate(() => {
    const seen = { drawing: false };
    Object.assign(window, { __drawingSeen: seen });
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="graph.drawing"]')) seen.drawing = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await concord.id('filters.show-all').click();
  await expect
    .poll(async () => (await concord.readGraph()).nodes.length, { timeout: 60_000 })
    .toBe(ENTITIES);
  await concord.id('graph.drawing').waitFor({ state: 'detached' });
  expect(
    await page.evaluate(
      () => (window as unknown as { __drawingSeen: { drawing: boolean } }).__drawingSeen.drawing,
    ),
  ).toBe(true);
  expect((await concord.readGraph()).edges.length).toBe(RELATIONS);
  await expect.poll(() => concord.id('filters.overview').count()).toBe(0);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __drawTasks: number[] }).__drawTasks),
  );
  console.log(`longest main-thread task while drawing everything: ${Math.round(longest)} ms`);

  // One click brings the overview back; the entity the user went to stays in it.
  await concord.id('filters.overview-back').click();
  await expect
    .poll(async () => (await concord.readGraph()).nodes.length)
    .toBe(VISIBLE_BUDGET.nodes);
  expect((await concord.readGraph()).nodes.some((n) => n.id === hidden.id)).toBe(true);
  expect(app.errors).toEqual([]);
});
