// Export and import through the real menus: a lossless Concord JSON round trip into a new
// workspace, GEXF merged into an empty one, a CSV with its own column names mapped by hand, and a
// broken file refused with nothing stored.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Entity, Relation } from '../../src/model/types';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { useAppSession } from './support/session';

const session = useAppSession();

/** Chooses an export and answers the downloaded file's name and text. */
async function exportAs(concord: ConcordPage, kind: string) {
  const [download] = await Promise.all([
    concord.page.waitForEvent('download'),
    concord.toolbarMenu('export-menu', `export.${kind}`),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function chooseFile(concord: ConcordPage, files: { name: string; text: string }[]) {
  await concord.openWorkspaceImport();
  await concord
    .id('exchange.file-input')
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
    );
}

/** Entities and relations without ids: what must survive any format. */
const byName = (entities: Entity[]) =>
  Object.fromEntries(entities.map(({ id: _id, ...rest }) => [rest.name, rest]));
const relationKeys = (entities: Entity[], relations: Relation[]) => {
  const name = (id: string) => entities.find((e) => e.id === id)?.name;
  return relations
    .map((r) => JSON.stringify([r.type, name(r.from), name(r.to), r.label, r.provenance.length]))
    .sort();
};

test('Concord JSON exports everything and imports back into a new workspace unchanged', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  const entities = await concord.entities();
  const relations = await concord.relations();
  const file = await exportAs(concord, 'json');
  expect(file.name).toMatch(/\.concord\.json$/);

  await chooseFile(concord, [file]);
  await expect
    .poll(() => concord.id('exchange.preview.counts').textContent())
    .toContain(`${relations.length} relations`);
  await concord.id('exchange.target.name').fill('Round trip');
  await screenshot(app.page, 'exchange-preview');
  await concord.id('exchange.import').click();
  await expect.poll(() => concord.id('exchange.import-dialog').count()).toBe(0);
  await expect.poll(() => concord.id('workspace.menu').textContent()).toContain('Round trip');
  // Lossless: the same ids, fields, relations and provenance.
  expect(await concord.entities()).toEqual(entities);
  expect(await concord.relations()).toEqual(relations);
  expect(app.errors).toEqual([]);
});

test('GEXF and GraphML exports import into another workspace with the same graph', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  const entities = await concord.entities();
  const relations = await concord.relations();
  for (const kind of ['gexf', 'graphml']) {
    const file = await exportAs(concord, kind);
    await chooseFile(concord, [file]);
    await concord.id('exchange.target.name').fill(`From ${kind}`);
    await concord.id('exchange.import').click();
    await expect.poll(() => concord.id('workspace.menu').textContent()).toContain(`From ${kind}`);
    const imported = await concord.entities();
    expect(byName(imported)).toEqual(byName(entities));
    expect(relationKeys(imported, await concord.relations())).toEqual(
      relationKeys(entities, relations),
    );
    await concord.switchWorkspace('My workspace');
  }
  expect(app.errors).toEqual([]);
});

test('a CSV with its own column names is mapped by hand and merged as one undo step', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  const nodes = 'Tên;Loại;Viết tắt\nBộ đội Biên phòng;org;BĐBP\nNguyễn Văn A;person;\n';
  const edges = 'Từ;Đến;Quan hệ\nNguyễn Văn A;Bộ đội Biên phòng;holds_title\n';
  await chooseFile(concord, [
    { name: 'nodes.csv', text: nodes },
    { name: 'edges.csv', text: edges },
  ]);
  await concord.id('exchange.mapping.name').selectOption('Tên');
  await concord.id('exchange.mapping.type').selectOption('Loại');
  await concord.id('exchange.mapping.aliases').selectOption('Viết tắt');
  await concord.id('exchange.mapping.edge-source').selectOption('Từ');
  await concord.id('exchange.mapping.edge-target').selectOption('Đến');
  await concord.id('exchange.mapping.edge-type').selectOption('Quan hệ');
  await expect
    .poll(() => concord.id('exchange.preview.counts').textContent())
    .toMatch(/1 person.*1 organisation.*1 relation/i);
  await screenshot(app.page, 'exchange-csv-mapping');
  await concord.id('exchange.target.merge').check();
  await concord.id('exchange.import').click();
  await expect.poll(async () => (await concord.entities()).length).toBe(2);
  const org = (await concord.entities()).find((e) => e.type === 'org')!;
  expect(org.aliases).toEqual(['BĐBP']);
  expect((await concord.relations()).map((r) => r.type)).toEqual(['holds_title']);
  await concord.undo();
  await expect.poll(async () => (await concord.entities()).length).toBe(0);
  expect(app.errors).toEqual([]);
});

test('a partly invalid file lists its problems and stores nothing', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  const before = await concord.entities();
  const broken = JSON.stringify({
    format: 'concord-workspace',
    version: 1,
    name: 'Broken',
    entities: [
      {
        id: 'person:aaaaaaaaaaaa',
        type: 'person',
        name: 'Good',
        aliases: [],
        notes: '',
        rank: '',
        titles: [],
      },
      { id: 'org:bbbbbbbbbbbb', type: 'org', name: '', aliases: [], notes: '', kind: '' },
    ],
    relations: [],
    positions: {},
  });
  await chooseFile(concord, [{ name: 'broken.json', text: broken }]);
  await expect.poll(() => concord.id('exchange.preview.problems').textContent()).toMatch(/name/i);
  await expect(concord.id('exchange.import').isDisabled()).resolves.toBe(true);
  await screenshot(app.page, 'exchange-problems');
  await concord.id('exchange.cancel').click();
  expect(await concord.entities()).toEqual(before);
  await chooseFile(concord, [{ name: 'garbage.gexf', text: '<gexf><graph><nodes><node id=' }]);
  await expect.poll(() => concord.id('exchange.preview.problems').count()).toBe(1);
  expect(app.errors).toEqual([]);
});

test('the drawing exports as PNG and as SVG, with names as text and markup kept inert', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.addEntity('person');
  await concord.editDetails({ name: '<img src=x onerror=alert(1)> Trần Văn B' });
  await expect.poll(async () => (await concord.readGraph()).nodes.length).toBeGreaterThan(32);

  const [pngDownload] = await Promise.all([
    concord.page.waitForEvent('download'),
    concord.toolbarMenu('export-menu', 'export.png'),
  ]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(20_000);

  const svg = await exportAs(concord, 'svg');
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.text).toContain('<svg');
  expect(svg.text).toContain('Đỗ Tiến Quang');
  // The name is text in the picture, never an element.
  expect(svg.text).not.toMatch(/<img/i);
  expect(svg.text).toContain('&lt;img');
  // canvas2svg (inside cytoscape-svg) logs this when Cytoscape starts a label path on a group;
  // the picture is complete, as the assertions above show.
  const svgNoise = /Attempted to apply path command to node (g|text)/;
  expect(app.errors.filter((e) => !svgNoise.test(e))).toEqual([]);
});
