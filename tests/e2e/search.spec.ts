// Search as an analyst uses it: Ctrl+K, type without diacritics, arrow keys, Enter focuses the
// entity on the graph and opens its details.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('Ctrl+K, "dan van kheo", Enter: the campaign is selected and its details open', async () => {
  const { app, concord } = await session.open();
  const page = app.page;
  await concord.waitReady();
  await concord.loadSample();
  await page.getByTestId('graph.canvas').focus();
  await page.keyboard.press('Control+k');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('search.input');

  await page.keyboard.type('dan van kheo');
  const results = page.getByTestId('search.result');
  await expect
    .poll(() => results.allTextContents())
    .toEqual(['Dân vận khéo', 'Dân vận khéo - Kết nối biên cương']);
  await screenshot(page, 'search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => concord.id('details.title').textContent())
    .toBe('Dân vận khéo - Kết nối biên cương');
  const chosen = (await concord.entities()).find(
    (e) => e.name === 'Dân vận khéo - Kết nối biên cương',
  )!;
  expect(
    await page.evaluate(() =>
      (window as unknown as { __concord: { selection(): string[] } }).__concord.selection(),
    ),
  ).toEqual([chosen.id]);

  // "do" finds Đỗ: đ has no decomposition in Unicode, so it is folded by hand.
  await page.keyboard.press('/');
  await page.getByTestId('search.input').fill('do tien');
  await expect.poll(() => results.allTextContents()).toEqual(['Đỗ Tiến Quang']);
  // An alias is found and shown beside the name.
  await page.getByTestId('search.input').fill('bchqs');
  await expect
    .poll(() => results.first().textContent())
    .toContain('Ban Chỉ huy Quân sự quận Tân Bình');
  expect(app.errors).toEqual([]);
});
