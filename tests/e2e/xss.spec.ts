// Markup never runs: a workspace whose every text field carries classic XSS payloads is imported
// through the real Import dialog, then every screen that shows text is visited (list, search,
// details of each type, relation details, source viewer, duplicates, path, metrics, filters,
// chips, notices, workspace menu, an article's review) and every export is read back. A payload
// that ran would bump window.__xss, open a dialog or leave one of its elements in the DOM.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { EntityType } from '../../src/model/types';
import { recordReliability } from '../fixtures/reliabilityReport';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { useAppSession } from './support/session';

const session = useAppSession();

const HIT = 'window.__xss=(window.__xss||0)+1';
const PAYLOADS = [
  `<img src=x onerror="${HIT}">`,
  `<svg onload="${HIT}"></svg>`,
  `<script>${HIT}</script>`,
  `"><script>${HIT}</script>`,
  `'><img src=x onerror=${HIT}>`,
  `<iframe srcdoc="<script>parent.${HIT}</script>"></iframe>`,
  `<a href="javascript:${HIT}">link</a>`,
  `javascript:${HIT}`,
  `{{constructor.constructor('${HIT}')()}}`,
  `\${${HIT}}`,
  `<details open ontoggle="${HIT}">`,
  `<body onload="${HIT}">`,
  `<input autofocus onfocus="${HIT}">`,
  '<img src=x onerror=alert(1)>',
  `<object data="javascript:${HIT}"></object>`,
  `]]><script>${HIT}</script><![CDATA[`,
  `&lt;img src=x onerror=${HIT}&gt;`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${HIT}">`,
];
/** Text fields each payload fills, for the figures. */
const FIELDS_PER_PAYLOAD = 19;

const id = (type: string, i: number, suffix = 'a') =>
  `${type}:xss${String(i).padStart(3, '0')}${suffix}aaaa`;
const SOURCE = id('source', 0);
const ARTICLE_TEXT = PAYLOADS.map((p, i) => `Đoạn ${i}: ${p}.`).join('\n');
const quoteOf = (i: number) => {
  const start = ARTICLE_TEXT.indexOf(PAYLOADS[i]);
  return { sourceId: SOURCE, start, end: start + PAYLOADS[i].length, quote: PAYLOADS[i] };
};

/** A Concord JSON file: per payload a person, an organisation, an agreement and a theme. */
function payloadWorkspace(): string {
  const entities: Record<string, unknown>[] = [
    {
      id: SOURCE,
      type: 'source',
      name: `Nguồn ${PAYLOADS[0]}`,
      url: `https://example.com/a?q="><img src=x onerror=${HIT}>`,
      published: '2024-05-01',
      text: ARTICLE_TEXT,
      aliases: [PAYLOADS[2]],
      notes: PAYLOADS[1],
    },
  ];
  const relations: Record<string, unknown>[] = [];
  const link = (type: string, from: string, to: string, label = '', provenance: unknown[] = []) =>
    relations.push({ id: id('rel', relations.length, 'r'), type, from, to, label, provenance });
  PAYLOADS.forEach((p, i) => {
    const [person, org, agreement, theme] = ['person', 'org', 'agreement', 'theme'].map((t) =>
      id(t, i),
    );
    entities.push(
      { id: person, type: 'person', name: `P${i} ${p}`, rank: p.slice(0, 100), titles: [p] },
      { id: org, type: 'org', name: p, kind: p.slice(0, 200), aliases: [`${p} viết tắt`] },
      { id: agreement, type: 'agreement', name: `Chương trình ${p}`, kind: p.slice(0, 200) },
      { id: theme, type: 'theme', name: `Chủ đề ${p}`, campaign: i % 2 === 0, notes: p },
    );
    Object.assign(entities.at(-2)!, { summary: p, notes: p, signed: '16/09', periodFrom: 2022 });
    Object.assign(entities.at(-4)!, { aliases: [`${p} bí danh`], notes: p });
    // A second body of the same name, so that the duplicates dialog lists the payload.
    if (i < 4) entities.push({ id: id('org', i, 'b'), type: 'org', name: p });
    link('holds_title', person, org, p, [quoteOf(i)]);
    link('party_to', org, agreement);
    link('covers', agreement, theme);
    link('related_to', person, theme, `Liên quan ${p}`);
    link('mentions', SOURCE, person, '', [quoteOf(i)]);
    if (i > 0) link('related_to', id('theme', i - 1), person, p);
  });
  const positions = Object.fromEntries(
    entities.map((e, i) => [e.id, { x: (i % 10) * 160, y: Math.floor(i / 10) * 120 }]),
  );
  const file = { format: 'concord-workspace', version: 1, name: PAYLOADS[3] };
  return JSON.stringify({
    ...file,
    exportedAt: new Date().toISOString(),
    entities,
    relations,
    positions,
  });
}

