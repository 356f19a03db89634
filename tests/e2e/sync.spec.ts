// Peer sync between browsers, through the real UI, on loopback only: invite and join over WebRTC
// with a signaling server this test starts; live edits between three browsers; concurrent edits
// and edits made apart that merge on reconnect; a browser in the same signaling room without the
// secret; a rotated secret; the relay; file exchange; tabs of one browser with no network.
// Every browser here is its own Chromium process.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { translate } from '../../src/i18n';
import type { Entity } from '../../src/model/types';
import { startRelayServer } from '../../src/servers/relayServer.mjs';
import { startSignalingServer, type RunningServer } from '../../src/servers/signalingServer.mjs';
import { encodeInviteCode, parseInvite, roomNameFor } from '../../src/sync/invite';
import { assertLoopbackOnly } from '../fixtures/loopbackOnly';
import { screenshot } from './support/browser';
import { ConcordPage } from './support/concordPage';
import {
  joinWorkspace as join,
  setConnected,
  shareWorkspace,
  watchOutgoing,
  sharingOf,
  type SyncApi,
} from './support/sharing';
import { useAppSession, type Opened } from './support/session';

const session = useAppSession();
const RELAY_TOKEN = 'e2e-relay-token';
let signaling: RunningServer;
let relay: RunningServer;

beforeAll(async () => {
  assertLoopbackOnly();
  signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  relay = await startRelayServer({ host: '127.0.0.1', port: 0, token: RELAY_TOKEN });
});

afterAll(async () => {
  await signaling?.close();
  await relay?.close();
});

const peersOf = async (concord: ConcordPage) => (await sharingOf(concord)).status.peers;
const names = async (concord: ConcordPage) =>
  (await concord.entities()).map((e: Entity) => e.name).sort();
const entityNamed = async (concord: ConcordPage, name: string) =>
  (await concord.entities()).find((e) => e.name === name);

async function openPeer(): Promise<Opened> {
  const opened = await session.open({ webrtc: true });
  await opened.concord.waitReady();
  return opened;
}

async function addPerson(concord: ConcordPage, name: string) {
  await concord.addEntity('person');
  await concord.editDetails({ name });
  await expect.poll(() => entityNamed(concord, name)).toBeTruthy();
}

