// Smoke test: the built app loads in a real Chromium, reaches its ready state and logs no errors.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('the built app opens its workspace without console errors', async () => {
  const { app, concord } = await session.open();

  await app.page.waitForFunction(() => document.title === 'Concord', undefined, {
    timeout: 15_000,
  });
  await concord.waitReady();
  await screenshot(app.page, 'smoke-ready');

  expect(await app.page.title()).toBe('Concord');
  expect(app.errors).toEqual([]);
});