interface Watch {
  dialogs: string[];
  surfaces: string[];
  /** Script elements the app itself has, counted before any payload was shown. */
  scripts: number;
}

const INJECTED = [
  'img[src="x"]',
  'iframe',
  'object',
  'embed',
  'math',
  'mglyph',
  'details[ontoggle]',
  'body body',
  'input[onfocus]',
  'svg[onload]',
  '[onerror]',
  '[onload]',
  '[onfocus]',
  '[ontoggle]',
  'a[href^="javascript:" i]',
];

/** Whether anything a payload carries ran or entered the DOM, after the screen named `surface`. */
async function expectInert(page: Page, watch: Watch, surface: string): Promise<void> {
  watch.surfaces.push(surface);
  const seen = await page.evaluate((selectors) => {
    const found = selectors.filter((selector) => document.querySelector(selector));
    return {
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      found,
      scripts: document.querySelectorAll('script').length,
    };
  }, INJECTED);
  expect({ surface, ...seen }).toEqual({ surface, xss: null, found: [], scripts: watch.scripts });
  expect(watch.dialogs).toEqual([]);
}

async function exportAs(concord: ConcordPage, kind: string) {
  const [download] = await Promise.all([
    concord.page.waitForEvent('download'),
    concord.toolbarMenu('export-menu', `export.${kind}`),
  ]);
  const path = (await download.path())!;
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Elements and event attributes in an XML export, parsed as the browser parses it. */
async function markupIn(page: Page, text: string, mime: string): Promise<string[]> {
  return page.evaluate(
    ({ text, mime }) => {
      const doc = new DOMParser().parseFromString(text, mime as DOMParserSupportedType);
      const found: string[] = [];
      if (doc.querySelector('parsererror')) found.push('parsererror');
      for (const el of doc.querySelectorAll('*')) {
        if (
          /^(script|img|iframe|object|foreignObject|a|details|input|math|body)$/i.test(el.localName)
        )
          found.push(el.localName);
        for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`@${attr.name}`);
      }
      return found;
    },
    { text, mime },
  );
}

let tried = 0;
let executed = 0;

