// Keeps a Y.Doc in IndexedDB, in y-indexeddb's layout but with our own reader and writer.
// y-indexeddb stores the state again on every load (its issue #31: the database grows with each
// reload) and issues its writes and forgets them. Here loading writes nothing unless the document
// held edits of its own; every update is a transaction we commit at once and watch, so "saved"
// means every update so far is committed and an edit made just before the tab closes is already on
// its way. A failure (a full disk, a database closed or deleted under us) is shown and retried:
// the retry reopens the database if needed and writes the whole document state, so nothing that
// stayed in memory is lost once storage works again.
import { createSignal, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { message, type Message } from '../i18n';
import { openUpdatesDatabase, UPDATES_STORE } from './updatesDatabase';

export { deleteDatabase } from './updatesDatabase';

export type SaveStatus = 'loading' | 'saving' | 'saved' | 'error';

export interface Persistence {
  status: Accessor<SaveStatus>;
  /** What to tell the user when status is 'error'. */
  error: Accessor<Message | null>;
  whenLoaded: Promise<void>;
  /** Resolves when every write issued so far has been committed (or failed). */
  flush(): Promise<void>;
  destroy(): Promise<void>;
}

/** Past this many stored updates, they are merged into one. */
const COMPACT_AFTER_UPDATES = 500;
const COMPACT_DELAY_MS = 1_000;
const RETRY_MS = 3_000;
/** The origin of what is applied from the database, so that it is never written back. */
const STORED_ORIGIN = Symbol('concord.stored');

export function describeStorageError(error: unknown): Message {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return message('app.persist.storageFull');
  if (name === 'InvalidStateError') return message('app.persist.databaseClosed');
  // The browser's own words for the failure, as it gave them.
  return error instanceof Error && error.message
    ? message('app.persist.failedWithDetail', { detail: error.message })
    : message('app.persist.failed');
}

/** Runs one step of a transaction; a step that throws fails (and aborts) the transaction. */
type Guard = (step: () => void) => () => void;
type Fill = (store: IDBObjectStore, guard: Guard, tx: IDBTransaction) => void;

export function createIndexedDbPersistence(doc: Y.Doc, dbName: string): Persistence {
  const [status, setStatus] = createSignal<SaveStatus>('loading');
  const [error, setError] = createSignal<Message | null>(null);
  let db: IDBDatabase | null = null;
  let loaded = false;
  let failed = false;
  /** An update was left to the whole-state write after that write had taken its snapshot. */
  let skippedSinceSnapshot = false;
  let pending = 0;
  let storedUpdates = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let compactTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;
  let idleWaiters: (() => void)[] = [];
  let markLoaded: () => void = () => undefined;
  const whenLoaded = new Promise<void>((resolve) => (markLoaded = resolve));

  const settle = () => {
    pending -= 1;
    if (pending > 0) return;
    if (loaded && !failed) setStatus('saved');
    if (loaded) markLoaded();
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
  const write = (fill: Fill, onCommitted: () => void) => {
    if (destroyed) return;
    pending += 1;
    if (loaded && !failed) setStatus('saving');
    let done = false;
    let tx: IDBTransaction | null = null;
    const finish = (cause?: unknown) => {
      if (done) return;
      done = true;
      if (cause === undefined) onCommitted();
      else onFailure(cause);
      settle();
    };
    const fail = (cause: unknown) => {
      // i18n-exempt: a technical detail in brackets, like the browser's own (English) error texts
      finish(cause ?? new DOMException('Transaction failed', 'UnknownError'));
      try {
        tx?.abort();
      } catch {
        // Already committed or aborted.
      }
    };
    const guard: Guard = (step) => () => {
      try {
        step();
      } catch (cause) {
        fail(cause);
      }
    };
    try {
      // i18n-exempt: never shown; the user reads app.persist.databaseClosed
      if (!db) throw new DOMException('The database is not open', 'InvalidStateError');
      const started = db.transaction([UPDATES_STORE], 'readwrite');
      tx = started;
      started.oncomplete = () => finish();
      started.onabort = () => fail(started.error ?? new DOMException('Aborted', 'AbortError'));
      started.onerror = (event) =>
        fail((event.target as IDBRequest | null)?.error ?? started.error);
      fill(started.objectStore(UPDATES_STORE), guard, started);
    } catch (cause) {
      fail(cause);
    }
  };

  const applyStored = (updates: Uint8Array[]) => {
    // Yjs encodes a transaction's update for every 'update' listener, even one that ignores its
    // origin: unlistened, loading 10k entities skips re-encoding all of them (0.4 s here).
    doc.off('update', onUpdate);
    try {
      Y.transact(
        doc,
        () =>
          updates.forEach((update) => {
            try {
              Y.applyUpdate(doc, update);
            } catch {
              // An unreadable row must not keep the rest of the workspace from loading.
            }
          }),
        STORED_ORIGIN,
        false,
      );
    } finally {
      if (!destroyed) doc.on('update', onUpdate);
    }
  };

  /**
   * Loads what is stored; stores what the document held before (edits made while the database
   * was opening) only if there is any, so that a reload without edits writes nothing.
   */
  const load = () =>
    write(
      (store, guard, tx) => {
        const all = store.getAll();
        all.onsuccess = guard(() => {
          // On the page's timeline for bench/graphOpen.ts: reading ends, decoding starts.
          performance.mark('concord:stored-read');
          const own = doc.store.clients.size > 0 ? Y.encodeStateAsUpdate(doc) : null;
          applyStored(all.result as Uint8Array[]);
          loaded = true;
          skippedSinceSnapshot = false;
          storedUpdates = all.result.length + (own ? 1 : 0);
          if (own) store.add(own);
          tx.commit();
        });
      },
      () => {
        recovered();
        scheduleCompaction();
      },
    );

  /**
   * Merges everything stored (including what another tab wrote) into the document, then replaces
   * the stored updates with the document's whole state, in one atomic transaction.
   */
  const writeWholeState = (onCommitted: () => void) =>
    write(
      (store, guard, tx) => {
        const all = store.getAll();
        all.onsuccess = guard(() => {
          applyStored(all.result as Uint8Array[]);
          skippedSinceSnapshot = false;
          const added = store.add(Y.encodeStateAsUpdate(doc));
          added.onsuccess = guard(() => {
            store.delete(IDBKeyRange.upperBound(added.result, true));
            tx.commit();
          });
        });
      },
      () => {
        storedUpdates = 1;
        onCommitted();
      },
    );

  /** After a failure, a write of everything has committed: saving works again. */
  const recovered = () => {
    if (!failed) return;
    failed = false;
    setError(null);
    // An edit made while that write was in flight is not in its snapshot: write it too.
    if (skippedSinceSnapshot) writeWholeState(() => undefined);
  };

  const onLost = (which: IDBDatabase) => {
    if (which !== db) return;
    db = null;
    // i18n-exempt: never shown; the user reads app.persist.databaseClosed
    if (!destroyed) onFailure(new DOMException('The database was closed', 'InvalidStateError'));
  };

  /** Loads on the first connection; on a later one, writes the whole state. */
  const proceed = () => (loaded ? writeWholeState(recovered) : load());

  const connect = () =>
    openUpdatesDatabase(dbName, onLost).then((opened) => {
      if (destroyed) return opened.close();
      db = opened;
      proceed();
    }, onFailure);

  function retry() {
    retryTimer = null;
    if (destroyed) return;
    if (db) proceed();
    else void connect();
  }

  const scheduleCompaction = () => {
    if (storedUpdates < COMPACT_AFTER_UPDATES || compactTimer || destroyed) return;
    compactTimer = setTimeout(() => {
      compactTimer = null;
      if (!failed) writeWholeState(() => undefined);
    }, COMPACT_DELAY_MS);
  };

  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORED_ORIGIN) return;
    if (!loaded || failed) {
      skippedSinceSnapshot = true;
      return; // the load, or the pending retry, writes the whole state, this update included
    }
    write(
      (store, _guard, tx) => {
        store.add(update);
        // Committing now rather than when the task ends: the commit is requested even if the tab
        // closes right after the edit.
        tx.commit();
      },
      () => {
        storedUpdates += 1;
        scheduleCompaction();
      },
    );
  };
  doc.on('update', onUpdate);
  void connect();

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
      // Closing lets the transactions already issued finish.
      db?.close();
      db = null;
    },
  };
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
