// The main thread's side of a worker that runs jobs (analysis, the import preview): one job at a
// time with progress messages, and a cancel that really stops work (the worker is terminated and a
// fresh one started on demand), as the extraction client does. Starting a job while one runs
// cancels the one running.
import { isMessage, message, type Message, type MessageParam } from '../i18n/message';
import type { Text } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { CancelledError } from '../ingest/extractClient';

export interface JobRequest<Request> {
  id: number;
  request: Request;
}

export type JobReply<Result, Progress> =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'done'; result: Result }
  /** Why: a Message when the work said it in words for a person, else the error's own text. */
  | { id: number; kind: 'failed'; message: string | Message };

export interface JobRunner<Request, Result, Progress> {
  run(request: Request, onProgress: (progress: Progress) => void): Promise<Result>;
  /** Stops the job under way; its promise rejects with a CancelledError. */
  cancel(): void;
  destroy(): void;
}

interface Job<Result, Progress> {
  id: number;
  onProgress(progress: Progress): void;
  resolve(result: Result): void;
  reject(error: Error): void;
}

/**
 * A job that failed. `reason` says so in words for a person, in whatever language is current when
 * shown; the Error's own message is the English text, for logs and developers.
 */
export class JobFailedError extends Error {
  constructor(readonly reason: Message) {
    super(translate('en', reason));
    this.name = 'JobFailedError';
  }
}

/** A reason an error gives in words for a person (a Message), else its plain text. */
export function reasonOf(error: unknown): Text {
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (isMessage(reason)) return reason;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `what` names the work in error messages, "The {what} failed: …": a Message such as
 * message('explore.job.layout').
 */
export function createJobRunner<Request, Result, Progress>(
  spawn: () => Worker,
  what: MessageParam,
): JobRunner<Request, Result, Progress> {
  const failed = (reason: MessageParam) =>
    new JobFailedError(message('explore.job.failed', { what, reason }));
  let worker: Worker | null = null;
  let job: Job<Result, Progress> | null = null;
  let nextId = 1;
  let destroyed = false;

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    const stopped = job;
    job = null;
    stopped?.reject(error);
  };

  const start = (): Worker => {
    const created = spawn();
    created.onmessage = (event: MessageEvent<JobReply<Result, Progress>>) => {
      const reply = event.data;
      // A reply to a job already cancelled can still be in flight; it is not for the caller.
      if (!job || reply.id !== job.id) return;
      if (reply.kind === 'progress') return job.onProgress(reply.progress);
      const finished = job;
      job = null;
      if (reply.kind === 'done') finished.resolve(reply.result);
      else finished.reject(failed(reply.message));
    };
    created.onerror = (event) => {
      event.preventDefault();
      // An uncaught error can leave the worker half-initialised: start afresh next time.
      stop(failed(event.message || message('explore.job.unknownError')));
    };
    return created;
  };

  return {
    run(request, onProgress) {
      if (destroyed) return Promise.reject(new CancelledError());
      // The worker computes synchronously and would only see a new message once done: stop it.
      if (job) stop(new CancelledError());
      worker ??= start();
      const id = nextId++;
      const promise = new Promise<Result>((resolve, reject) => {
        job = { id, onProgress, resolve, reject };
      });
      worker.postMessage({ id, request } satisfies JobRequest<Request>);
      return promise;
    },
    cancel() {
      // An idle worker is kept warm; only work under way is stopped.
      if (job) stop(new CancelledError());
    },
    destroy() {
      destroyed = true;
      stop(new CancelledError());
    },
  };
}
