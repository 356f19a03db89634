// Computes graph metrics off the main thread, reporting progress per phase.
import type { GraphInput } from './graphInput';
import { computeMetrics, type MetricsProgress, type MetricsResult } from './metrics';
import { serveJobs, type WorkerScope } from './serveJobs';

// The DOM typings describe `self` as a Window; in a dedicated worker it is the worker scope.
serveJobs(
  self as unknown as WorkerScope<GraphInput, MetricsResult, MetricsProgress>,
  (input, onProgress) => computeMetrics(input, onProgress),
);
