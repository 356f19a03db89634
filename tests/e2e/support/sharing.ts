// Sharing through the real UI, for the sync specs and the sync benchmark: share a workspace,
// join it with an invite, connect and disconnect, and read the test API's view of sharing.
import type { Page } from 'playwright-core';
import type { PeerPresence, SyncStatus } from '../../../src/app/sharingApi';
import { translate } from '../../../src/i18n';
import { parseInvite } from '../../../src/sync/invite';
import type { ConcordPage } from './concordPage';

export interface SyncApi {
  __concord: {
    sharing(): { status: SyncStatus; role: string | null; peers: PeerPresence[] };
    peerWarnings(): string[];
    rogue: {
      start(options: { roomName: string; password: string; signaling: string[] }): void;
      add(name: string): boolean;
      names(): string[];
      stop(): void;
    };
    burst(count: number, tag: string): { id: string }[];
    watchForName(name: string): void;
    seenAt(name: string): number | null;
    entityCount(): number;
    applyPeerUpdate(bytes: number[]): { ok: boolean };
  };
}

export const sharingOf = (concord: ConcordPage) =>
  concord.page.evaluate(() => (window as unknown as SyncApi).__concord.sharing());

export type ShareTransport = { signaling: string } | { relay: { url: string; token: string } };

/** Shares the open workspace through the share dialog; answers the invite code it shows. */
export async function shareWorkspace(
  concord: ConcordPage,
  transport: ShareTransport,
): Promise<string> {
  await concord.id('toolbar.share').click();
  await concord.id('share.dialog').waitFor();
  if ('relay' in transport) {
    await concord.id('share.transport.relay').check();
    await concord.id('share.relayUrl').fill(transport.relay.url);
    await concord.id('share.relayToken').fill(transport.relay.token);
  } else {
    await concord.id('share.transport.webrtc').check();
    await concord.id('share.signaling').fill(transport.signaling);
  }
  await concord.id('share.create').click();
  const code = concord.id('share.code');
  await code.waitFor();
  const text = await code.inputValue();
  const parsed = parseInvite(text);
  if (!parsed.ok)
    throw new Error(`The dialog shows no valid invite: ${translate('en', parsed.reason)}`);
  await concord.page.keyboard.press('Escape');
  await concord.id('share.dialog').waitFor({ state: 'detached' });
  return text;
}

/** Pastes an invite into Workspaces ▾ → Join with an invite… and joins. */
export async function joinWorkspace(concord: ConcordPage, code: string): Promise<void> {
  await concord.openWorkspaceMenu();
  await concord.id('workspace.join').click();
  await concord.id('join.code').fill(code);
  await concord.id('join.confirm').click();
  await concord.id('join.dialog').waitFor({ state: 'detached' });
}

/** The share dialog's Disconnect or Connect. */
export async function setConnected(concord: ConcordPage, connected: boolean): Promise<void> {
  await concord.id('toolbar.share').click();
  await concord.id(connected ? 'share.connect' : 'share.disconnect').click();
  await concord.page.keyboard.press('Escape');
  await concord.id('share.dialog').waitFor({ state: 'detached' });
}

/**
 * Records everything a page sends or logs where a secret could leak: request URLs, headers and
 * bodies, WebSocket addresses and frames, console messages. `leaks(secret)` lists what holds it.
 */
export function watchOutgoing(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    seen.push(`request ${request.url()} ${JSON.stringify(request.headers())}`);
    const body = request.postData();
    if (body) seen.push(`body ${body}`);
  });
  page.on('websocket', (socket) => {
    seen.push(`websocket ${socket.url()}`);
    socket.on('framesent', ({ payload }) => seen.push(`frame ${payload.toString()}`));
  });
  page.on('console', (message) => seen.push(`console ${message.text()}`));
  return {
    count: () => seen.length,
    leaks: (secret: string) => seen.filter((line) => line.includes(secret)),
  };
}
