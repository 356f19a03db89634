// The watched IndexedDB writer against fake-indexeddb: what is saved is what loads, the status
// tells the truth, and a failed write is retried with everything kept in memory.
import { forceCloseDatabase } from 'fake-indexeddb';
import { createComputed, createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { translate, type Message } from '../../../src/i18n';
import {
  createIndexedDbPersistence,
  deleteDatabase,
  describeStorageError,
  type Persistence,
  type SaveStatus,
} from '../../../src/persist/indexedDbPersistence';
import {
  addEntity,
  deleteElements,
  getRoots,
  initSchema,
  linkEntities,
  readEntity,
  updateEntity,
  type CommandResult,
} from '../../../src/store';

/** The save error as an English reader sees it. */
const errorText = (persistence: Persistence) => {
  const error: Message | null = persistence.error();
  return error && translate('en', error);
};

let open: { persistence: Persistence; doc: Y.Doc }[] = [];
const restores: (() => void)[] = [];

afterEach(async () => {
  vi.useRealTimers();
  restores.splice(0).forEach((restore) => restore());
  await Promise.all(open.map(({ persistence }) => persistence.destroy()));
  open = [];
});

let counter = 0;
const uniqueName = () => `concord-test-${Date.now()}-${(counter += 1)}`;

function persist(doc: Y.Doc, name: string): Persistence {
  const persistence = createIndexedDbPersistence(doc, name);
  open.push({ persistence, doc });
  return persistence;
}

/** A fresh document loaded from the database `name`, as after a reload. */
async function reload(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = persist(doc, name);
  await persistence.whenLoaded;
  await persistence.destroy();
  open = open.filter((entry) => entry.persistence !== persistence);
  return doc;
}

function must<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** The document as JSON; a loaded document only names the roots that something asked for. */
function json(doc: Y.Doc): unknown {
  getRoots(doc);
  return doc.toJSON();
}

/** Opens the database directly (not through the code under test) and reads its stored updates. */
function storedUpdates(name: string): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction(['updates'], 'readonly').objectStore('updates').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as Uint8Array[]);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

async function docFromStore(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  (await storedUpdates(name)).forEach((update) => Y.applyUpdate(doc, update));
  return doc;
}

/** Appends one update to the database's updates store, as another writer would. */
function pushUpdate(name: string, update: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onabort = () => reject(tx.error);
    };
  });
}

