// The persist layer: keeping Y.Docs in the browser's IndexedDB.
export * from './indexedDbPersistence';