test('payloads in every field render as text on every screen and in every export', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  const watch: Watch = { dialogs: [], surfaces: [], scripts: 0 };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await concord.waitReady();
  watch.scripts = await page.evaluate(() => document.querySelectorAll('script').length);
  try {
    // The real path: Import ▾ → Workspace file…, into a new workspace named with a payload.
    await concord.openWorkspaceImport();
    await concord.id('exchange.file-input').setInputFiles({
      name: `${PAYLOADS[0]}.concord.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(payloadWorkspace()),
    });
    await expect
      .poll(() => concord.id('exchange.preview.counts').textContent())
      .toMatch(/relations/);
    expect(await concord.id('exchange.preview.problems').count()).toBe(0);
    await expectInert(page, watch, 'import preview');
    await concord.id('exchange.target.name').fill(`Sổ ${PAYLOADS[4]}`);
    await concord.id('exchange.import').click();
    await expect.poll(() => concord.id('exchange.import-dialog').count()).toBe(0);
    await expect.poll(async () => (await concord.entities()).length).toBe(PAYLOADS.length * 4 + 5);
    await expect.poll(() => concord.listTotal()).toBe(PAYLOADS.length * 4 + 5);
    // Every row, scrolled through: each payload named an organisation and reads as typed.
    const rows = await concord.allListItems();
    expect(rows).toHaveLength(PAYLOADS.length * 4 + 5);
    expect(rows.map((row) => row.text)).toEqual(expect.arrayContaining(PAYLOADS));
    await expectInert(page, watch, 'entity list and graph');

    await concord.openWorkspaceMenu();
    await expect.poll(() => concord.id('workspace.menu').textContent()).toContain(PAYLOADS[4]);
    await expectInert(page, watch, 'workspace menu');
    await page.keyboard.press('Escape');

    await concord.filterList('img src');
    await expectInert(page, watch, 'list filter');
    await concord.filterList('');
    await concord.id('search.input').fill('script');
    await expect.poll(() => concord.id('search.result').count()).toBeGreaterThan(0);
    await expectInert(page, watch, 'search results');
    await page.keyboard.press('Escape');

    // Details of each type, the relations and sources in them, a relation, the source viewer.
    for (const type of ['person', 'org', 'agreement', 'theme', 'source'] as EntityType[]) {
      for (const i of [0, 5, 13]) {
        const entity = type === 'source' ? SOURCE : id(type, i);
        await concord.selectEntity(entity);
        await expect.poll(() => concord.id('details.title').count()).toBe(1);
        await expectInert(page, watch, `details of ${type} ${i}`);
        if (type === 'source') break;
      }
    }
    await concord.selectEntity(id('person', 3));
    await concord
      .id('details.relation')
      .first()
      .getByRole('button', { name: 'Open relation' })
      .click();
    await expect.poll(() => concord.id('details.relation-form').count()).toBe(1);
    await expectInert(page, watch, 'relation details');
    await concord.selectEntity(id('person', 0));
    await concord.id('details.source.quote').first().click();
    await concord.id('source.viewer').waitFor();
    await expect.poll(() => page.locator('[data-testid="source.viewer"] mark').count()).toBe(1);
    await expectInert(page, watch, 'source viewer');
    // The address is shown as a link only when it is http(s), and it goes where it says.
    const hrefs = await concord
      .id('source.viewer')
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
    expect(hrefs.every((protocol) => protocol === 'https:')).toBe(true);
    await concord.id('source.close').click();

    await concord.toolbarMenu('analyse-menu', 'duplicates');
    await expect.poll(() => concord.id('duplicates.group').count()).toBeGreaterThan(0);
    await expectInert(page, watch, 'duplicates dialog');
    await concord.id('duplicates.group').first().getByTestId('duplicates.merge').click();
    await concord.id('duplicates.close').click();
    await expect
      .poll(() => concord.id('notice').allTextContents())
      .toContainEqual(expect.stringContaining('Merged'));
    await expectInert(page, watch, 'merge notice');
    await concord.undo();

    await concord.selectEntity(id('person', 0));
    await concord.id('explore.path-from').click();
    await concord.selectEntity(id('theme', 9));
    await concord.id('explore.path-to').click();
    await expect.poll(() => concord.id('path.step').count()).toBeGreaterThan(1);
    await expectInert(page, watch, 'path panel');
    await concord.id('path.close').click();

    await concord.selectEntity(id('org', 2));
    await concord.id('explore.focus').click();
    await expect.poll(() => concord.id('filters.chip').count()).toBe(1);
    await expectInert(page, watch, 'focus chip');
    await concord.id('filters.clear').click();
    await concord.id('toolbar.filters').click();
    await page.locator(`[data-id="${id('theme', 6)}"] input`).check();
    await page.locator(`[data-id="${id('org', 7)}"] input`).check();
    await expect.poll(() => concord.id('filters.chip').count()).toBe(2);
    await expectInert(page, watch, 'filter checklists and chips');
    await concord.id('filters.clear').click();
    await concord.id('filters.close').click();

    await concord.toolbarMenu('analyse-menu', 'metrics');
    await expect.poll(() => concord.id('metrics.row').count()).toBeGreaterThan(20);
    await expectInert(page, watch, 'metrics table');
    await concord.id('metrics.close').click();

    await concord.selectEntity(id('org', 11));
    await concord.deleteSelected();
    await expect
      .poll(() => concord.id('notice').allTextContents())
      .toContainEqual(expect.stringContaining(PAYLOADS[11]));
    await expectInert(page, watch, 'delete notice');
    await concord.undo();
    await screenshot(page, 'xss-workspace');

    // Exports: markup is escaped in every file; the SVG, opened as a document, runs nothing.
    const svg = await exportAs(concord, 'svg');
    expect(svg.text).toContain('&lt;img src=x');
    expect(await markupIn(page, svg.text, 'image/svg+xml')).toEqual([]);
    for (const [kind, mime] of [
      ['gexf', 'application/xml'],
      ['graphml', 'application/xml'],
    ]) {
      const file = await exportAs(concord, kind);
      expect(file.text).toContain('&lt;script');
      expect(file.text).not.toContain('<script');
      expect(await markupIn(page, file.text, mime), kind).toEqual([]);
    }
    for (const kind of ['json', 'cytoscape', 'nodes-csv', 'edges-csv']) {
      const file = await exportAs(concord, kind);
      expect(file.text).toContain('<img src=x');
      expect(file.name).not.toMatch(/[<>"']/);
    }
    await expectInert(page, watch, 'exports');
    const viewer = await app.context.newPage();
    viewer.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await viewer.goto(`file://${svg.path}`);
    await expectInert(viewer, { ...watch, scripts: 0 }, 'SVG export opened');
    await viewer.close();
    // canvas2svg (inside cytoscape-svg) logs this while drawing labels; see exchange.spec.ts.
    const svgNoise = /Attempted to apply path command to node (g|text)/;
    expect(app.errors.filter((e) => !svgNoise.test(e))).toEqual([]);
  } finally {
    executed += watch.dialogs.length;
    executed += await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
    tried += PAYLOADS.length * (watch.surfaces.length + FIELDS_PER_PAYLOAD);
  }
});

test('an article full of markup is reviewed as text, and an HTML file’s scripts never run', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  const watch: Watch = { dialogs: [], surfaces: [], scripts: 0 };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await concord.waitReady();
  watch.scripts = await page.evaluate(() => document.querySelectorAll('script').length);
  try {
    const article = [
      'Sáng 19/8, Ban Dân vận Quận ủy Tân Bình và Ban Chỉ huy Quân sự quận Tân Bình ký kết',
      `Chương trình phối hợp giai đoạn 2022 - 2025. Đại tá Nguyễn Văn ${PAYLOADS[0]} phát biểu.`,
      ...PAYLOADS.map((p) => `Ông ${p} là Chủ tịch UBND quận ${p}.`),
    ].join('\n');
    await concord.openArticleImport();
    await concord.id('import.text').fill(article);
    await concord.id('import.extract').click();
    await concord.id('review.screen').waitFor();
    await expect
      .poll(() => page.locator('.article-text').first().textContent())
      .toContain(PAYLOADS[2]);
    await expectInert(page, watch, 'review of a pasted article');
    await concord.id('review.item').first().click();
    await expectInert(page, watch, 'review with a candidate focused');
    await concord.id('review.commit').click();
    await concord.id('review.screen').waitFor({ state: 'detached' });
    await expectInert(page, watch, 'committed article');

    // An HTML file whose scripts and handlers are real markup: parsed inert, kept as text.
    const html = `<html><head><script>${HIT}</script></head><body onload="${HIT}">
      <p>Ban Dân vận ký kết chương trình phối hợp.</p><img src=x onerror="${HIT}">
      <p>${PAYLOADS.map((p) => p.replace(/</g, '&lt;')).join('</p><p>')}</p></body></html>`;
    await concord.openArticleImport();
    await concord.id('import.files').setInputFiles({
      name: 'bai-bao.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await concord.id('review.screen').waitFor();
    await expect
      .poll(() => page.locator('.article-text').first().textContent())
      .toContain(PAYLOADS[5]);
    await expectInert(page, watch, 'review of an HTML file');
    await screenshot(page, 'xss-review');
    expect(app.errors).toEqual([]);
  } finally {
    executed += watch.dialogs.length;
    executed += await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
    tried += PAYLOADS.length * watch.surfaces.length;
    recordReliability('xss', { xss_payloads_tried: tried, xss_executed: executed });
  }
});
