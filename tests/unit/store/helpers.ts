// Builders shared by the store tests: a fresh workspace, unwrapping command results, and the
// Yjs-style peer helpers (exchange everything each side lacks, as a sync provider would).
import * as Y from 'yjs';
import { translate } from '../../../src/i18n';
import { getRoots, initSchema, type CommandResult } from '../../../src/store';

/** Origin of updates applied from another peer, as a sync provider would tag them. */
export const REMOTE = Symbol('test.remote');

export function createWorkspace(): Y.Doc {
  const doc = new Y.Doc();
  initSchema(doc);
  return doc;
}

export function must<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new Error(`command failed: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The errors of a refused command, as an English reader sees them. */
export function errorsOf<T>(result: CommandResult<T>): Record<string, string> {
  if (result.ok)
    throw new Error(`command unexpectedly succeeded with ${JSON.stringify(result.value)}`);
  return Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [
      field,
      typeof error === 'string' ? error : translate('en', error),
    ]),
  );
}

/** How many transactions `fn` ran on `doc`, and how many of them changed anything. */
export function countTransactions(doc: Y.Doc, fn: () => void): { all: number; updates: number } {
  let all = 0;
  let updates = 0;
  const onTransaction = () => (all += 1);
  const onUpdate = () => (updates += 1);
  doc.on('afterTransaction', onTransaction);
  doc.on('update', onUpdate);
  try {
    fn();
  } finally {
    doc.off('afterTransaction', onTransaction);
    doc.off('update', onUpdate);
  }
  return { all, updates };
}

/** Sends `from` everything `to` lacks, tagged as a remote update. */
export function sendUpdates(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), REMOTE);
}

/** Exchanges updates between every pair of peers until they hold the same state. */
export function syncPeers(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) sendUpdates(from, to);
}

/** Peers that start from one shared workspace, as after the first sync. */
export function createPeers(count: number): Y.Doc[] {
  const first = createWorkspace();
  const docs = [first];
  for (let i = 1; i < count; i += 1) {
    const doc = new Y.Doc();
    sendUpdates(first, doc);
    docs.push(doc);
  }
  return docs;
}

export function entityField(doc: Y.Doc, id: string, field: string): unknown {
  return getRoots(doc).entities.get(id)?.get(field);
}