/** Runs a versionchange on the database from another connection: deleting it, or upgrading it. */
function changeVersion(name: string, how: 'delete' | 'upgrade'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (how === 'delete') {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      return;
    }
    const probe = indexedDB.open(name);
    probe.onsuccess = () => {
      const version = probe.result.version;
      probe.result.close();
      const request = indexedDB.open(name, version + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Makes every IDBObjectStore.add throw as a full disk would, until the returned function runs. */
function fillTheDisk(): () => void {
  const original = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function add() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const restore = () => {
    IDBObjectStore.prototype.add = original;
  };
  restores.push(restore);
  return restore;
}

/** Every value the status takes, in order. */
function recordStatus(persistence: Persistence): SaveStatus[] {
  const seen: SaveStatus[] = [];
  createRoot(() => createComputed(() => seen.push(persistence.status())));
  return seen;
}

describe('createIndexedDbPersistence', () => {
  it('saves edits that a new document on the same database loads', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    initSchema(doc);
    const person = must(
      addEntity(doc, 'person', { name: 'Nguyễn Văn A' }, { position: { x: 1, y: 2 } }),
    );
    const org = must(addEntity(doc, 'org', { name: 'Tỉnh ủy' }));
    const rel = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }),
    );
    must(updateEntity(doc, person, { rank: 'Đại tá' }));
    const gone = must(addEntity(doc, 'theme', { name: 'Gone' }));
    must(deleteElements(doc, [gone]));
    await persistence.flush();

    const loaded = await reload(name);
    expect(json(loaded)).toEqual(json(doc));
    expect(readEntity(loaded, person)).toMatchObject({ rank: 'Đại tá' });
    expect(getRoots(loaded).relations.has(rel)).toBe(true);
    expect(getRoots(loaded).entities.has(gone)).toBe(false);
  });

  it('goes from loading to saved, shows saving while writes are pending, and back', async () => {
    const doc = new Y.Doc();
    const persistence = persist(doc, uniqueName());
    const seen = recordStatus(persistence);
    expect(persistence.status()).toBe('loading');
    await persistence.whenLoaded;
    expect(persistence.status()).toBe('saved');
    must(addEntity(doc, 'person', { name: 'A' }));
    must(addEntity(doc, 'person', { name: 'B' }));
    expect(persistence.status()).toBe('saving');
    await persistence.flush();
    expect(persistence.status()).toBe('saved');
    expect(persistence.error()).toBeNull();
    expect(seen).toEqual(['loading', 'saved', 'saving', 'saved']);
  });

  it('resolves flush only once the writes are committed', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const id = must(addEntity(doc, 'agreement', { name: 'Chương trình', items: 5 }));
    await persistence.flush();
    // Read back through a second connection while the first is still open.
    expect(readEntity(await docFromStore(name), id)).toMatchObject({
      name: 'Chương trình',
      items: 5,
    });
    await expect(persistence.flush()).resolves.toBeUndefined();
  });

  it('keeps edits made before the database finished loading', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    const early = must(addEntity(doc, 'org', { name: 'Early' }));
    await persistence.whenLoaded;
    const late = must(addEntity(doc, 'org', { name: 'Late' }));
    await persistence.flush();
    const loaded = await reload(name);
    expect(readEntity(loaded, early)?.name).toBe('Early');
    expect(readEntity(loaded, late)?.name).toBe('Late');
  });

  it('merges what is stored with what the document already holds', async () => {
    const name = uniqueName();
    const first = new Y.Doc();
    const saving = persist(first, name);
    await saving.whenLoaded;
    const stored = must(addEntity(first, 'person', { name: 'Stored' }));
    await saving.flush();

    const second = new Y.Doc();
    const local = must(addEntity(second, 'person', { name: 'Local' }));
    const loading = persist(second, name);
    await loading.whenLoaded;
    await loading.flush();
    expect(readEntity(second, stored)?.name).toBe('Stored');
    const loaded = await reload(name);
    expect(readEntity(loaded, stored)?.name).toBe('Stored');
    expect(readEntity(loaded, local)?.name).toBe('Local');
  });

  it('loads the rest of the workspace when one stored row is unreadable', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const first = must(addEntity(doc, 'person', { name: 'Before the bad row' }));
    await persistence.flush();
    await pushUpdate(name, new Uint8Array([255, 255, 255, 255, 255, 1, 2, 3]));
    const second = new Y.Doc();
    const reopened = persist(second, name);
    await reopened.whenLoaded;
    expect(readEntity(second, first)?.name).toBe('Before the bad row');
    const later = must(addEntity(second, 'person', { name: 'After' }));
    await reopened.flush();
    expect(reopened.status()).toBe('saved');
    expect(readEntity(await reload(name), later)?.name).toBe('After');
  });

  it('stops saving once destroyed', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const kept = must(addEntity(doc, 'person', { name: 'Kept' }));
    await persistence.flush();
    await persistence.destroy();
    const after = must(addEntity(doc, 'person', { name: 'After destroy' }));
    const loaded = await reload(name);
    expect(getRoots(loaded).entities.has(kept)).toBe(true);
    expect(getRoots(loaded).entities.has(after)).toBe(false);
  });
});

