// Lays the graph out with ForceAtlas2 off the main thread, posting progress after each chunk.
import { runLayout, type LayoutRequest, type Positions } from './layout';
import { serveJobs, type WorkerScope } from './serveJobs';

// The DOM typings describe `self` as a Window; in a dedicated worker it is the worker scope.
serveJobs(self as unknown as WorkerScope<LayoutRequest, Positions, number>, (request, onProgress) =>
  runLayout(request, onProgress),
);
