// The main thread's side of the extraction worker: one request at a time per article, and a
// cancel that really stops work (the worker is terminated and a fresh one started on demand).
import type { Extraction } from '../extract/types';
import { message, type Message } from '../i18n/message';
import { spawnExtractWorker } from '../workers/spawnWorkers';

export interface WorkerRequest {
  id: number;
  text: string;
}

export type WorkerReply =
  { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; message: string };

export interface Extractor {
  extract(text: string): Promise<Extraction>;
  /** Stops the extraction under way; its promise rejects with a CancelledError. */
  cancel(): void;
  destroy(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/** The extraction failed; `reason` is what to tell the person, in their language. */
export class ExtractionError extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'ExtractionError';
  }
}

/** The worker's own words (an exception's message, not translated) inside a sentence. */
const failed = (detail: string | null) =>
  new ExtractionError(
    message('ingest.extract.failed', {
      detail: detail || message('ingest.extract.unknownError'),
    }),
  );

export function createWorkerExtractor(spawn: () => Worker = spawnExtractWorker): Extractor {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(e: Extraction): void; reject(error: Error): void }>();

  const start = (): Worker => {
    const created = spawn();
    created.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.extraction);
      else waiting.reject(failed(reply.message));
    };
    created.onerror = (event) => {
      event.preventDefault();
      const error = failed(event.message);
      pending.forEach((waiting) => waiting.reject(error));
      pending.clear();
    };
    return created;
  };

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    pending.forEach((waiting) => waiting.reject(error));
    pending.clear();
  };

  return {
    extract(text) {
      worker ??= start();
      const id = nextId++;
      const promise = new Promise<Extraction>((resolve, reject) =>
        pending.set(id, { resolve, reject }),
      );
      worker.postMessage({ id, text } satisfies WorkerRequest);
      return promise;
    },
    cancel: () => stop(new CancelledError()),
    destroy: () => stop(new CancelledError()),
  };
}
