// Starts the app's Web Workers, each from its own file beside the app. The one-file build
// (`vite build --mode single`) resolves this module to spawnWorkers.inline.ts instead: a page
// opened from disk may not start a worker from a file.
export const spawnExtractWorker = (): Worker =>
  new Worker(new URL('../ingest/extract.worker.ts', import.meta.url), { type: 'module' });

export const spawnLayoutWorker = (): Worker =>
  new Worker(new URL('../analysis/layout.worker.ts', import.meta.url), { type: 'module' });

export const spawnMetricsWorker = (): Worker =>
  new Worker(new URL('../analysis/metrics.worker.ts', import.meta.url), { type: 'module' });

export const spawnImportPreviewWorker = (): Worker =>
  new Worker(new URL('../exchange/preview.worker.ts', import.meta.url), { type: 'module' });
