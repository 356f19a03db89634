// Ingestion through the real UI: paste an article, review what the extractor proposes, merge one
// candidate into an entity already in the workspace, commit, undo, redo, and open a fact's source.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { REPO_ROOT } from './support/server';
import { useAppSession } from './support/session';

const session = useAppSession();
// An article the app itself ships as sample material, so the test needs nothing from outside.
const ARTICLE = readFileSync(resolve(REPO_ROOT, 'src/sample/articles/seed_003.txt'), 'utf8');

test('paste, review, merge, commit, undo, redo, and open the provenance', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  await concord.waitReady();
  await concord.addEntity('org');
  await concord.editDetails({ name: 'Bộ Chỉ huy Bộ đội Biên phòng TPHCM' });
  const existing = (await concord.entities())[0];

  await concord.openArticleImport();
  await concord.id('import.text').fill(ARTICLE);
  await concord.id('import.extract').click();
  await concord.id('review.screen').waitFor();
  const people = await page.locator('[data-testid="review.item"][data-ref]').count();
  expect(people).toBeGreaterThan(5);

  // Concord proposes the merge itself: the border command's candidate points at the existing body.
  const decisions = await page
    .getByTestId('review.decision')
    .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
  expect(decisions).toContain(`merge:${existing.id}`);
  // Reject one candidate: it must not be stored.
  const firstItem = page.getByTestId('review.item').first();
  const rejectedName = await firstItem.getByTestId('review.field.name').inputValue();
  await firstItem.getByTestId('review.decision').selectOption('reject');
  await firstItem.click();
  await expect.poll(() => page.locator('.article-text mark').count()).toBeGreaterThan(0);
  // Parties are editable: un-tick the first party of the first agreement.
  const agreementCard = page
    .getByTestId('review.item')
    .filter({ has: page.getByTestId('review.parties') })
    .first();
  const agreementName = await agreementCard.getByTestId('review.field.name').inputValue();
  const party = agreementCard
    .locator('label', { has: page.locator('[data-testid="review.party"]:checked') })
    .first();
  const partyName = (await party.textContent())!.trim();
  await party.getByTestId('review.party').uncheck();
  await screenshot(page, 'ingestion-review');
  await concord.id('review.commit').click();
  await concord.id('review.screen').waitFor({ state: 'detached' });

  const committed = await concord.entities();
  const orgNames = committed.filter((e) => e.type === 'org').map((e) => e.name);
  expect(orgNames.filter((n) => n === 'Bộ Chỉ huy Bộ đội Biên phòng TPHCM')).toHaveLength(1);
  expect(committed.find((e) => e.id === existing.id)!.aliases.length).toBeGreaterThan(0);
  expect(committed.some((e) => e.name === rejectedName && e.type !== 'source')).toBe(false);
  expect(committed.filter((e) => e.type === 'source')).toHaveLength(1);
  const relations = await concord.relations();
  expect(relations.every((r) => r.provenance.length > 0)).toBe(true);
  const agreement = committed.find((e) => e.name === agreementName)!;
  const parties = relations.filter((r) => r.type === 'party_to' && r.to === agreement.id);
  const partyNames = parties.map((r) => committed.find((e) => e.id === r.from)!);
  expect(partyNames.some((e) => e.name === partyName || e.aliases.includes(partyName))).toBe(false);
  await concord.waitSaved();

  await concord.undo();
  await expect.poll(async () => (await concord.entities()).map((e) => e.id)).toEqual([existing.id]);
  await concord.redo();
  await expect.poll(async () => (await concord.entities()).length).toBe(committed.length);

  // Provenance: the existing body's details list the source; a quote opens it highlighted.
  await concord.selectEntity(existing.id);
  await concord.id('details.source.quote').first().click();
  await concord.id('source.viewer').waitFor();
  const highlighted = await page.locator('[data-testid="source.viewer"] mark').allTextContents();
  expect(highlighted.join('').length).toBeGreaterThan(3);
  expect(ARTICLE).toContain(highlighted.join(''));
  await screenshot(page, 'ingestion-provenance');
  await concord.id('source.close').click();
  expect(app.errors).toEqual([]);
});

test('bad files and empty text get a clear message and store nothing', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.openArticleImport();
  await concord.id('import.extract').click();
  await expect.poll(() => concord.id('import.message').textContent()).toContain('Paste the text');
  await concord.id('import.files').setInputFiles([
    { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x00, 0x01]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x44, 0xf2, 0x6e, 0x67]) },
  ]);
  await expect
    .poll(() => concord.id('import.message').textContent())
    .toContain('binary.txt looks like a binary file');
  expect(await concord.id('import.message').textContent()).toContain('latin1.txt is not UTF-8');
  expect(await concord.entities()).toEqual([]);

  // An article with nothing to find: an empty review that says so; skipping stores nothing.
  await concord.id('import.text').fill('Hôm nay trời nắng đẹp, người dân đi chợ sớm.');
  await concord.id('import.extract').click();
  await expect.poll(() => concord.id('review.empty').textContent()).toContain('Nothing was found');
  await concord.id('review.skip').click();
  await concord.id('review.screen').waitFor({ state: 'detached' });
  expect(await concord.entities()).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('several files are read in the worker and reviewed one after another', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.openArticleImport();
  const files = ['seed_000.txt', 'seed_003.txt'].map((name) => ({
    name,
    mimeType: 'text/plain',
    buffer: readFileSync(resolve(REPO_ROOT, 'src/sample/articles', name)),
  }));
  const html = {
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      `<html><body><h1>${ARTICLE.split('\n')[0]}</h1><script>window.__ran = 1</script><p>${ARTICLE}</p></body></html>`,
    ),
  };
  await concord.id('import.files').setInputFiles([...files, html]);
  await concord.id('review.screen').waitFor();
  await expect.poll(() => concord.id('review.screen').textContent()).toContain('Article 1 of 3');
  await concord.id('review.skip').click();
  await expect.poll(() => concord.id('review.screen').textContent()).toContain('Article 2 of 3');
  await concord.id('review.commit').click();
  await expect.poll(() => concord.id('review.screen').textContent()).toContain('Article 3 of 3');
  await concord.id('review.close').click();
  await concord.id('review.screen').waitFor({ state: 'detached' });
  const sources = (await concord.entities()).filter((e) => e.type === 'source');
  expect(sources.map((s) => s.name)).toEqual([ARTICLE.split('\n')[0]]);
  expect(await app.page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
  expect(app.errors).toEqual([]);
});
