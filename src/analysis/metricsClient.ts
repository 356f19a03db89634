// Runs computeMetrics in a Web Worker, so betweenness over thousands of nodes never freezes the tab.
import { message } from '../i18n/message';
import type { GraphInput } from './graphInput';
import { createJobRunner } from './jobRunner';
import type { MetricsProgress, MetricsResult } from './metrics';
import { spawnMetricsWorker } from '../workers/spawnWorkers';

export interface MetricsRunner {
  /** Starting a run cancels the one under way, whose promise rejects with a CancelledError. */
  run(input: GraphInput, onProgress: (p: MetricsProgress) => void): Promise<MetricsResult>;
  cancel(): void;
  destroy(): void;
}

export function createMetricsRunner(spawn: () => Worker = spawnMetricsWorker): MetricsRunner {
  return createJobRunner<GraphInput, MetricsResult, MetricsProgress>(
    spawn,
    message('explore.job.metrics'),
  );
}
