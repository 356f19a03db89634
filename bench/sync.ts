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
import { percentile } from './timeRuns';

const TOKEN = 'bench-token';
const WARMUP_EDITS = 5;

const concordApi = (concord: ConcordPage) => concord.page;

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

async function measureLatency(
  url: string,
  transport: ShareTransport,
  edits: number,
): Promise<Latency> {
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

export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

export interface SyncFigures {
  webrtc: Latency;
  relay: Latency;
  /** A new member receiving 10k entities / 30k relations; absent unless asked for. */
  firstSync?: { webrtcMs: number; relayMs: number; bytes: number };
}

/**
 * Edit-to-peer latency over WebRTC and over the relay, each between two fresh browsers of the app
 * served at `url`; with `firstSync`, also a 10k / 30k first sync over each. Starts and stops its
 * own signaling and relay servers; must run inside the loopback-only namespace.
 */
export async function measureSync(options: {
  url: string;
  edits: number;
  firstSync: boolean;
  log?: (line: string) => void;
}): Promise<SyncFigures> {
  assertLoopbackOnly();
  const log = options.log ?? (() => undefined);
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const relay = await startRelayServer({ host: '127.0.0.1', port: 0, token: TOKEN });
  const webrtc: ShareTransport = { signaling: signaling.url };
  const relayed: ShareTransport = { relay: { url: relay.url, token: TOKEN } };
  const line = (name: string, l: Latency) =>
    log(`  ${name} p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms`);
  try {
    log(`Edit-to-peer latency, ${options.edits} edits after ${WARMUP_EDITS} warm-up, loopback:`);
    const webrtcLatency = await measureLatency(options.url, webrtc, options.edits);
    line('WebRTC:', webrtcLatency);
    const relayLatency = await measureLatency(options.url, relayed, options.edits);
    line('relay: ', relayLatency);
    const figures: SyncFigures = { webrtc: webrtcLatency, relay: relayLatency };
    if (!options.firstSync) return figures;
    log(
      'A new member receives 10k entities / 30k relations (join click to all in its projection):',
    );
    const webrtcFirst = await measureFirstSync(options.url, webrtc, 10_000, 30_000);
    log(`  WebRTC: ${webrtcFirst.ms} ms (${(webrtcFirst.bytes / 1e6).toFixed(1)} MB of state)`);
    const relayFirst = await measureFirstSync(options.url, relayed, 10_000, 30_000);
    log(`  relay:  ${relayFirst.ms} ms`);
    figures.firstSync = {
      webrtcMs: webrtcFirst.ms,
      relayMs: relayFirst.ms,
      bytes: webrtcFirst.bytes,
    };
    return figures;
  } finally {
    await signaling.close();
    await relay.close();
  }
}

export async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const editsAt = args.indexOf('--edits');
  const edits = editsAt >= 0 ? Number(args[editsAt + 1]) : 40;
  const server = await startServer();
  try {
    const figures = await measureSync({
      url: server.url,
      edits,
      firstSync: true,
      log: (line) => !json && console.log(line),
    });
    if (json)
      console.log(
        JSON.stringify({
          peer_edit_p50_ms: figures.webrtc.p50,
          peer_edit_p95_ms: figures.webrtc.p95,
          relay_edit_p50_ms: figures.relay.p50,
          relay_edit_p95_ms: figures.relay.p95,
          peer_first_sync_10k_ms: figures.firstSync?.webrtcMs,
          relay_first_sync_10k_ms: figures.firstSync?.relayMs,
        }),
      );
  } finally {
    await server.close();
  }
}