test('an invite joins a workspace; edits reach every member; presence shows who selected what', async () => {
  const a = await openPeer();
  const outgoingA = watchOutgoing(a.concord.page);
  await addPerson(a.concord, 'Nguyễn Văn Minh');
  const code = await shareWorkspace(a.concord, { signaling: signaling.url });
  expect(code).not.toContain('Nguyễn');
  const invited = parseInvite(code);
  if (!invited.ok) throw new Error(translate('en', invited.reason));

  const b = await openPeer();
  const outgoingB = watchOutgoing(b.concord.page);
  await join(b.concord, code);
  await expect.poll(() => names(b.concord), { timeout: 15_000 }).toEqual(['Nguyễn Văn Minh']);
  // The joined workspace is listed under its name, and the indicator counts the peer.
  await expect
    .poll(() => b.concord.id('workspace.current').textContent())
    .toBe(await a.concord.id('workspace.current').textContent());
  await expect.poll(() => peersOf(a.concord)).toBe(1);
  await expect.poll(() => b.concord.id('sync.indicator').textContent()).toContain('1 peer');

  const c = await openPeer();
  await join(c.concord, code);
  await expect.poll(() => names(c.concord), { timeout: 15_000 }).toEqual(['Nguyễn Văn Minh']);

  // An edit in A appears in B and C; one in C appears in A.
  await addPerson(a.concord, 'Trần Thị Lan');
  for (const other of [b, c])
    await expect.poll(() => names(other.concord)).toEqual(['Nguyễn Văn Minh', 'Trần Thị Lan']);
  await addPerson(c.concord, 'Lê Quang Huy');
  await expect.poll(() => names(a.concord)).toContain('Lê Quang Huy');

  // Presence: A's name in B's list, and what A selects is outlined on B's graph.
  const minh = (await entityNamed(a.concord, 'Nguyễn Văn Minh'))!;
  await a.concord.selectEntity(minh.id);
  await expect
    .poll(async () => (await b.concord.readGraph()).nodes.find((n) => n.id === minh.id)?.peerColour)
    .toMatch(/^#[0-9a-f]{6}$/);
  const aName = (await sharingOf(a.concord)).peers.find((p) => p.self)!.name;
  await b.concord.id('toolbar.share').click();
  await expect.poll(() => b.concord.id('share.peers').textContent()).toContain(aName);
  await screenshot(b.concord.page, 'sync-share-dialog-member');
  await b.concord.page.keyboard.press('Escape');
  await screenshot(b.concord.page, 'sync-peer-selection');

  // The secret never left a browser: not in a request, a signaling frame or the console, nor in
  // the workspace's export.
  expect(outgoingA.count()).toBeGreaterThan(0);
  for (const outgoing of [outgoingA, outgoingB])
    expect(outgoing.leaks(invited.invite.secret)).toEqual([]);
  const [exported] = await Promise.all([
    a.concord.page.waitForEvent('download'),
    a.concord.toolbarMenu('export-menu', 'export.json'),
  ]);
  const exportedText = readFileSync(await exported.path(), 'utf8');
  expect(exportedText).toContain('Nguyễn Văn Minh');
  expect(exportedText).not.toContain(invited.invite.secret);

  // Nothing went wrong on the way.
  for (const peer of [a, b, c]) expect(peer.app.errors).toEqual([]);
});

test('edits made apart merge on reconnect, different fields of one entity included', async () => {
  const a = await openPeer();
  await addPerson(a.concord, 'Phạm Văn Đồng Chí');
  const code = await shareWorkspace(a.concord, { signaling: signaling.url });
  const b = await openPeer();
  await join(b.concord, code);
  await expect.poll(() => names(b.concord), { timeout: 15_000 }).toEqual(['Phạm Văn Đồng Chí']);
  const person = (await entityNamed(a.concord, 'Phạm Văn Đồng Chí'))!;

  await setConnected(a.concord, false);
  await setConnected(b.concord, false);
  await expect.poll(async () => (await sharingOf(a.concord)).status.state).toBe('off');
  await a.concord.selectEntity(person.id);
  await a.concord.editDetails({ rank: 'Đại tá' });
  await addPerson(a.concord, 'Only in A');
  await b.concord.selectEntity(person.id);
  await b.concord.editDetails({ notes: 'Ghi chú từ B' });
  await addPerson(b.concord, 'Only in B');
  // Apart, neither sees the other's edits.
  expect(await names(a.concord)).not.toContain('Only in B');
  expect(await names(b.concord)).not.toContain('Only in A');

  await setConnected(a.concord, true);
  await setConnected(b.concord, true);
  for (const peer of [a, b]) {
    await expect
      .poll(() => names(peer.concord), { timeout: 15_000 })
      .toEqual(['Only in A', 'Only in B', 'Phạm Văn Đồng Chí']);
    await expect
      .poll(() => entityNamed(peer.concord, 'Phạm Văn Đồng Chí'))
      .toMatchObject({ rank: 'Đại tá', notes: 'Ghi chú từ B' });
  }
  // And the merge was saved: a relaunch of B still has it.
  await b.concord.waitSaved();
  const again = await session.relaunch(b.app);
  await again.concord.waitReady();
  await expect.poll(() => names(again.concord)).toContain('Only in A');
});

test('a browser in the same signaling room without the secret reads nothing and reaches no one', async () => {
  const a = await openPeer();
  await addPerson(a.concord, 'Bí mật');
  const code = await shareWorkspace(a.concord, { signaling: signaling.url });
  const invited = parseInvite(code);
  if (!invited.ok) throw new Error(translate('en', invited.reason));
  const roomName = await roomNameFor(invited.invite.secret);

  const intruder = await openPeer();
  await intruder.concord.page.evaluate(
    (options) => (window as unknown as SyncApi).__concord.rogue.start(options),
    { roomName, password: 'a-guessed-secret-that-is-wrong', signaling: [signaling.url] },
  );
  await intruder.concord.page.evaluate(() =>
    (window as unknown as SyncApi).__concord.rogue.add('Kẻ lạ'),
  );

  // A member with the secret does connect meanwhile, so the room works.
  const b = await openPeer();
  await join(b.concord, code);
  await expect.poll(() => names(b.concord), { timeout: 15_000 }).toEqual(['Bí mật']);
  await addPerson(a.concord, 'Sau khi vào');
  await expect.poll(() => names(b.concord)).toEqual(['Bí mật', 'Sau khi vào']);

  expect(
    await intruder.concord.page.evaluate(() =>
      (window as unknown as SyncApi).__concord.rogue.names(),
    ),
  ).toEqual(['Kẻ lạ']);
  expect(await names(a.concord)).toEqual(['Bí mật', 'Sau khi vào']);
  expect(await names(b.concord)).toEqual(['Bí mật', 'Sau khi vào']);
  expect(await peersOf(a.concord)).toBe(1);
  await expect
    .poll(() =>
      a.concord.page.evaluate(() => (window as unknown as SyncApi).__concord.peerWarnings()),
    )
    .toContainEqual(expect.stringContaining('without this workspace’s current secret'));
});

test('a new secret: the old invite stops working, the new one works', async () => {
  const a = await openPeer();
  await addPerson(a.concord, 'Trước khi đổi');
  const oldCode = await shareWorkspace(a.concord, { signaling: signaling.url });
  await a.concord.id('toolbar.share').click();
  await a.concord.id('share.rotate').click();
  await a.concord.answerDialog();
  await expect.poll(() => a.concord.id('share.code').inputValue()).not.toBe(oldCode);
  const newCode = await a.concord.id('share.code').inputValue();
  await a.concord.page.keyboard.press('Escape');

  const late = await openPeer();
  await join(late.concord, oldCode);
  const b = await openPeer();
  await join(b.concord, newCode);
  await expect.poll(() => names(b.concord), { timeout: 15_000 }).toEqual(['Trước khi đổi']);
  await addPerson(a.concord, 'Sau khi đổi');
  await expect.poll(() => names(b.concord)).toContain('Sau khi đổi');
  // The old invite's holder is alone in a room nobody else is in.
  expect(await names(late.concord)).toEqual([]);
  expect(await peersOf(late.concord)).toBe(0);
});

test('the relay carries edits between members; a wrong token gets nothing', async () => {
  const a = await openPeer();
  await addPerson(a.concord, 'Qua máy chủ trung gian');
  await a.concord.id('toolbar.share').click();
  await a.concord.id('share.transport.relay').check();
  await expect
    .poll(() => a.concord.id('share.relayWarning').textContent())
    .toContain('stores the data');
  await a.concord.page.keyboard.press('Escape');
  const code = await shareWorkspace(a.concord, { relay: { url: relay.url, token: RELAY_TOKEN } });

  const b = await openPeer();
  await join(b.concord, code);
  await expect
    .poll(() => names(b.concord), { timeout: 15_000 })
    .toEqual(['Qua máy chủ trung gian']);
  await addPerson(b.concord, 'Từ B qua relay');
  await expect.poll(() => names(a.concord)).toContain('Từ B qua relay');
  await expect.poll(() => a.concord.id('sync.indicator').textContent()).toContain('Relay');

  // The same invite with a wrong token: the relay refuses, the indicator says so.
  const parsed = parseInvite(code);
  if (!parsed.ok) throw new Error(translate('en', parsed.reason));
  const wrong = encodeInviteCode({
    ...parsed.invite,
    transport: { ...parsed.invite.transport, relayToken: 'not-the-token' },
  });
  const c = await openPeer();
  await join(c.concord, wrong);
  await expect
    .poll(
      async () => {
        const { problem } = (await sharingOf(c.concord)).status;
        return problem ? translate('en', problem) : null;
      },
      { timeout: 10_000 },
    )
    .toContain('refused the access token');
  expect(await names(c.concord)).toEqual([]);
});

test('file exchange: a state file in, exactly the missing changes out', async () => {
  const a = await openPeer();
  await addPerson(a.concord, 'Có trước');
  const code = await shareWorkspace(a.concord, { signaling: signaling.url });
  const b = await openPeer();
  await join(b.concord, code);
  await expect.poll(() => names(b.concord), { timeout: 15_000 }).toEqual(['Có trước']);
  await setConnected(a.concord, false);
  await setConnected(b.concord, false);
  await addPerson(a.concord, 'Gửi bằng tệp');

  // B writes its state file; A answers it with a changes file; B imports that.
  await b.concord.id('toolbar.share').click();
  const [stateDownload] = await Promise.all([
    b.concord.page.waitForEvent('download'),
    b.concord.id('share.exportState').click(),
  ]);
  const statePath = await stateDownload.path();
  await a.concord.id('toolbar.share').click();
  const [changesDownload] = await Promise.all([
    a.concord.page.waitForEvent('download'),
    a.concord.id('share.exportChangesInput').setInputFiles(statePath),
  ]);
  const changesPath = await changesDownload.path();
  expect(JSON.parse(readFileSync(changesPath, 'utf8'))).toMatchObject({
    format: 'concord-changes',
    complete: false,
  });
  await b.concord.id('share.importChangesInput').setInputFiles(changesPath);
  await expect.poll(() => names(b.concord)).toEqual(['Có trước', 'Gửi bằng tệp']);
  // Neither file carries the secret.
  const invite = parseInvite(code);
  if (!invite.ok) throw new Error(translate('en', invite.reason));
  for (const path of [statePath, changesPath])
    expect(readFileSync(path, 'utf8')).not.toContain(invite.invite.secret);
});

test('two tabs of one workspace stay in sync with no network at all', async () => {
  const { app, concord } = await session.open();
  await concord.waitReady();
  const second = await app.context.newPage();
  await second.goto(session.url());
  const other = new ConcordPage(second);
  await other.waitReady();
  await addPerson(concord, 'Tab một');
  await expect.poll(() => names(other)).toEqual(['Tab một']);
  await addPerson(other, 'Tab hai');
  await expect.poll(() => names(concord)).toEqual(['Tab hai', 'Tab một']);
});
