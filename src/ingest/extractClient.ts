// The main thread's side of the extraction worker: one request at a time per article, and a
// cancel that really stops work (the worker is terminated and a fresh one started on demand).
import type { Extraction } from '../extract/types';
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
      else waiting.reject(new Error(reply.message));
    };
    created.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`The extractor failed: ${event.message || 'unknown error'}`);
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
