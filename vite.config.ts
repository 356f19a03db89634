import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// One config for the app, the unit tests (jsdom) and the browser tests (Node driving Chromium).
export default defineConfig({
  plugins: [solid()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  // Found only inside the workers: without listing them, the dev server discovers them on the
  // first metrics or layout run, re-optimises and reloads the page under the user.
  optimizeDeps: {
    include: [
      'graphology',
      'graphology-communities-louvain',
      'graphology-layout-forceatlas2',
      'graphology-layout-forceatlas2/defaults.js',
      'graphology-layout-forceatlas2/iterate.js',
      'graphology-metrics/centrality/pagerank',
    ],
  },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        // Not extending the app's config: the Solid plugin resolves every import for a browser
        // in test mode, and these tests are Node driving Chromium (and starting ws servers).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          // Each spec launches its own Chromium; two cores do not run more than one well.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A poll waits on a real browser: on a loaded two-core machine a second is not enough.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
