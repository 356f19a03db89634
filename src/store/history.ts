// Undo and redo of this tab's own commands only (LOCAL_ORIGIN): a peer's edit is never undone here.
// captureTimeout 0 makes every command its own step, as a user expects from Ctrl+Z.
//
// Y.UndoManager cannot bring back a map value that a concurrent change conflicts with: it leaves
// the key with no value at all (yjs/yjs#514, #472; found by the convergence fuzz). An entity left
// without a name would be unreadable on every peer and vanish for good, so after each undo or
// redo this tab writes back the last name it saw for any entity left nameless. The repair is a
// normal write, so every peer converges on it.
import { createSignal, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { getRoots, LOCAL_ORIGIN, SYSTEM_ORIGIN } from './schema';

export interface History {
  undo(): void;
  redo(): void;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  destroy(): void;
}

const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

export function createHistory(doc: Y.Doc): History {
  const { entities, relations, layout } = getRoots(doc);
  const manager = new Y.UndoManager([entities, relations, layout], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 0,
  });
  const [canUndo, setCanUndo] = createSignal(false);
  const [canRedo, setCanRedo] = createSignal(false);
  const refresh = () => {
    setCanUndo(manager.undoStack.length > 0);
    setCanRedo(manager.redoStack.length > 0);
  };
  manager.on('stack-item-added', refresh);
  manager.on('stack-item-popped', refresh);
  manager.on('stack-cleared', refresh);

  // The last readable name of every entity this tab has seen, and the entities an undo touched.
  const lastNames = new Map<string, string>();
  entities.forEach((map, id) => {
    const name = map instanceof Y.Map ? map.get('name') : undefined;
    if (isName(name)) lastNames.set(id, name);
  });
  let touchedByUndo: Set<string> | null = null;
  const onTransaction = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const ids =
        (type as unknown) === entities
          ? [...keys].filter((key): key is string => key !== null)
          : type._item?.parent === entities && typeof type._item.parentSub === 'string'
            ? [type._item.parentSub]
            : [];
      for (const id of ids) {
        const name = (entities.get(id) as Y.Map<unknown> | undefined)?.get?.('name');
        if (isName(name)) lastNames.set(id, name);
        else if (transaction.origin === manager) touchedByUndo?.add(id);
      }
    }
  };
  doc.on('afterTransaction', onTransaction);

  const step = (run: () => void) => {
    touchedByUndo = new Set();
    run();
    const nameless = [...touchedByUndo].filter((id) => {
      const map = entities.get(id);
      return map instanceof Y.Map && !isName(map.get('name')) && lastNames.has(id);
    });
    touchedByUndo = null;
    if (nameless.length === 0) return;
    doc.transact(() => {
      for (const id of nameless)
        (entities.get(id) as Y.Map<unknown>).set('name', lastNames.get(id));
    }, SYSTEM_ORIGIN);
  };

  return {
    undo: () => step(() => manager.undo()),
    redo: () => step(() => manager.redo()),
    canUndo,
    canRedo,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      manager.destroy();
    },
  };
}
