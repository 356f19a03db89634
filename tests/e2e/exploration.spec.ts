// Exploring the sample workspace as an analyst does: filters with removable chips, the time
// filter, focus and expand, the shortest path, metrics mapped onto the graph, layouts and pins.
import { expect, test } from 'vitest';
import type { ConcordPage } from './support/concordPage';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

async function openSample() {
  const opened = await session.open();
  await opened.concord.waitReady();
  await opened.concord.loadSample();
  await expect
    .poll(async () => (await opened.concord.readGraph()).nodes.length)
    .toBeGreaterThan(20);
  return opened;
}

async function drawnIds(concord: ConcordPage): Promise<string[]> {
  return (await concord.readGraph()).nodes.map((n) => n.id).sort();
}

async function idOf(concord: ConcordPage, name: string): Promise<string> {
  const found = (await concord.entities()).find((e) => e.name === name);
  if (!found) throw new Error(`No entity named ${name}`);
  return found.id;
}

test('type, theme and time filters combine, show as chips, and each chip takes its filter off', async () => {
  const { app, concord } = await openSample();
  const all = await concord.entities();
  await concord.id('toolbar.filters').click();
  await concord.id('filters.type.source').uncheck();
  await expect
    .poll(async () => (await concord.readGraph()).nodes.some((n) => n.type === 'source'))
    .toBe(false);
  await expect
    .poll(() => concord.id('filters.chip').allTextContents())
    .toEqual(['Hidden: Sources×']);

  // A theme keeps what concerns it: itself, what is linked to it, and the parties of the
  // agreements among those.
  const theme = await idOf(concord, 'Dân vận khéo');
  await concord.page.locator(`[data-testid="filters.theme"][data-id="${theme}"] input`).check();
  const relations = await concord.relations();
  const neighboursOf = (id: string) =>
    relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : []));
  const scope = new Set([theme, ...neighboursOf(theme)]);
  for (const id of [...scope])
    if (id.startsWith('agreement:')) neighboursOf(id).forEach((n) => scope.add(n));
  const expected = [...scope].filter((id) => !id.startsWith('source:')).sort();
  await expect.poll(() => drawnIds(concord)).toEqual(expected);
  expect(expected.length).toBeLessThan(all.length - 2);
  await concord.page.locator(`[data-testid="filters.theme"][data-id="${theme}"] input`).uncheck();

  // As of 2026: the programmes that ended in 2023 and 2025 go, with what only they connected.
  await concord.id('filters.time.enabled').check();
  await concord.id('filters.time.mode-asof').click();
  await concord.id('filters.time.asof').fill('2026');
  const ended = [
    'Kế hoạch phối hợp thực hiện công tác dân vận năm 2022 – 2023',
    'Chương trình phối hợp giai đoạn 2022 - 2025',
  ];
  const endedIds = await Promise.all(ended.map((name) => idOf(concord, name)));
  await expect
    .poll(async () => (await drawnIds(concord)).filter((id) => endedIds.includes(id)))
    .toEqual([]);
  const running = await idOf(concord, 'Chương trình phối hợp giai đoạn 2022 - 2026');
  expect(await drawnIds(concord)).toContain(running);
  const summary = await concord.id('filters.summary').textContent();
  expect(summary).toMatch(new RegExp(`^Showing \\d+ of ${all.length}$`));
  await screenshot(app.page, 'exploration-filters');

  // Removing the time chip brings the ended programmes back; the type chip stays.
  await concord.page
    .locator('[data-testid="filters.chip"][data-key^="time"] [data-testid="filters.chip.remove"]')
    .click();
  await expect
    .poll(async () => (await drawnIds(concord)).filter((id) => endedIds.includes(id)).length)
    .toBe(2);
  await expect.poll(() => concord.id('filters.chip').count()).toBe(1);
  await concord.id('filters.clear').click();
  await expect.poll(async () => (await concord.readGraph()).nodes.length).toBe(all.length);
  await expect.poll(() => concord.id('filters.chips').count()).toBe(0);
  expect(app.errors).toEqual([]);
});

test('focus on a neighbourhood, expand a node by double-click, collapse it again', async () => {
  const { app, concord } = await openSample();
  const person = await idOf(concord, 'Ngô Văn Luận');
  await concord.selectEntity(person);
  await concord.id('explore.depth').selectOption('1');
  await concord.id('explore.focus').click();
  const neighbours = new Set(
    (await concord.relations()).flatMap((r) =>
      r.from === person ? [r.to] : r.to === person ? [r.from] : [],
    ),
  );
  await expect.poll(() => drawnIds(concord)).toEqual([person, ...neighbours].sort());
  await expect
    .poll(() => concord.id('filters.chip').allTextContents())
    .toEqual(['Focus: Ngô Văn Luận (depth 1)×']);

  // Expanding a neighbour adds its own neighbours on top of the focus. (Double-clicking a node
  // does the same; the adapter's unit test covers that gesture, which is timing-sensitive here.)
  const agreement = [...neighbours].find((id) => id.startsWith('agreement:'))!;
  const before = (await drawnIds(concord)).length;
  await concord.selectEntity(agreement);
  await concord.id('explore.expand').click();
  await expect.poll(async () => (await drawnIds(concord)).length).toBeGreaterThan(before);
  await screenshot(app.page, 'exploration-focus');

  await concord.id('explore.collapse').click();
  const afterCollapse = await drawnIds(concord);
  expect(afterCollapse.length).toBeLessThan((await concord.entities()).length);
  expect(afterCollapse).toContain(agreement);
  expect(app.errors).toEqual([]);
});

