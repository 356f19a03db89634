// Reads and checks the files chosen for a workspace import off the main thread.
import { serveJobs, type WorkerScope } from '../analysis/serveJobs';
import {
  createPreviewWork,
  type PreviewAnswer,
  type PreviewJob,
  type PreviewStep,
} from './previewWork';

// The DOM typings describe `self` as a Window; in a dedicated worker it is the worker scope.
serveJobs(
  self as unknown as WorkerScope<PreviewJob, PreviewAnswer, PreviewStep>,
  createPreviewWork(),
);
