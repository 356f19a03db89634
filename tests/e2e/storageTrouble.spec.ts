// A full disk is shown, not swallowed: with the origin's quota shrunk through the DevTools
// protocol, saving fails visibly; when space returns, the retry saves everything.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('a quota error shows a warning, keeps the edits, and saves them once space returns', async () => {
  // Chromium applies a quota override only to an origin that has not touched storage yet, so it
  // is set before the app opens: enough for the empty workspace, too little for the sample.
  const { app, concord } = await session.open({ blank: true });
  const cdp = await app.context.newCDPSession(app.page);
  const origin = new URL(session.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 20_000 });
  await app.page.goto(session.url());
  await concord.waitReady();
  await concord.waitSaved();

  await concord.loadSample();
  await expect
    .poll(() => concord.saveStatus().textContent(), { timeout: 10_000 })
    .toBe('Not saved');
  await expect.poll(() => concord.id('status.error').textContent()).toContain('storage is full');
  await screenshot(app.page, 'storage-full');
  expect((await concord.entities()).length).toBe(32);

  // Space returns: the retry writes the whole document.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000_000 });
  await concord.waitSaved(15_000);
  expect(await concord.id('status.error').count()).toBe(0);

  const { concord: reopened } = await session.relaunch(app);
  await reopened.waitReady();
  await expect.poll(async () => (await reopened.entities()).length).toBe(32);
});