describe('createIndexedDbPersistence, when a write fails', () => {
  it('shows that storage is full, keeps edits in memory and saves them all once space returns', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const before = must(addEntity(doc, 'person', { name: 'Saved before' }));
    await persistence.flush();

    const freeSpace = fillTheDisk();
    const during = must(addEntity(doc, 'person', { name: 'Made while full' }));
    await persistence.flush();
    expect(persistence.status()).toBe('error');
    expect(errorText(persistence)).toMatch(/storage is full/i);
    expect(errorText(persistence)).toMatch(/kept in this tab/);
    const alsoDuring = must(addEntity(doc, 'org', { name: 'Also made while full' }));
    must(updateEntity(doc, before, { rank: 'Edited while full' }));
    await persistence.flush();
    expect(persistence.status()).toBe('error');

    freeSpace();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(persistence.status()).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    await persistence.flush();
    expect(persistence.status()).toBe('saved');
    expect(persistence.error()).toBeNull();

    // A later edit is saved the ordinary way again.
    const after = must(addEntity(doc, 'theme', { name: 'After' }));
    await persistence.flush();
    const stored = await docFromStore(name);
    expect(readEntity(stored, before)).toMatchObject({ rank: 'Edited while full' });
    for (const id of [during, alsoDuring, after])
      expect(getRoots(stored).entities.has(id)).toBe(true);
    expect(json(stored)).toEqual(json(doc));
  });

  it('saves an edit made while the retry itself is being written', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const freeSpace = fillTheDisk();
    const during = must(addEntity(doc, 'person', { name: 'Made while full' }));
    await persistence.flush();
    freeSpace();

    // The retry has taken its snapshot of the document; the person types before it commits.
    const original = IDBObjectStore.prototype.add;
    let late = '';
    IDBObjectStore.prototype.add = function add(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const request = original.apply(this, args);
      if (late === '') late = must(addEntity(doc, 'person', { name: 'Typed during the retry' }));
      return request;
    };
    restores.push(() => {
      IDBObjectStore.prototype.add = original;
    });
    await vi.advanceTimersByTimeAsync(3_000);
    await persistence.flush();
    IDBObjectStore.prototype.add = original;

    expect(late).not.toBe('');
    expect(persistence.status()).toBe('saved');
    const stored = await docFromStore(name);
    expect(getRoots(stored).entities.has(during)).toBe(true);
    expect(getRoots(stored).entities.has(late)).toBe(true);
  });

  it('keeps retrying while the disk stays full', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const freeSpace = fillTheDisk();
    const id = must(addEntity(doc, 'person', { name: 'Waiting' }));
    await persistence.flush();
    expect(persistence.status()).toBe('error');

    await vi.advanceTimersByTimeAsync(3_000);
    await persistence.flush();
    expect(persistence.status()).toBe('error');
    expect(persistence.error()).not.toBeNull();

    freeSpace();
    await vi.advanceTimersByTimeAsync(3_000);
    await persistence.flush();
    expect(persistence.status()).toBe('saved');
    expect(getRoots(await docFromStore(name)).entities.has(id)).toBe(true);
  });

  it('reopens a database the browser closed and saves what was edited meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const connections: IDBDatabase[] = [];
    const originalOpen = indexedDB.open.bind(indexedDB);
    const spy = vi
      .spyOn(indexedDB, 'open')
      .mockImplementation((...args: Parameters<IDBFactory['open']>) => {
        const request = originalOpen(...args);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      });
    restores.push(() => spy.mockRestore());
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    expect(connections).toHaveLength(1);

    // fake-indexeddb types its parameter as the class rather than an instance.
    forceCloseDatabase(connections[0] as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(() => expect(persistence.status()).toBe('error'), { interval: 1 });
    expect(errorText(persistence)).toMatch(/closed this workspace’s database/);
    const id = must(addEntity(doc, 'person', { name: 'Made while closed' }));

    await vi.advanceTimersByTimeAsync(3_000);
    await vi.waitFor(() => expect(connections).toHaveLength(2), { interval: 1 });
    await persistence.flush();
    expect(persistence.status()).toBe('saved');
    spy.mockRestore();
    expect(getRoots(await docFromStore(name)).entities.has(id)).toBe(true);
  });

  it.each(['delete', 'upgrade'] as const)(
    'steps aside when another page wants to %s the database, then reopens it and loses nothing',
    async (how) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const name = uniqueName();
      const doc = new Y.Doc();
      const persistence = persist(doc, name);
      await persistence.whenLoaded;
      const before = must(addEntity(doc, 'person', { name: 'Saved before' }));
      await persistence.flush();

      // Would hang if the open connection did not close on versionchange.
      await changeVersion(name, how);
      expect(persistence.status()).toBe('error');
      expect(errorText(persistence)).toMatch(/closed this workspace’s database/);
      const during = must(addEntity(doc, 'person', { name: 'Made while closed' }));
      await persistence.flush();
      expect(persistence.status()).toBe('error');

      await vi.advanceTimersByTimeAsync(3_000);
      await vi.waitFor(() => expect(persistence.status()).toBe('saved'), { interval: 1 });
      expect(persistence.error()).toBeNull();
      const after = must(addEntity(doc, 'person', { name: 'Made after' }));
      await persistence.flush();
      const stored = await docFromStore(name);
      for (const id of [before, during, after])
        expect(getRoots(stored).entities.has(id)).toBe(true);
      expect(json(stored)).toEqual(json(doc));
    },
  );

  it('adds the updates store to a database that lacks it', async () => {
    const name = uniqueName();
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const id = must(addEntity(doc, 'person', { name: 'Stored' }));
    await persistence.flush();
    expect(persistence.status()).toBe('saved');
    expect(readEntity(await docFromStore(name), id)?.name).toBe('Stored');
  });
});

