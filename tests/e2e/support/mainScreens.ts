// One walk through Concord's main screens, shared by the checks that must hold on every screen
// (axe in tests/e2e/accessibility.spec.ts, both languages in tests/e2e/language.spec.ts). The
// walk starts on an empty workspace and calls `visit` with each screen open.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ConcordPage } from './concordPage';
import { REPO_ROOT } from './server';

const ARTICLE = readFileSync(resolve(REPO_ROOT, 'src/sample/articles/seed_003.txt'), 'utf8');

export const MAIN_SCREENS = [
  'empty',
  'workspace-import',
  'article-import',
  'review',
  'sample-selected',
  'relation-picker',
  'source-viewer',
  'new-entity',
  'path',
  'duplicates',
  'search',
  'filters',
  'metrics',
  'share',
  'join',
  'shortcuts',
  'export-menu',
  'workspace-menu',
] as const;
export type MainScreen = (typeof MAIN_SCREENS)[number];

async function idByName(concord: ConcordPage, name: string): Promise<string> {
  const entity = (await concord.entities()).find((e) => e.name === name);
  if (!entity) throw new Error(`The sample has no entity named ${name}`);
  return entity.id;
}

export async function walkMainScreens(
  concord: ConcordPage,
  visit: (screen: MainScreen) => Promise<void>,
): Promise<void> {
  await concord.id('empty').waitFor();
  await visit('empty');

  await concord.openWorkspaceImport();
  await concord.id('exchange.import-dialog').waitFor();
  await visit('workspace-import');
  await concord.id('exchange.cancel').click();

  await concord.openArticleImport();
  await concord.id('import.text').fill(ARTICLE);
  await visit('article-import');
  await concord.id('import.extract').click();
  await concord.id('review.screen').waitFor();
  await visit('review');
  await concord.id('review.close').click();
  await concord.id('review.screen').waitFor({ state: 'detached' });

  await concord.loadSample();
  await expect.poll(() => concord.listCount('person').textContent()).toBe('7');
  // An agreement: its type's amber is the lightest badge behind white text.
  const agreement = (await concord.entities()).find((e) => e.type === 'agreement')!;
  await concord.selectEntity(agreement.id);
  await concord.detailsPanel().waitFor();
  await visit('sample-selected');

  await concord.id('details.add-relation').click();
  await concord.id('picker.option').first().waitFor();
  await visit('relation-picker');
  await concord.id('picker.cancel').click();
  await concord.id('details.source.quote').first().click();
  await concord.id('source.viewer').waitFor();
  await visit('source-viewer');
  await concord.id('source.close').click();

  await concord.addEntity('person');
  await concord.field('name').waitFor();
  await visit('new-entity');
  await concord.page.keyboard.press('Escape');

  await concord.selectEntity(await idByName(concord, 'Đỗ Tiến Quang'));
  await concord.id('explore.path-from').click();
  await concord.selectEntity(await idByName(concord, 'Dân vận khéo'));
  await concord.id('explore.path-to').click();
  await concord.id('path.step').first().waitFor();
  await visit('path');
  await concord.id('path.close').click();

  await concord.toolbarMenu('analyse-menu', 'duplicates');
  await concord.id('duplicates.close').waitFor();
  await visit('duplicates');
  await concord.id('duplicates.close').click();

  await concord.id('search.input').fill('dan van');
  await concord.id('search.result').first().waitFor();
  await visit('search');
  await concord.id('search.input').press('Escape');

  await concord.id('toolbar.filters').click();
  await concord.id('filters.panel').waitFor();
  await visit('filters');
  await concord.id('filters.close').click();

  await concord.toolbarMenu('analyse-menu', 'metrics');
  await concord.id('metrics.table').waitFor();
  await visit('metrics');
  await concord.id('metrics.close').click();

  await concord.id('toolbar.share').click();
  await concord.id('share.dialog').waitFor();
  await visit('share');
  await concord.id('share.close').click();

  await concord.openWorkspaceMenu();
  await concord.id('workspace.join').click();
  await concord.id('join.code').fill('not an invite');
  await concord.id('join.error').waitFor();
  await visit('join');
  await concord.id('join.cancel').click();

  await concord.id('toolbar.shortcuts').click();
  await concord.id('shortcuts.dialog').waitFor();
  await visit('shortcuts');
  await concord.id('shortcuts.close').click();
  await concord.id('shortcuts.dialog').waitFor({ state: 'detached' });

  await concord.id('toolbar.export-menu').click();
  await concord.id('toolbar.export.json').waitFor();
  await visit('export-menu');
  await concord.page.keyboard.press('Escape');

  await concord.openWorkspaceMenu();
  await concord.id('workspace.new').waitFor();
  await visit('workspace-menu');
}
