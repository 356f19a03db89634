// The one-file build's workers (see spawnWorkers.ts): each worker's code is inlined in the page
// and started from a blob: URL, which a page opened from disk may do.
import ExtractWorker from '../ingest/extract.worker.ts?worker&inline';
import LayoutWorker from '../analysis/layout.worker.ts?worker&inline';
import MetricsWorker from '../analysis/metrics.worker.ts?worker&inline';
import ImportPreviewWorker from '../exchange/preview.worker.ts?worker&inline';

export const spawnExtractWorker = (): Worker => new ExtractWorker();

export const spawnLayoutWorker = (): Worker => new LayoutWorker();

export const spawnMetricsWorker = (): Worker => new MetricsWorker();

export const spawnImportPreviewWorker = (): Worker => new ImportPreviewWorker();