describe('createIndexedDbPersistence, across reloads', () => {
  /** Rows and bytes in the updates store. */
  async function storedSize(name: string): Promise<{ rows: number; bytes: number }> {
    const updates = await storedUpdates(name);
    return { rows: updates.length, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0) };
  }

  it('writes nothing when a workspace is loaded without edits, ten times over', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    initSchema(doc);
    for (let i = 0; i < 5; i += 1) must(addEntity(doc, 'person', { name: `Person ${i}` }));
    await persistence.flush();
    const before = await storedSize(name);
    expect(before.rows).toBe(6);

    const sizes = [];
    for (let i = 0; i < 10; i += 1) {
      const loaded = await reload(name);
      initSchema(loaded); // as the app does on every open: a no-op on a stored workspace
      sizes.push(await storedSize(name));
    }
    expect(sizes).toEqual(sizes.map(() => before));
  });

  it('merges the stored updates into one on load once there are 500 of them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const ids: string[] = [];
    for (let i = 0; i < 499; i += 1)
      ids.push(must(addEntity(doc, 'person', { name: `Person ${i}` })));
    await persistence.flush();
    await persistence.destroy(); // before the compaction's delay
    // A second writer on the same database (another tab) pushes it past the limit.
    await pushUpdate(name, Y.encodeStateAsUpdate(new Y.Doc()));
    expect(await storedUpdates(name)).toHaveLength(500);

    const next = new Y.Doc();
    const reopened = persist(next, name);
    await reopened.whenLoaded;
    expect(await storedUpdates(name)).toHaveLength(500);
    await vi.advanceTimersByTimeAsync(1_000);
    await reopened.flush();
    expect(await storedUpdates(name)).toHaveLength(1);
    expect(readEntity(await docFromStore(name), ids[498])?.name).toBe('Person 498');
  });
});

