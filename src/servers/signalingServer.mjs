// Signaling for y-webrtc: peers meet here to find each other, then sync directly over WebRTC.
// It forwards opaque messages between the subscribers of a topic (a room) and stores nothing.
/* eslint-disable no-console -- a command-line server reports to its terminal */
import { WebSocket, WebSocketServer } from 'ws';
import { createHealthServer, isCommandLine, serve, stopOnSignals } from './serve.mjs';

// Limits against abuse: signaling messages are small (offers, answers, ICE candidates).
const MAX_PAYLOAD = 256 * 1024;
const MAX_TOPICS_PER_CONNECTION = 100;
const MAX_TOPIC_LENGTH = 256;
const PING_INTERVAL_MS = 30_000;

/**
 * @typedef {import('./serve.mjs').RunningServer} RunningServer
 * @typedef {{ type?: unknown, topic?: unknown, topics?: unknown }} SignalingMessage
 */

/** @param {unknown} topic @returns {topic is string} */
const isTopic = (topic) =>
  typeof topic === 'string' && topic.length > 0 && topic.length <= MAX_TOPIC_LENGTH;

/** @param {SignalingMessage} message @returns {string[]} */
const topicsOf = (message) => (Array.isArray(message.topics) ? message.topics.filter(isTopic) : []);

/**
 * Anything that is not a JSON object is ignored: a stranger's garbage must not stop the server.
 * @param {import('ws').RawData} data
 * @returns {SignalingMessage | null}
 */
function parseMessage(data) {
  try {
    const message = JSON.parse(data.toString());
    return message !== null && typeof message === 'object' && !Array.isArray(message)
      ? message
      : null;
  } catch {
    return null;
  }
}

/** @param {WebSocket} conn @param {string} text */
function send(conn, text) {
  if (conn.readyState === WebSocket.OPEN) conn.send(text);
}

/**
 * Starts a y-webrtc signaling server; port 0 picks a free port, reported in the result.
 * @param {{ host?: string, port?: number }} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startSignalingServer({ host = '127.0.0.1', port = 4444 } = {}) {
  /** @type {Map<string, Set<WebSocket>>} topic → its subscribers */
  const topics = new Map();
  const server = createHealthServer('Concord signaling server');
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (conn) => wss.emit('connection', conn, request));
  });

  /** @param {WebSocket} conn @param {Set<string>} subscribed @param {SignalingMessage} message */
  function handle(conn, subscribed, message) {
    switch (message.type) {
      case 'subscribe':
        for (const topic of topicsOf(message)) {
          if (subscribed.size >= MAX_TOPICS_PER_CONNECTION && !subscribed.has(topic)) break;
          subscribed.add(topic);
          if (!topics.has(topic)) topics.set(topic, new Set());
          topics.get(topic)?.add(conn);
        }
        break;
      case 'unsubscribe':
        for (const topic of topicsOf(message)) leave(conn, subscribed, topic);
        break;
      case 'publish': {
        const receivers = isTopic(message.topic) ? topics.get(message.topic) : undefined;
        if (!receivers) break;
        // The sender is among the receivers, as y-webrtc expects; it drops its own messages.
        const text = JSON.stringify({ ...message, clients: receivers.size });
        for (const receiver of receivers) send(receiver, text);
        break;
      }
      case 'ping':
        send(conn, JSON.stringify({ type: 'pong' }));
        break;
    }
  }

  /** @param {WebSocket} conn @param {Set<string>} subscribed @param {string} topic */
  function leave(conn, subscribed, topic) {
    subscribed.delete(topic);
    const subscribers = topics.get(topic);
    subscribers?.delete(conn);
    if (subscribers?.size === 0) topics.delete(topic);
  }

  /** @type {WeakSet<WebSocket>} connections that answered since the last ping */
  const alive = new WeakSet();
  wss.on('connection', (/** @type {WebSocket} */ conn) => {
    /** @type {Set<string>} */
    const subscribed = new Set();
    alive.add(conn);
    conn.on('pong', () => alive.add(conn));
    // An oversized or malformed frame is reported here; ws then closes this connection only.
    conn.on('error', () => conn.terminate());
    conn.on('message', (data) => {
      const message = parseMessage(data);
      if (message) handle(conn, subscribed, message);
    });
    conn.on('close', () => {
      for (const topic of [...subscribed]) leave(conn, subscribed, topic);
    });
  });
  // A peer that vanished without closing (a sleeping laptop) would otherwise hold its topics.
  const heartbeat = setInterval(() => {
    for (const conn of wss.clients) {
      if (!alive.has(conn)) {
        conn.terminate();
        continue;
      }
      alive.delete(conn);
      conn.ping();
    }
  }, PING_INTERVAL_MS);

  return serve(server, wss, { host, port, afterClose: () => clearInterval(heartbeat) });
}

if (isCommandLine(import.meta.url)) {
  const server = await startSignalingServer({
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT || 4444),
  });
  console.log(`Concord signaling server on ${server.url}`);
  stopOnSignals(server, 'Concord signaling server');
}
