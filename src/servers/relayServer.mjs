// A relay for peers that cannot reach each other directly: a y-websocket server, so any
// y-websocket client syncs through it, with an optional shared token to keep strangers out.
/* eslint-disable no-console -- a command-line server reports to its terminal */
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';

const RELAY_WARNING =
  'A relay keeps a copy of every workspace it relays, in memory, readable by whoever runs it, until it stops.';

/** @typedef {{ url: string, port: number, close(): Promise<void> }} RunningServer */

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
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('Concord relay server');
  });
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

  const actualPort = await listen(server, host, port);
  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    port: actualPort,
    close: () => (closing ??= stop()),
  };

  async function stop() {
    for (const conn of wss.clients) conn.terminate();
    // Resolves once every client's close handler ran, so no document has connections left.
    await new Promise((resolve) => wss.close(resolve));
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    // The library keeps documents in a module-wide map until a persistence layer frees them.
    for (const name of served) {
      const doc = docs.get(name);
      if (doc && doc.conns.size === 0) {
        docs.delete(name);
        doc.destroy();
      }
    }
  }
}

/**
 * @param {http.Server} server @param {string} host @param {number} port
 * @returns {Promise<number>} the port really bound
 */
function listen(server, host, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
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
  const stop = () => server.close().then(() => console.log('Concord relay server stopped'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
