// The worker's side of a job runner: answers each request with progress messages, then the result
// or the reason it failed. Takes the worker scope as an argument so tests can serve jobs in-process.
// Work may be asynchronous (reading a file is); the runner sends one job at a time all the same.
import { isMessage } from '../i18n/message';
import type { JobReply, JobRequest } from './jobRunner';

export interface WorkerScope<Request, Result, Progress> {
  onmessage: ((event: MessageEvent<JobRequest<Request>>) => void) | null;
  postMessage(message: JobReply<Result, Progress>): void;
}

export function serveJobs<Request, Result, Progress>(
  scope: WorkerScope<Request, Result, Progress>,
  work: (request: Request, onProgress: (progress: Progress) => void) => Result | Promise<Result>,
): void {
  scope.onmessage = async (event) => {
    const { id, request } = event.data;
    try {
      const result = await work(request, (progress) =>
        scope.postMessage({ id, kind: 'progress', progress }),
      );
      scope.postMessage({ id, kind: 'done', result });
    } catch (error) {
      // A reason in words for a person crosses as a Message, to be shown in the reader's language.
      const reason = (error as { reason?: unknown } | null)?.reason;
      const message = isMessage(reason)
        ? reason
        : error instanceof Error
          ? error.message
          : String(error);
      scope.postMessage({ id, kind: 'failed', message });
    }
  };
}
