// Peer sync on loopback, in real Chromium through the real UI: edit-to-peer latency over WebRTC
// and over the relay (p50, p95, max), and how long a new member takes to receive a workspace of
// 10k entities and 30k relations. `npm run bench:sync [-- --edits 60] [-- --json]`.
// Runs inside a loopback-only network namespace (tests/loopback.mjs), like the sync tests.
import { launchApp, type App } from '../tests/e2e/support/browser';
import { ConcordPage } from '../tests/e2e/support/concordPage';
import { startServer } from '../tests/e2e/support/server';
import {
  joinWorkspace,
  sharingOf,
  shareWorkspace,
  type ShareTransport,
  type SyncApi,
} from '../tests/e2e/support/sharing';
import { assertLoopbackOnly } from '../tests/fixtures/loopbackOnly';
import { startRelayServer } from '../src/servers/relayServer.mjs';
import { startSignalingServer } from '../src/servers/signalingServer.mjs';
import { generateWorkspace } from './generateWorkspace';
import { encodeWorkspace } from './representations';

const TOKEN = 'bench-token';
const WARMUP_EDITS = 5;

const concordApi = (concord: ConcordPage) => concord.page;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function openPeer(url: string) {
  const app = await launchApp({ url, webrtc: true });
  const concord = new ConcordPage(app.page);
  await concord.waitReady();
  return { app, concord };
}

/** One edit in A (a new person), timed until B's projection holds it. */
async function editLatency(a: ConcordPage, b: ConcordPage, tag: string): Promise<number> {
  const name = `${tag} 0`;
  await concordApi(b).evaluate(
    (n) => (window as unknown as SyncApi).__concord.watchForName(n),
    name,
  );
  const sentAt = await concordApi(a).evaluate((t) => {
    const at = Date.now();
    (window as unknown as SyncApi).__concord.burst(1, t);
    return at;
  }, tag);
  const seenAt = await until(
    () => concordApi(b).evaluate((n) => (window as unknown as SyncApi).__concord.seenAt(n), name),
    (value) => value !== null,
    10_000,
  );
  return seenAt! - sentAt;
}

async function connectedPair(url: string, transport: ShareTransport) {
  const a = await openPeer(url);
  const b = await openPeer(url);
  const code = await shareWorkspace(a.concord, transport);
  await joinWorkspace(b.concord, code);
  for (const peer of [a, b])
    await until(
      () => sharingOf(peer.concord),
      (s) => s.status.state === 'connected' && s.status.peers > 0,
      20_000,
    );
  return { a, b, code };
}

async function measureLatency(url: string, transport: ShareTransport, edits: number) {
  const { a, b } = await connectedPair(url, transport);
  try {
    const samples: number[] = [];
    for (let i = 0; i < WARMUP_EDITS + edits; i += 1) {
      const ms = await editLatency(a.concord, b.concord, `edit-${i}`);
      if (i >= WARMUP_EDITS) samples.push(ms);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    samples.sort((x, y) => x - y);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1)! };
  } finally {
    await closeAll([a.app, b.app]);
  }
}

/** A new member joins a workspace of `entities` / `relations`: join click to all received. */
async function measureFirstSync(
  url: string,
  transport: ShareTransport,
  entities: number,
  relations: number,
) {
  const a = await openPeer(url);
  const b = await openPeer(url);
  try {
    const update = encodeWorkspace(generateWorkspace({ entities, relations, seed: 7 }), 'hybrid');
    const applied = await concordApi(a.concord).evaluate(
      (text) =>
        (window as unknown as SyncApi).__concord.applyPeerUpdate(
          Array.from(text, (c) => c.charCodeAt(0)),
        ),
      Buffer.from(update).toString('latin1'),
    );
    if (!applied.ok) throw new Error('The generated workspace was refused.');
    await a.concord.waitSaved(60_000);
    const code = await shareWorkspace(a.concord, transport);
    const start = Date.now();
    await joinWorkspace(b.concord, code);
    await until(
      () =>
        concordApi(b.concord).evaluate(() =>
          (window as unknown as SyncApi).__concord.entityCount(),
        ),
      (count) => count >= entities,
      120_000,
    );
    return { ms: Date.now() - start, bytes: update.length };
  } finally {
    await closeAll([a.app, b.app]);
  }
}

async function closeAll(apps: App[]) {
  for (const app of apps) await app.close();
}

export async function main(args: string[]): Promise<void> {
  assertLoopbackOnly();
  const json = args.includes('--json');
  const editsAt = args.indexOf('--edits');
  const edits = editsAt >= 0 ? Number(args[editsAt + 1]) : 40;
  const server = await startServer();
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const relay = await startRelayServer({ host: '127.0.0.1', port: 0, token: TOKEN });
  const webrtc: ShareTransport = { signaling: signaling.url };
  const relayed: ShareTransport = { relay: { url: relay.url, token: TOKEN } };
  try {
    const log = (line: string) => !json && console.log(line);
    log(`Edit-to-peer latency, ${edits} edits after ${WARMUP_EDITS} warm-up, loopback:`);
    const webrtcLatency = await measureLatency(server.url, webrtc, edits);
    log(
      `  WebRTC: p50 ${webrtcLatency.p50} ms, p95 ${webrtcLatency.p95} ms, max ${webrtcLatency.max} ms`,
    );
    const relayLatency = await measureLatency(server.url, relayed, edits);
    log(
      `  relay:  p50 ${relayLatency.p50} ms, p95 ${relayLatency.p95} ms, max ${relayLatency.max} ms`,
    );
    log(
      'A new member receives 10k entities / 30k relations (join click to all in its projection):',
    );
    const webrtcFirst = await measureFirstSync(server.url, webrtc, 10_000, 30_000);
    log(`  WebRTC: ${webrtcFirst.ms} ms (${(webrtcFirst.bytes / 1e6).toFixed(1)} MB of state)`);
    const relayFirst = await measureFirstSync(server.url, relayed, 10_000, 30_000);
    log(`  relay:  ${relayFirst.ms} ms`);
    if (json)
      console.log(
        JSON.stringify({
          peer_edit_p50_ms: webrtcLatency.p50,
          peer_edit_p95_ms: webrtcLatency.p95,
          relay_edit_p50_ms: relayLatency.p50,
          relay_edit_p95_ms: relayLatency.p95,
          peer_first_sync_10k_ms: webrtcFirst.ms,
          relay_first_sync_10k_ms: relayFirst.ms,
        }),
      );
  } finally {
    await signaling.close();
    await relay.close();
    await server.close();
  }
}
