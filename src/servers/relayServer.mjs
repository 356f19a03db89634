// A relay for peers that cannot reach each other directly: a y-websocket server, so any
// y-websocket client syncs through it, with an optional shared token to keep strangers out.
/* eslint-disable no-console -- a command-line server reports to its terminal */
import { createHash, timingSafeEqual } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { createHealthServer, isCommandLine, serve, stopOnSignals } from './serve.mjs';

const RELAY_WARNING =
  'A relay keeps a copy of every workspace it relays, in memory, readable by whoever runs it, until it stops.';

/** @typedef {import('./serve.mjs').RunningServer} RunningServer */

/**
 * Hashing first gives timingSafeEqual two buffers of one length and hides the token's length.
 * @param {import('node:http').IncomingMessage} request @param {string} token
 */
function carriesToken(request, token) {
  if (!token) return true;
  const given = new URL(request.url ?? '/', 'http://relay').searchParams.get('token') ?? '';
  const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** The document name is the URL path, as y-websocket clients and servers agree. */
const docNameOf = (/** @type {import('node:http').IncomingMessage} */ request) =>
  (request.url ?? '').slice(1).split('?')[0];

/**
 * Starts a y-websocket relay; port 0 picks a free port, reported in the result.
 * @param {{ host?: string, port?: number, token?: string }} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startRelayServer({ host = '127.0.0.1', port = 1234, token = '' } = {}) {
  const server = createHealthServer('Concord relay server');
  const wss = new WebSocketServer({ noServer: true });
  /** @type {Set<string>} documents this relay served, to free them when it stops */
  const served = new Set();

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (!carriesToken(request, token)) {
      socket.once('finish', () => socket.destroy());
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (conn) => wss.emit('connection', conn, request));
  });
  wss.on('connection', (conn, request) => {
    // setupWSConnection listens for no errors: without this a bad frame would crash the relay.
    conn.on('error', () => conn.terminate());
    const docName = docNameOf(request);
    served.add(docName);
    setupWSConnection(conn, request, { docName });
  });

  // The library keeps documents in a module-wide map until a persistence layer frees them.
  const freeDocuments = () => {
    for (const name of served) {
      const doc = docs.get(name);
      if (doc && doc.conns.size === 0) {
        docs.delete(name);
        doc.destroy();
      }
    }
  };
  return serve(server, wss, { host, port, afterClose: freeDocuments });
}

if (isCommandLine(import.meta.url)) {
  const token = process.env.RELAY_TOKEN ?? '';
  const server = await startRelayServer({
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT || 1234),
    token,
  });
  console.log(`Concord relay server on ${server.url}`);
  console.log(
    token
      ? 'Token required: clients must send the one set in RELAY_TOKEN.'
      : 'No token required: anyone who can reach this address can read and write through it.',
  );
  console.log(RELAY_WARNING);
  stopOnSignals(server, 'Concord relay server');
}
