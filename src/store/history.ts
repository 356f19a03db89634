// Undo and redo of this tab's own commands only (LOCAL_ORIGIN): a peer's edit is never undone here.
// captureTimeout 0 makes every command its own step, as a user expects from Ctrl+Z.
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
  return {
    undo: () => manager.undo(),
    redo: () => manager.redo(),
    canUndo,
    canRedo,
    destroy: () => manager.destroy(),
  };
}
