// Keeps a Y.Doc in IndexedDB with y-indexeddb's format and loading, but with our own writer:
// y-indexeddb issues its writes and forgets them, so a full disk or a closed database would go
// unnoticed. Here every write is a transaction we watch; "saved" means every update so far has
// been committed; a failure is shown and retried, and the retry writes the whole document state,
// so nothing that stayed in memory is lost once space returns.
import { createSignal, type Accessor } from 'solid-js';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

export type SaveStatus = 'loading' | 'saving' | 'saved' | 'error';

export interface Persistence {
  status: Accessor<SaveStatus>;
  /** A sentence for the user when status is 'error'. */
  error: Accessor<string | null>;
  whenLoaded: Promise<void>;
  /** Resolves when every write issued so far has been committed (or failed). */
  flush(): Promise<void>;
  destroy(): Promise<void>;
}

/** Past this many stored updates, they are merged into one. */
const COMPACT_AFTER_UPDATES = 500;
const RETRY_MS = 3_000;
const UPDATES = 'updates';

export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'Browser storage is full: your latest changes are kept in this tab but not saved yet. Free some disk space; Concord keeps retrying.';
  }
  if (name === 'InvalidStateError') {
    return 'The browser closed this workspace’s database: your latest changes are not saved yet. Concord keeps retrying; keep this tab open.';
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Saving failed${detail}: your latest changes are kept in this tab but not saved yet. Concord keeps retrying.`;
}

export function createIndexedDbPersistence(doc: Y.Doc, dbName: string): Persistence {
  const provider = new IndexeddbPersistence(dbName, doc);
  // Replace y-indexeddb's fire-and-forget writer with the watched one below.
  doc.off('update', provider._storeUpdate);
  const [status, setStatus] = createSignal<SaveStatus>('loading');
  const [error, setError] = createSignal<string | null>(null);
  let pending = 0;
  let failed = false;
  /** An update was left to the retry after the retry had already taken its snapshot. */
  let skippedSinceSnapshot = false;
  let storedUpdates = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;
  let idleWaiters: (() => void)[] = [];

  const settle = () => {
    pending -= 1;
    if (pending > 0) return;
    if (!failed) setStatus('saved');
    idleWaiters.forEach((resolve) => resolve());
    idleWaiters = [];
  };

  const onFailure = (cause: unknown) => {
    failed = true;
    setStatus('error');
    setError(describeStorageError(cause));
    if (!retryTimer && !destroyed) retryTimer = setTimeout(retry, RETRY_MS);
  };

  /** Runs one readwrite transaction on the updates store and watches it to the end. */
  const write = (fill: (store: IDBObjectStore) => void, onCommitted: () => void) => {
    const db = provider.db;
    if (!db || destroyed) return;
    pending += 1;
    setStatus('saving');
    let done = false;
    const finish = (cause?: unknown) => {
      if (done) return;
      done = true;
      if (cause === undefined) onCommitted();
      else onFailure(cause);
      settle();
    };
    try {
      const tx = db.transaction([UPDATES], 'readwrite');
      tx.oncomplete = () => finish();
      tx.onabort = () => finish(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
      tx.onerror = () => finish(tx.error);
      fill(tx.objectStore(UPDATES));
    } catch (cause) {
      finish(cause);
    }
  };

  /**
   * Merges everything stored (including what another tab wrote) into the document, then replaces
   * the stored updates with the document's whole state, in one atomic transaction.
   */
  const writeWholeState = (onCommitted: () => void) =>
    write(
      (store) => {
        const all = store.getAll();
        all.onsuccess = () => {
          Y.transact(
            doc,
            () => (all.result as Uint8Array[]).forEach((u) => Y.applyUpdate(doc, u)),
            provider,
            false,
          );
          skippedSinceSnapshot = false;
          const added = store.add(Y.encodeStateAsUpdate(doc));
          added.onsuccess = () => store.delete(IDBKeyRange.upperBound(added.result, true));
        };
      },
      () => {
        storedUpdates = 1;
        onCommitted();
      },
    );

  let databaseClosed = false;
  const watchClose = (db: IDBDatabase) => {
    db.onclose = () => {
      databaseClosed = true;
      onFailure(new DOMException('closed', 'InvalidStateError'));
    };
  };

  function retry() {
    retryTimer = null;
    if (databaseClosed) {
      // y-indexeddb has no reopen: open the same database again and hand it the new connection.
      const request = indexedDB.open(dbName);
      request.onsuccess = () => {
        provider.db = request.result;
        databaseClosed = false;
        watchClose(request.result);
        retry();
      };
      request.onerror = () => onFailure(request.error);
      return;
    }
    writeWholeState(() => {
      failed = false;
      setError(null);
      // An edit made while this write was in flight is not in its snapshot: write it too.
      if (skippedSinceSnapshot) writeWholeState(() => undefined);
    });
  }

  let compactTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleCompaction = () => {
    if (storedUpdates < COMPACT_AFTER_UPDATES || compactTimer) return;
    compactTimer = setTimeout(() => {
      compactTimer = null;
      writeWholeState(() => undefined);
    }, 1_000);
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === provider || !provider.db) return; // before loading, the load step stores local state
    if (failed) {
      skippedSinceSnapshot = true;
      return; // the pending retry writes the whole state, this update included
    }
    write(
      (store) => store.add(update),
      () => {
        storedUpdates += 1;
        scheduleCompaction();
      },
    );
  };
  doc.on('update', onUpdate);

  const whenLoaded = provider.whenSynced.then(() => {
    storedUpdates = provider._dbsize;
    if (provider.db) watchClose(provider.db);
    if (pending === 0 && !failed) setStatus('saved');
  });
  provider._db.catch((cause: unknown) => onFailure(cause));

  return {
    status,
    error,
    whenLoaded,
    flush: () =>
      pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)),
    async destroy() {
      destroyed = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (compactTimer) clearTimeout(compactTimer);
      doc.off('update', onUpdate);
      await provider.destroy();
    },
  };
}

export function deleteDatabase(dbName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** Asks the browser not to evict our data under storage pressure; answers whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
