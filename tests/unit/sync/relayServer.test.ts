// @vitest-environment node
// The y-websocket relay: real providers converge through it, and a token keeps others out.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRelayServer } from '../../../src/servers/relayServer.mjs';
import { assertLoopbackOnly } from '../../fixtures/loopbackOnly.ts';

// Vitest resolves every import, Node's included, with the 'browser' condition (vite-plugin-solid
// adds it), which maps `ws` to a stub that throws: load its Node build, as `node` itself would.
vi.mock('ws', () => import('../../../node_modules/ws/wrapper.mjs' as string));

// Loopback answers in milliseconds; under the 5 s test timeout, so a failure names its assertion.
const WAIT = { timeout: 4_000 };
const TOKEN = 'correct horse battery staple';
let open: Awaited<ReturnType<typeof startRelayServer>>;
let guarded: Awaited<ReturnType<typeof startRelayServer>>;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  assertLoopbackOnly();
  [open, guarded] = await Promise.all([
    startRelayServer({ port: 0 }),
    startRelayServer({ port: 0, token: TOKEN }),
  ]);
});
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});
afterAll(() => Promise.all([open.close(), guarded.close()]));

function join(url: string, room: string, token?: string): Y.Doc {
  return connect(url, room, token).doc;
}

function connect(url: string, room: string, token?: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === undefined ? {} : { token },
  });
  providers.push(provider);
  return { doc, provider };
}

const text = (doc: Y.Doc) => doc.getText('notes').toString();

/** The HTTP status a raw upgrade gets, or 101 when it is accepted. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.destroy();
    });
    ws.once('error', reject);
  });
}

describe('relay server', () => {
  it('lets two y-websocket providers on one room converge, both ways', async () => {
    const [a, b] = [join(open.url, 'room-open'), join(open.url, 'room-open')];
    a.getText('notes').insert(0, 'from a');
    await vi.waitFor(() => expect(text(b)).toBe('from a'), WAIT);
    b.getText('notes').insert(6, ', then b');
    await vi.waitFor(() => expect(text(a)).toBe('from a, then b'), WAIT);
  });

  it('keeps rooms apart', async () => {
    const [a, b] = [join(open.url, 'room-x'), join(open.url, 'room-x')];
    const stranger = join(open.url, 'room-y');
    a.getText('notes').insert(0, 'x only');
    await vi.waitFor(() => expect(text(b)).toBe('x only'), WAIT);
    expect(text(stranger)).toBe('');
  });

  it('with a token, syncs only the clients that carry it', async () => {
    const [a, b] = [join(guarded.url, 'room-t', TOKEN), join(guarded.url, 'room-t', TOKEN)];
    const wrong = connect(guarded.url, 'room-t', 'guess');
    const missing = connect(guarded.url, 'room-t');
    a.getText('notes').insert(0, 'secret');
    await vi.waitFor(() => expect(text(b)).toBe('secret'), WAIT);
    // A second round trip: had the others been let in, they would have synced by now.
    b.getText('notes').insert(6, '!');
    await vi.waitFor(() => expect(text(a)).toBe('secret!'), WAIT);
    expect([text(wrong.doc), text(missing.doc)]).toEqual(['', '']);
    expect([wrong.provider.wsconnected, missing.provider.wsconnected]).toEqual([false, false]);
  });

  it('refuses an upgrade without the right token with HTTP 401', async () => {
    expect(await upgradeStatus(`${guarded.url}/room-t?token=guess`)).toBe(401);
    expect(await upgradeStatus(`${guarded.url}/room-t`)).toBe(401);
    expect(await upgradeStatus(`${guarded.url}/room-t?token=${encodeURIComponent(TOKEN)}`)).toBe(
      101,
    );
  });

  it('answers an HTTP GET as a health check', async () => {
    const response = await fetch(guarded.url.replace('ws:', 'http:'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Concord relay server');
  });

  it('closes promptly while providers are connected', async () => {
    const own = await startRelayServer({ port: 0 });
    const [a, b] = [join(own.url, 'room-c'), join(own.url, 'room-c')];
    a.getText('notes').insert(0, 'live');
    await vi.waitFor(() => expect(text(b)).toBe('live'), WAIT);
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(fetch(own.url.replace('ws:', 'http:'))).rejects.toThrow();
  });
});
