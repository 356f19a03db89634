// What the signaling server and the relay share: an HTTP server that answers a health check
// and hands upgrades to a WebSocket server, listening on one address, closing every socket when
// it stops, and the command-line wrapper that stops it on SIGINT or SIGTERM.
/* eslint-disable no-console -- a command-line server reports to its terminal */
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/** @typedef {{ url: string, port: number, close(): Promise<void> }} RunningServer */

/** An HTTP server whose every plain request gets `name` back: a health check. */
export function createHealthServer(/** @type {string} */ name) {
  return http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end(name);
  });
}

/**
 * Listens on host:port (0 picks a free port) and answers the running server; `close` (at most
 * once, however often called) cuts every client, then runs `afterClose`.
 * @param {http.Server} server
 * @param {import('ws').WebSocketServer} wss
 * @param {{ host: string, port: number, afterClose?: () => void }} options
 * @returns {Promise<RunningServer>}
 */
export async function serve(server, wss, { host, port, afterClose }) {
  const actualPort = await listen(server, host, port);
  /** @type {Promise<void> | undefined} */
  let closing;
  const stop = async () => {
    for (const conn of wss.clients) conn.terminate();
    // Resolves once every client's close handler ran.
    await new Promise((resolve) => wss.close(resolve));
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
    afterClose?.();
  };
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    port: actualPort,
    close: () => (closing ??= stop()),
  };
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

/** Whether the module at `moduleUrl` is the script node was asked to run. */
export const isCommandLine = (/** @type {string} */ moduleUrl) =>
  !!process.argv[1] && moduleUrl === pathToFileURL(process.argv[1]).href;

/** Stops `server` on SIGINT or SIGTERM, saying so under `name`. */
export function stopOnSignals(/** @type {RunningServer} */ server, /** @type {string} */ name) {
  const stop = () => server.close().then(() => console.log(`${name} stopped`));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
