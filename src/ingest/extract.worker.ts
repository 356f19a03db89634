// Runs the extractor off the main thread, so a long article never freezes the tab.
import { extractArticle } from '../extract';
import type { WorkerReply, WorkerRequest } from './extractClient';

// The DOM typings describe `self` as a Window; in a dedicated worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
};

scope.onmessage = (event) => {
  const { id, text } = event.data;
  try {
    scope.postMessage({ id, ok: true, extraction: extractArticle(text) });
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