test('shortest path between two entities is highlighted and listed as a chain', async () => {
  const { app, concord } = await openSample();
  const from = await idOf(concord, 'Đỗ Tiến Quang');
  const to = await idOf(concord, 'Dân vận khéo');
  await concord.selectEntity(from);
  await concord.id('explore.path-from').click();
  await concord.selectEntity(to);
  await concord.id('explore.path-to').click();
  const steps = concord.id('path.step');
  await expect.poll(() => steps.count()).toBeGreaterThan(1);
  const chain = await steps.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
  expect(chain[0]).toBe(from);
  expect(chain.at(-1)).toBe(to);
  // Each consecutive pair is joined by a stored relation, and the canvas highlights all of them.
  const relations = await concord.relations();
  for (let i = 1; i < chain.length; i++) {
    const joined = relations.some(
      (r) =>
        (r.from === chain[i - 1] && r.to === chain[i]) ||
        (r.to === chain[i - 1] && r.from === chain[i]),
    );
    expect(joined).toBe(true);
  }
  const highlighted = (await concord.readGraph()).highlighted;
  expect(highlighted.length).toBe(chain.length * 2 - 1);
  expect(highlighted).toEqual(expect.arrayContaining(chain as string[]));
  await screenshot(app.page, 'exploration-path');

  // Hiding the relation type the path runs through re-solves it or says there is none.
  await concord.id('path.close').click();
  await expect.poll(async () => (await concord.readGraph()).highlighted).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('metrics rank entities, sort by column, and size and colour the nodes', async () => {
  const { app, concord } = await openSample();
  await concord.toolbarMenu('analyse-menu', 'metrics');
  const rows = concord.id('metrics.row');
  await expect.poll(() => rows.count()).toBeGreaterThan(20);
  await concord.id('metrics.sort.degree').click();
  const degreeOrder = async () =>
    rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  const relations = await concord.relations();
  const degree = (id: string) =>
    new Set(relations.flatMap((r) => (r.from === id ? [r.to] : r.to === id ? [r.from] : []))).size;
  const sortedIds = await degreeOrder();
  const degrees = sortedIds.map(degree);
  // Sorted one way or the other: a second click reverses it.
  const descending = [...degrees].sort((a, b) => b - a);
  const ascending = [...degrees].sort((a, b) => a - b);
  expect([descending, ascending]).toContainEqual(degrees);
  await concord.id('metrics.sort.degree').click();
  expect((await degreeOrder()).map(degree)).toEqual([...degrees].reverse());

  await concord.id('metrics.size-by').selectOption('degree');
  await concord.id('metrics.colour-by-community').check();
  await expect
    .poll(
      async () => new Set((await concord.readGraph()).nodes.map((n) => Math.round(n.width))).size,
    )
    .toBeGreaterThan(2);
  await expect
    .poll(async () => new Set((await concord.readGraph()).nodes.map((n) => n.colour)).size)
    .toBeGreaterThan(1);
  const hub = sortedIds[degrees.indexOf(Math.max(...degrees))];
  const widths = Object.fromEntries((await concord.readGraph()).nodes.map((n) => [n.id, n.width]));
  expect(widths[hub]).toBe(Math.max(...Object.values(widths)));
  await screenshot(app.page, 'exploration-metrics');

  await rows.first().click();
  await expect.poll(() => concord.id('details.title').count()).toBe(1);
  expect(app.errors).toEqual([]);
});

test('layouts move unpinned nodes only, in one undo step, and pins survive a reload', async () => {
  const { app, concord } = await openSample();
  const pinnedId = await idOf(concord, 'Thành ủy TPHCM');
  await concord.selectEntity(pinnedId);
  await concord.id('explore.pin').click();
  await expect.poll(() => concord.id('explore.pin').getAttribute('aria-pressed')).toBe('true');
  const where = async () =>
    Object.fromEntries((await concord.readGraph()).nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  let before = await where();
  const notices = concord.page.locator('.notice');
  for (const choice of ['grid', 'circle', 'concentric', 'fcose', 'forceatlas2'] as const) {
    await concord.toolbarMenu('layout-menu', `layout.${choice}`);
    await expect
      .poll(async () => JSON.stringify(await where()) !== JSON.stringify(before))
      .toBe(true);
    await expect.poll(() => concord.id('layout.progress').count()).toBe(0);
    const after = await where();
    expect(after[pinnedId]).toEqual(before[pinnedId]);
    expect(await notices.allTextContents()).not.toContainEqual(
      expect.stringMatching(/still running/),
    );
    before = after;
  }
  await screenshot(app.page, 'exploration-layout');
  const laidOut = await where();
  await concord.undo();
  await expect
    .poll(async () => JSON.stringify(await where()) !== JSON.stringify(laidOut))
    .toBe(true);
  await concord.redo();
  await concord.waitSaved();
  await concord.reload();
  await expect
    .poll(async () => (await concord.readGraph()).nodes.find((n) => n.id === pinnedId)?.pinned)
    .toBe(true);
  expect(app.errors).toEqual([]);
});
