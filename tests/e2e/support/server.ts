// Serves the built app (./dist) for the browser tests through Vite's own preview server, so the
// tests see exactly what `vite preview` would ship, on a loopback port nobody else is using.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_DIST_DIR = resolve(REPO_ROOT, 'dist');

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

export interface StartServerOptions {
  /** Directory to serve; defaults to ./dist. Tests of the harness point it at a scratch page. */
  distDir?: string;
}

export async function startServer(options: StartServerOptions = {}): Promise<StaticServer> {
  const distDir = resolve(options.distDir ?? DEFAULT_DIST_DIR);
  // Vite's preview serves an empty 404 when the folder is missing; say why instead.
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(
      `No built app at ${distDir}/index.html: run \`vite build --mode test\` first ` +
        '(`npm run test:e2e` does it).',
    );
  }
  const server = await preview({
    root: REPO_ROOT,
    // Same mode as the build, so any mode-dependent config resolves the same way.
    mode: 'test',
    logLevel: 'warn',
    build: { outDir: distDir },
    // Port 0 lets the OS pick a free port, so a stray dev server cannot collide with the tests;
    // 127.0.0.1 keeps it off every other interface.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('Vite preview server is not listening on a TCP port.');
  }
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
