import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// One config for the app, the unit tests (jsdom) and the browser tests (Node driving Chromium).
// Two deliveries: `vite build` (and `--mode test`) makes the installable, offline app in dist/;
// `vite build --mode single` makes dist-single/concord.html, the whole app in one file.
const SINGLE_FILE_MODE = 'single';
const SINGLE_FILE_DIR = 'dist-single';
const SINGLE_FILE_NAME = 'concord.html';
const LIB0_DECODING = fileURLToPath(new URL('src/store/lib0Decoding.ts', import.meta.url));

export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_FILE_MODE;
  return {
    // Relative, so the build runs from any folder of a static host (and from disk, for the file).
    base: './',
    // The one file has no service worker: the plugin stays, disabled, so that the register module
    // resolves to one that does nothing.
    plugins: [solid(), installable({ disable: single }), single ? singleFile() : []],
    build: {
      target: 'es2022',
      // A source map would double the one file; the served build keeps them beside the code.
      sourcemap: !single,
      chunkSizeWarningLimit: 1500,
      ...(single ? { outDir: SINGLE_FILE_DIR } : {}),
    },
    // public/ holds the installed app's icons, which the one file has no use for.
    publicDir: single ? false : 'public',
    resolve: {
      alias: [
        // Yjs reads updates through lib0's decoding; ours decodes short strings several times
        // faster (src/store/lib0Decoding.ts says why).
        { find: /^lib0\/decoding$/, replacement: LIB0_DECODING },
        // A page opened from disk may not start a worker from a file: the one file inlines them.
        ...(single
          ? [{ find: /\/workers\/spawnWorkers$/, replacement: '/workers/spawnWorkers.inline' }]
          : []),
      ],
    },
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
  };
});

/**
 * The served build installs as an app and opens offline: a service worker precaches every file
 * it needs (workers, styles, icons), and a new version waits until the user reloads
 * (src/app/appUpdate.ts). The test build gets the same worker, so the browser tests run what
 * ships. The dev server has none.
 */
function installable({ disable }: { disable: boolean }): PluginOption {
  return VitePWA({
    disable,
    registerType: 'prompt',
    // src/app/appUpdate.ts registers it, to offer updates through the UI.
    injectRegister: false,
    // The same worker in the test build as in production: no Workbox debug logging.
    mode: 'production',
    manifest: {
      name: 'Concord',
      short_name: 'Concord',
      description: 'A local-first knowledge graph of people, organisations, agreements and themes.',
      display: 'standalone',
      start_url: '.',
      scope: '.',
      // The toolbar's white and the page's background (src/ui/app.css), so an installed window
      // opens in the app's own colours.
      theme_color: '#ffffff',
      background_color: '#f8fafc',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // Every file the build writes but source maps; the icons are among them, and the plugin adds
    // the manifest itself.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,ico,woff,woff2}'],
      // The first visit is controlled at once, so it works offline without a reload. An update
      // still waits: only the notice's Reload tells it to skip waiting.
      clientsClaim: true,
    },
  });
}

/** `vite build --mode single`: one HTML file with every script, style, worker and the icon. */
function singleFile(): PluginOption {
  const icon = readFileSync(new URL('src/ui/icon.svg', import.meta.url));
  const iconUrl = `data:image/svg+xml;base64,${icon.toString('base64')}`;
  const named: Plugin = {
    name: 'concord:single-file',
    // Vite never inlines a <link rel="icon">, so the one file would point at a file beside it.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('href="/src/ui/icon.svg"', `href="${iconUrl}"`),
    },
    // After the plugin has inlined everything into index.html, the file gets its own name.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page.source });
      },
    },
  };
  return [viteSingleFile(), named];
}
