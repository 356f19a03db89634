// @vitest-environment node
// The y-webrtc signaling server: topic delivery, the protocol's ping, and its limits against abuse.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { startSignalingServer } from '../../../src/servers/signalingServer.mjs';
import { assertLoopbackOnly } from '../../fixtures/loopbackOnly.ts';

// Vitest resolves every import, Node's included, with the 'browser' condition (vite-plugin-solid
// adds it), which maps `ws` to a stub that throws: load its Node build, as `node` itself would.
vi.mock('ws', () => import('../../../node_modules/ws/wrapper.mjs' as string));

// Loopback answers in milliseconds; under the 5 s test timeout, so a failure names its assertion.
const WAIT = { timeout: 4_000 };
type Message = Record<string, unknown>;
interface Client {
  ws: WebSocket;
  received: Message[];
  closed: () => boolean;
  send: (message: unknown) => void;
}

let server: Awaited<ReturnType<typeof startSignalingServer>>;
const clients: WebSocket[] = [];

beforeAll(async () => {
  assertLoopbackOnly();
  server = await startSignalingServer({ port: 0 });
});
afterEach(() => {
  for (const ws of clients.splice(0)) ws.terminate();
});
afterAll(() => server.close());

async function connect(url = server.url): Promise<Client> {
  const ws = new WebSocket(url);
  clients.push(ws);
  const received: Message[] = [];
  let closed = false;
  ws.on('message', (data) => received.push(JSON.parse(String(data)) as Message));
  ws.on('close', () => (closed = true));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, received, closed: () => closed, send: (m) => ws.send(JSON.stringify(m)) };
}

/** A ping answered proves every message sent before it was handled. */
async function settle(client: Client): Promise<void> {
  const pongs = client.received.filter((m) => m.type === 'pong').length;
  client.send({ type: 'ping' });
  await vi.waitFor(
    () => expect(client.received.filter((m) => m.type === 'pong').length).toBe(pongs + 1),
    WAIT,
  );
}

const publishes = (client: Client) => client.received.filter((m) => m.type === 'publish');

describe('signaling server', () => {
  it('delivers a publish to every subscriber of its topic, and to no one else', async () => {
    const [a, b, other] = await Promise.all([connect(), connect(), connect()]);
    a.send({ type: 'subscribe', topics: ['room-1'] });
    b.send({ type: 'subscribe', topics: ['room-1'] });
    other.send({ type: 'subscribe', topics: ['room-2'] });
    await Promise.all([settle(a), settle(b), settle(other)]);

    a.send({ type: 'publish', topic: 'room-1', data: { offer: 'sdp-1' } });
    const expected = { type: 'publish', topic: 'room-1', data: { offer: 'sdp-1' }, clients: 2 };
    await vi.waitFor(() => expect(publishes(b)).toEqual([expected]), WAIT);
    await vi.waitFor(() => expect(publishes(a)).toEqual([expected]), WAIT);
    await settle(other);
    expect(publishes(other)).toEqual([]);
  });

  it('stops delivering after unsubscribe', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    a.send({ type: 'subscribe', topics: ['room-u'] });
    b.send({ type: 'subscribe', topics: ['room-u'] });
    await Promise.all([settle(a), settle(b)]);
    b.send({ type: 'unsubscribe', topics: ['room-u'] });
    await settle(b);

    a.send({ type: 'publish', topic: 'room-u', data: 'after' });
    await vi.waitFor(() => expect(publishes(a)).toHaveLength(1), WAIT);
    expect(publishes(a)[0]).toMatchObject({ data: 'after', clients: 1 });
    await settle(b);
    expect(publishes(b)).toEqual([]);
  });

  it('answers ping with pong', async () => {
    const a = await connect();
    a.send({ type: 'ping' });
    await vi.waitFor(() => expect(a.received).toEqual([{ type: 'pong' }]), WAIT);
  });

  it('ignores garbage text, JSON that is not an object and bad topics', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    a.ws.send('{ not json');
    a.ws.send(JSON.stringify([{ type: 'subscribe', topics: ['room-g'] }]));
    a.ws.send('null');
    a.send({ type: 'subscribe', topics: 'room-g' });
    a.send({ type: 'subscribe', topics: [42, 'x'.repeat(257)] });
    a.send({ type: 'publish', topic: { evil: true }, data: 1 });
    b.send({ type: 'subscribe', topics: ['room-g'] });
    await Promise.all([settle(a), settle(b)]);

    b.send({ type: 'publish', topic: 'room-g', data: 'still alive' });
    await vi.waitFor(() => expect(publishes(b)).toHaveLength(1), WAIT);
    expect(publishes(b)[0]).toMatchObject({ data: 'still alive', clients: 1 });
    expect(a.closed()).toBe(false);
    expect(publishes(a)).toEqual([]);
  });

  it('closes a connection that sends more than 256 KiB, and only that one', async () => {
    const [big, bystander] = await Promise.all([connect(), connect()]);
    bystander.send({ type: 'subscribe', topics: ['room-big'] });
    await settle(bystander);

    big.send({ type: 'publish', topic: 'room-big', data: 'x'.repeat(256 * 1024 + 1) });
    await vi.waitFor(() => expect(big.closed()).toBe(true), WAIT);
    bystander.send({ type: 'publish', topic: 'room-big', data: 'small' });
    await vi.waitFor(() => expect(publishes(bystander)).toHaveLength(1), WAIT);
    expect(publishes(bystander)[0]).toMatchObject({ data: 'small' });
    expect(bystander.closed()).toBe(false);
  });

  it('subscribes one connection to at most 100 topics', async () => {
    const [greedy, watcher] = await Promise.all([connect(), connect()]);
    const topics = Array.from({ length: 101 }, (_, i) => `t-${i}`);
    greedy.send({ type: 'subscribe', topics });
    await settle(greedy);

    watcher.send({ type: 'publish', topic: 't-99', data: 'in' });
    watcher.send({ type: 'publish', topic: 't-100', data: 'out' });
    await vi.waitFor(() => expect(publishes(greedy)).toHaveLength(1), WAIT);
    await settle(watcher);
    await settle(greedy);
    expect(publishes(greedy).map((m) => m.data)).toEqual(['in']);
  });

  it('answers an HTTP GET on any path as a health check', async () => {
    const response = await fetch(`${server.url.replace('ws:', 'http:')}/health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Concord signaling server');
  });

  it('accepts WebSocket connections on any path', async () => {
    const a = await connect(`${server.url}/some/room`);
    await settle(a);
  });

  it('closes promptly with clients connected', async () => {
    const own = await startSignalingServer({ port: 0 });
    const [a, b] = await Promise.all([connect(own.url), connect(own.url)]);
    a.send({ type: 'subscribe', topics: ['room-c'] });
    await settle(a);
    await own.close();
    await vi.waitFor(() => expect([a.closed(), b.closed()]).toEqual([true, true]), {
      ...WAIT,
    });
    await expect(fetch(own.url.replace('ws:', 'http:'))).rejects.toThrow();
  });
});
