// Runs the ForceAtlas2 layout in a Web Worker: fcose takes ~15 s synchronously at 5k nodes, which
// would freeze the tab; this reports its progress and can be cancelled.
import { message } from '../i18n/message';
import { createJobRunner } from './jobRunner';
import type { LayoutRequest, Positions } from './layout';
import { spawnLayoutWorker } from '../workers/spawnWorkers';

export type { LayoutRequest, Positions } from './layout';

export interface LayoutRunner {
  /** Starting a run cancels the one under way, whose promise rejects with a CancelledError. */
  run(request: LayoutRequest, onProgress: (fraction: number) => void): Promise<Positions>;
  cancel(): void;
  destroy(): void;
}

export function createLayoutRunner(spawn: () => Worker = spawnLayoutWorker): LayoutRunner {
  return createJobRunner<LayoutRequest, Positions, number>(spawn, message('explore.job.layout'));
}
