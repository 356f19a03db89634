// Runs computeMetrics in a Web Worker, so betweenness over thousands of nodes never freezes the tab.
import type { GraphInput } from './graphInput';
import { createJobRunner } from './jobRunner';
import type { MetricsProgress, MetricsResult } from './metrics';

export interface MetricsRunner {
  /** Starting a run cancels the one under way, whose promise rejects with a CancelledError. */
  run(input: GraphInput, onProgress: (p: MetricsProgress) => void): Promise<MetricsResult>;
  cancel(): void;
  destroy(): void;
}

export function createMetricsRunner(
  spawn: () => Worker = () =>
    new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' }),
): MetricsRunner {
  return createJobRunner<GraphInput, MetricsResult, MetricsProgress>(spawn, 'metrics computation');
}
