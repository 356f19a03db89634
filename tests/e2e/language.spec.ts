// Concord in Vietnamese and English: the switch applies at once to every screen (dialogs open
// included) and to the graph, other tabs follow it, it is remembered across a browser restart,
// and no screen shows a missing key or words left in the other language.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Translation } from '../../src/i18n/catalogue';
import { en } from '../../src/i18n/en';
import { vi } from '../../src/i18n/vi';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { walkMainScreens } from './support/mainScreens';
import { useAppSession } from './support/session';

const session = useAppSession();
type Language = 'vi' | 'en';
const CATALOGUE: Record<Language, Record<string, Translation>> = { en, vi };

const textsOf = (entry: Translation): string[] =>
  typeof entry === 'string'
    ? [entry]
    : Object.values(entry).filter((text): text is string => text !== undefined);

/**
 * The literal pieces (between placeholders) of one language's texts that the other language does
 * not share: seeing one on a screen in the other language means a text was left untranslated.
 * Single words count from four letters; in Vietnamese pieces, from three words, since the sample
 * articles on screen are Vietnamese prose.
 */
function fragmentsOnlyIn(language: Language): string[] {
  const other = CATALOGUE[language === 'en' ? 'vi' : 'en'];
  const otherTexts = Object.values(other).flatMap(textsOf).join('\n').toLowerCase();
  const minimumWords = language === 'en' ? 1 : 3;
  const fragments = new Set<string>();
  for (const entry of Object.values(CATALOGUE[language]))
    for (const text of textsOf(entry))
      for (const piece of text.split(/\{\w+\}/)) {
        const fragment = piece.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
        const words = fragment.split(/\s+/).filter((word) => /\p{L}/u.test(word));
        if (words.length < minimumWords || (words.length === 1 && fragment.length < 4)) continue;
        if (!otherTexts.includes(fragment.toLowerCase())) fragments.add(fragment);
      }
  return [...fragments];
}

const FRAGMENTS: Record<Language, string[]> = {
  en: fragmentsOnlyIn('en'),
  vi: fragmentsOnlyIn('vi'),
};

/**
 * Everything a person can read, the page's text and its text attributes, except what is marked
 * translate="no": the user's own material (an article), in whatever language it was written.
 */
const shownText = (page: Page) =>
  page.evaluate(() => {
    const kept = [...document.querySelectorAll<HTMLElement>('[translate="no"]')].map(
      (element) => [element, element.style.display] as const,
    );
    kept.forEach(([element]) => (element.style.display = 'none'));
    const texts = [document.body.innerText];
    kept.forEach(([element, display]) => (element.style.display = display));
    for (const element of document.querySelectorAll('[title],[aria-label],[placeholder],[alt]'))
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    return texts.join('\n');
  });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contains = (shown: string, fragment: string) =>
  new RegExp(`(?<![\\p{L}])${escape(fragment)}(?![\\p{L}])`, 'u').test(shown);

/** What is wrong with the screen in `language`: missing keys, the other language's words. */
async function wordsOutOfPlace(concord: ConcordPage, language: Language): Promise<string[]> {
  const shown = await shownText(concord.page);
  // The workspace's name is the user's data, whatever language it was made in.
  const names = await concord.id('workspace.current').innerText();
  const foreign = FRAGMENTS[language === 'vi' ? 'en' : 'vi'].filter(
    (fragment) => contains(shown, fragment) && !names.includes(fragment),
  );
  const missing = shown.match(/⟦[^⟧]*⟧/g) ?? [];
  return [...missing.map((key) => `missing ${key}`), ...foreign.map((words) => `“${words}”`)];
}

async function chooseLanguage(concord: ConcordPage, language: Language) {
  await concord.id('toolbar.language').click();
  await concord.id(`toolbar.language.${language}`).click();
  await expect
    .poll(() => concord.page.evaluate(() => document.documentElement.lang))
    .toBe(language);
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/**
 * Walks every main screen in Vietnamese and, on each, switches to English and back from another
 * tab of the same browser (the page follows the choice made there, dialogs open or not), checking
 * the screen in both languages. Answers the screens with words out of place.
 */
async function walkSwitchingOnEveryScreen(concord: ConcordPage, otherTab: Page): Promise<string[]> {
  const found: string[] = [];
  const check = async (screen: string, language: Language, picture = true) => {
    await expect.poll(() => htmlLang(concord.page)).toBe(language);
    if (picture) await screenshot(concord.page, `language-${language}-${screen}`);
    const wrong = await wordsOutOfPlace(concord, language);
    if (wrong.length > 0) found.push(`${screen} (${language}): ${wrong.join(', ')}`);
  };
  const switchFromOtherTab = (language: Language) =>
    otherTab.evaluate((chosen) => localStorage.setItem('concord.locale', chosen), language);
  await walkMainScreens(concord, async (screen) => {
    await check(screen, 'vi');
    await switchFromOtherTab('en');
    await check(screen, 'en');
    await switchFromOtherTab('vi');
    await check(screen, 'vi', false);
  });
  await concord.page.keyboard.press('Escape');
  return found;
}

/** Unlabelled relations on the canvas read as their type's verb in the current language. */
async function edgeVerbs(concord: ConcordPage, language: Language) {
  const relations = await concord.relations();
  const { edges } = await concord.readGraph();
  return edges
    .filter((edge) => relations.find((relation) => relation.id === edge.id)?.label === '')
    .map((edge) => edge.label === CATALOGUE[language][`common.relation.${edge.type}`]);
}

/** The workspace menu's "last backed up" line. */
async function lastBackup(concord: ConcordPage): Promise<string> {
  await concord.openWorkspaceMenu();
  const text = await concord.id('workspace.last-backup').innerText();
  await concord.page.keyboard.press('Escape');
  return text;
}

// Eighteen screens, each checked three times (two screenshots): longer than the default limit.
test('every screen reads in either language, switched at any time, and the choice is remembered', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  // Chromium here prefers English, and nothing is remembered yet.
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');

  await chooseLanguage(concord, 'vi');
  // A second tab of the same browser, on a page of the app's origin, to switch from.
  const otherTab = await app.context.newPage();
  await otherTab.goto(new URL('manifest.webmanifest', session.url()).href);
  expect(await walkSwitchingOnEveryScreen(concord, otherTab), 'words out of place').toEqual([]);
  await otherTab.close();
  const verbs = await edgeVerbs(concord, 'vi');
  expect(verbs.length).toBeGreaterThan(0);
  expect(verbs.every(Boolean)).toBe(true);

  // Remembered across a browser restart on the same profile.
  const again = await session.relaunch(app);
  await again.concord.waitReady();
  expect(await again.app.page.evaluate(() => document.documentElement.lang)).toBe('vi');
  expect(await wordsOutOfPlace(again.concord, 'vi')).toEqual([]);

  // Dates as the reader writes them: digits, day first, in Vietnamese; the month named in English.
  await again.concord.openWorkspaceMenu();
  await Promise.all([
    again.app.page.waitForEvent('download'),
    again.concord.id('workspace.backup').click(),
  ]);
  expect(await lastBackup(again.concord)).toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);

  // Switching back applies to what is open, the graph included, without a reload.
  await chooseLanguage(again.concord, 'en');
  expect(await wordsOutOfPlace(again.concord, 'en')).toEqual([]);
  expect(await lastBackup(again.concord)).toMatch(/\b\d{1,2} [A-Z][a-z]{2,3} \d{4}\b/);
  expect((await edgeVerbs(again.concord, 'en')).every(Boolean)).toBe(true);
  expect(again.app.errors).toEqual([]);
}, 240_000);
