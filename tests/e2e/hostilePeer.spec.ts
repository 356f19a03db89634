// A hostile peer, in Chromium: random bytes, a truncated update and well-formed updates that write
// what the schema forbids go through window.__concord.applyPeerUpdate, the door every transport
// uses. The garbage is refused, the violations are quarantined, a banner says so, the sample
// still shows and can be edited, and a relaunch finds the workspace healthy.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { validateEntity, type EntityDraft } from '../../src/model';
import type { Entity } from '../../src/model/types';
import type { PeerUpdateResult } from '../../src/sync/peerUpdates';
import { craftUpdate, SCHEMA_VIOLATIONS } from '../fixtures/schemaViolations';
import { createSeededRandom } from '../fixtures/seededRandom';
import { screenshot } from './support/browser';
import type { ConcordPage } from './support/concordPage';
import { useAppSession } from './support/session';

const session = useAppSession();

interface PeerApi {
  __concord: {
    applyPeerUpdate(bytes: number[]): PeerUpdateResult;
    encodeState(): number[];
    problems(): string[];
  };
}

/** Bytes cross into the page as a string, one character per byte: a long array crosses slowly. */
const send = (concord: ConcordPage, update: Uint8Array) =>
  concord.page.evaluate(
    (text) =>
      (window as unknown as PeerApi).__concord.applyPeerUpdate(
        Array.from(text, (c) => c.charCodeAt(0)),
      ),
    Buffer.from(update).toString('latin1'),
  );

const pageState = async (concord: ConcordPage) =>
  Uint8Array.from(
    await concord.page.evaluate(() => (window as unknown as PeerApi).__concord.encodeState()),
  );

/** Every entity shown holds what a command could have written. */
const invalid = (entities: Entity[]) =>
  entities.filter(({ id: _, ...fields }) => !validateEntity(fields.type, fields as EntityDraft).ok);

test('a hostile peer is refused or quarantined, with a banner, and the app keeps working', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  const sample = await concord.entities();
  expect(await concord.id('problems.banner').count()).toBe(0);

  // Garbage: refused whole, nothing applied.
  const state = await pageState(concord);
  const rng = createSeededRandom(7);
  const garbage = Array.from({ length: 12 }, () =>
    Uint8Array.from({ length: rng.int(1, 200) }, () => rng.int(0, 255)),
  );
  const peer = new Y.Doc();
  Y.applyUpdate(peer, state);
  const before = Y.encodeStateVector(peer);
  peer.getMap('entities').set('person:truncated01', new Y.Map([['name', 'Cut short']]));
  const real = Y.encodeStateAsUpdate(peer, before);
  garbage.push(real.slice(0, real.length - 5), real.slice(0, 9));
  for (const bytes of garbage) expect(await send(concord, bytes)).toMatchObject({ ok: false });

  // Schema violations: applied, so that the copies converge, and quarantined.
  const hidden = new Set<string>();
  for (const violation of SCHEMA_VIOLATIONS) {
    const { update, expectation } = craftUpdate(state, violation);
    expectation.hidden?.forEach((id) => hidden.add(id));
    expect(await send(concord, update), violation.name).toMatchObject({ ok: true });
  }
  const banner = concord.id('problems.banner');
  await expect
    .poll(() => banner.textContent())
    .toMatch(
      /Some data from another copy was set aside: \d+ records and 14 updates could not be read\./,
    );
  await concord.id('problems.details').click();
  const details = await concord.id('problems.list').locator('li').allTextContents();
  expect(details).toContain('Dropped person:hostile013: its name is missing, empty or too long.');
  expect(details.filter((d) => d.startsWith('Refused an update from another copy'))).not.toEqual(
    [],
  );
  await screenshot(app.page, 'hostile-peer-banner');

  // The sample still shows, but for the records the peer broke; nothing hidden is drawn or listed.
  const shown = await concord.entities();
  expect(invalid(shown)).toEqual([]);
  expect(shown.filter((e) => hidden.has(e.id))).toEqual([]);
  const kept = sample.filter((e) => !hidden.has(e.id)).map((e) => e.id);
  expect(shown.map((e) => e.id)).toEqual(expect.arrayContaining(kept));
  await expect.poll(async () => (await concord.readGraph()).nodes.length).toBe(shown.length);
  expect(await concord.listTotal()).toBe(shown.length);
  expect((await concord.listItemIds()).sort()).toEqual(shown.map((e) => e.id).sort());

  // Editing still works, and the banner goes when dismissed.
  const target = shown.find((e) => e.type === 'org')!;
  await concord.selectEntity(target.id);
  await concord.editDetails({ notes: 'Checked after the hostile peer' });
  await expect
    .poll(async () => (await concord.entities()).find((e) => e.id === target.id)?.notes)
    .toBe('Checked after the hostile peer');
  await concord.id('problems.dismiss').click();
  expect(await banner.count()).toBe(0);
  await concord.waitSaved();
  expect(app.errors).toEqual([]);

  // Relaunched: the quarantined records are still set aside (and said so), the rest is intact.
  const { app: again, concord: reopened } = await session.relaunch(app);
  await reopened.waitReady();
  await expect.poll(async () => (await reopened.entities()).length).toBe(shown.length);
  expect(invalid(await reopened.entities())).toEqual([]);
  await expect
    .poll(() => reopened.id('problems.banner').textContent())
    .toMatch(/^Some data from another copy was set aside: \d+ records could not be read\./);
  const after = (await reopened.entities()).find((e) => e.id === target.id);
  expect(after?.notes).toBe('Checked after the hostile peer');
  expect(again.errors).toEqual([]);
});

test('a healthy workspace shows no problems banner', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.waitSaved();
  expect(
    await concord.page.evaluate(() => (window as unknown as PeerApi).__concord.problems()),
  ).toEqual([]);
  const { concord: reopened } = await session.relaunch(app);
  await reopened.waitReady();
  await expect.poll(async () => (await reopened.entities()).length).toBe(32);
  expect(await reopened.id('problems.banner').count()).toBe(0);
});
