// Unit tests run in jsdom; fake-indexeddb stands in for the browser's IndexedDB.
import 'fake-indexeddb/auto';