describe('createIndexedDbPersistence, compaction', () => {
  it('merges stored updates into one after 500, including another tab’s, and loses nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const name = uniqueName();
    const otherTab = new Y.Doc();
    const other = persist(otherTab, name);
    await other.whenLoaded;
    const fromOtherTab = must(addEntity(otherTab, 'org', { name: 'From the other tab' }));
    await other.flush();

    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    const ids: string[] = [];
    for (let i = 0; i < 260; i += 1)
      ids.push(must(addEntity(doc, 'person', { name: `Person ${i}` })));
    for (let i = 0; i < 260; i += 1) must(updateEntity(doc, ids[i], { notes: `note ${i}` }));
    await persistence.flush();
    // Written after the first tab had loaded: only the compaction step merges it into this doc.
    const lateFromOtherTab = must(
      addEntity(otherTab, 'theme', { name: 'Late from the other tab' }),
    );
    await other.flush();
    expect((await storedUpdates(name)).length).toBeGreaterThan(500);

    await vi.advanceTimersByTimeAsync(1_000);
    await persistence.flush();
    expect(await storedUpdates(name)).toHaveLength(1);
    expect(getRoots(doc).entities.has(lateFromOtherTab)).toBe(true);

    const loaded = await reload(name);
    expect(json(loaded)).toEqual(json(doc));
    expect(getRoots(loaded).entities.size).toBe(262);
    expect(readEntity(loaded, ids[259])).toMatchObject({ name: 'Person 259', notes: 'note 259' });
    expect(getRoots(loaded).entities.has(fromOtherTab)).toBe(true);
  });
});

describe('createIndexedDbPersistence, y-indexeddb’s layout', () => {
  // Concord keeps y-indexeddb's on-disk layout: databases written before, and tools that read it,
  // keep working. Both directions are checked against the library itself.
  it('loads what y-indexeddb stored, and y-indexeddb loads what Concord stored', async () => {
    const name = uniqueName();
    const written = new Y.Doc();
    const library = new IndexeddbPersistence(name, written);
    await library.whenSynced;
    initSchema(written);
    const id = must(addEntity(written, 'org', { name: 'Bộ đội Biên phòng' }));
    // y-indexeddb writes without telling when: wait until its row is there.
    await vi.waitFor(async () => expect((await storedUpdates(name)).length).toBeGreaterThan(1));
    await library.destroy();

    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    expect(readEntity(doc, id)?.name).toBe('Bộ đội Biên phòng');
    must(updateEntity(doc, id, { aliases: ['BĐBP'] }));
    await persistence.flush();

    const again = new Y.Doc();
    const reader = new IndexeddbPersistence(name, again);
    await reader.whenSynced;
    expect(readEntity(again, id)?.aliases).toEqual(['BĐBP']);
    await reader.destroy();
  });
});

describe('deleteDatabase', () => {
  it('removes everything a workspace stored', async () => {
    const name = uniqueName();
    const doc = new Y.Doc();
    const persistence = persist(doc, name);
    await persistence.whenLoaded;
    must(addEntity(doc, 'person', { name: 'A' }));
    await persistence.flush();
    await persistence.destroy();
    expect((await indexedDB.databases()).map((info) => info.name)).toContain(name);
    await deleteDatabase(name);
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
    const loaded = await reload(name);
    expect(getRoots(loaded).entities.size).toBe(0);
  });
});

describe('describeStorageError', () => {
  const english = (error: unknown) => translate('en', describeStorageError(error));
  it('explains a full disk, a closed database and anything else in a sentence', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError')).key).toBe(
      'app.persist.storageFull',
    );
    expect(english(new DOMException('x', 'QuotaExceededError'))).toMatch(
      /^Browser storage is full/,
    );
    expect(english(new DOMException('x', 'InvalidStateError'))).toMatch(
      /closed this workspace’s database/,
    );
    expect(english(new Error('disk on fire'))).toBe(
      'Saving failed (disk on fire): your latest changes are kept in this tab but not saved yet. Concord keeps retrying.',
    );
    expect(english('???')).toMatch(/^Saving failed: /);
    expect(
      translate('vi', describeStorageError(new DOMException('x', 'QuotaExceededError'))),
    ).toMatch(/^Bộ nhớ của trình duyệt đã đầy/);
  });
});
