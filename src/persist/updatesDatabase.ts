// Opens a workspace's database in y-indexeddb's layout (an auto-numbered `updates` store of Yjs
// updates, and a `custom` store), so databases written by earlier versions load unchanged, and
// reports a connection that is lost: the browser closing it, or another page deleting or upgrading
// the database, for which we step aside at once rather than block that page.

export const UPDATES_STORE = 'updates';
const CUSTOM_STORE = 'custom';

/**
 * Resolves with an open connection whose `updates` store exists (creating the database, or the
 * store if someone else made the database without it). `onLost` runs once the connection is gone.
 */
export function openUpdatesDatabase(
  name: string,
  onLost: (db: IDBDatabase) => void,
  version?: number,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(UPDATES_STORE))
        db.createObjectStore(UPDATES_STORE, { autoIncrement: true });
      if (!db.objectStoreNames.contains(CUSTOM_STORE)) db.createObjectStore(CUSTOM_STORE);
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(UPDATES_STORE)) {
        db.close();
        resolve(openUpdatesDatabase(name, onLost, db.version + 1));
        return;
      }
      db.onversionchange = () => {
        db.close();
        onLost(db);
      };
      db.onclose = () => onLost(db);
      resolve(db);
    };
  });
}

export function deleteDatabase(dbName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}
