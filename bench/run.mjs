// Runs a TypeScript bench file against the real src modules: `node bench/run.mjs bench/load.ts`.
// Node 20 cannot strip types, so Vite's dev server (no port, no HMR) transforms the file and its
// imports, and its module runner evaluates them in this process; then the file's main() runs.
import path from 'node:path';
import { createServer, isRunnableDevEnvironment } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node bench/run.mjs <bench file.ts> [args…]');
  process.exit(2);
}

const server = await createServer({
  // The project config brings the Solid JSX plugin and Vitest; bench files are plain .ts.
  configFile: false,
  root: process.cwd(),
  logLevel: 'warn',
  mode: 'production',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  ssr: {
    // Measure the Solid build users run (the browser production build, whose stores are
    // reactive proxies), not the SSR build Node would pick. Inlined so that solid-js/store and
    // solid-js resolve to one consistent pair.
    noExternal: ['solid-js'],
    resolve: { conditions: ['browser', 'production'], externalConditions: ['production'] },
  },
});

let exitCode = 0;
try {
  const environment = server.environments.ssr;
  if (!isRunnableDevEnvironment(environment))
    throw new Error('The SSR environment cannot run modules.');
  const module = await environment.runner.import(path.resolve(file));
  if (typeof module.main !== 'function') throw new Error(`${file} exports no main().`);
  await module.main(process.argv.slice(3));
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await server.close();
}
process.exit(exitCode);
