// Undo and redo of this tab's own commands only (LOCAL_ORIGIN): a peer's edit is never undone here.
// captureTimeout 0 makes every command its own step, as a user expects from Ctrl+Z.
//
// Y.UndoManager cannot bring back a map value that a concurrent change conflicts with: it leaves
// the key with no value at all (yjs/yjs#514, #472; found by the convergence fuzz). An entity left
// without a name would be unreadable on every peer and vanish for good, so an undo or redo writes
// back the last name this tab saw for any entity it left nameless. The repair is written in the
// undo's own transaction: as a separate update, a peer that had the undo but not yet the repair
// (a partition, a lost message) showed the entity as unreadable meanwhile.
import { createSignal, type Accessor } from 'solid-js';
import * as Y from 'yjs';
import { getRoots, LOCAL_ORIGIN } from './schema';

export interface History {
  undo(): void;
  redo(): void;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  destroy(): void;
}

const isName = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** The entities a transaction added, removed or edited a field of. */
function changedEntityIds(transaction: Y.Transaction, entities: Y.Map<Y.Map<unknown>>): string[] {
  const ids: string[] = [];
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) === entities)
      ids.push(...[...keys].filter((key): key is string => key !== null));
    else if (type._item?.parent === entities && typeof type._item.parentSub === 'string')
      ids.push(type._item.parentSub);
  }
  return ids;
}

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

  // The last readable name of every entity this tab has seen.
  const nameOf = (id: string): unknown =>
    (entities.get(id) as Y.Map<unknown> | undefined)?.get?.('name');
  const lastNames = new Map<string, string>();
  entities.forEach((_, id) => {
    const name = nameOf(id);
    if (isName(name)) lastNames.set(id, name);
  });
  const onTransaction = (transaction: Y.Transaction) => {
    for (const id of changedEntityIds(transaction, entities)) {
      const name = nameOf(id);
      if (isName(name)) lastNames.set(id, name);
    }
  };
  doc.on('afterTransaction', onTransaction);

  const repairNames = (transaction: Y.Transaction) => {
    for (const id of changedEntityIds(transaction, entities)) {
      const map = entities.get(id);
      const name = lastNames.get(id);
      if (map instanceof Y.Map && !isName(map.get('name')) && name !== undefined)
        map.set('name', name);
    }
  };

  const step = (direction: 'undo' | 'redo') => {
    // Yjs's undo joins this transaction (a nested transact does), so the undo and the repair
    // leave as one update. The manager files the step on its redo (or undo) stack when the
    // transaction ends, reading its undoing/redoing flags; undo() lowers them as it returns, so
    // they are raised again until then.
    try {
      doc.transact((transaction) => {
        if (direction === 'undo') manager.undo();
        else manager.redo();
        repairNames(transaction);
        manager.undoing = direction === 'undo';
        manager.redoing = direction === 'redo';
      }, manager);
    } finally {
      manager.undoing = false;
      manager.redoing = false;
    }
  };

  return {
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo,
    canRedo,
    destroy() {
      doc.off('afterTransaction', onTransaction);
      manager.destroy();
    },
  };
}
