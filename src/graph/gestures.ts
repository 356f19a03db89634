// Cytoscape gestures turned into the adapter's callbacks: a settled selection, one move per drag,
// and a drawn edge (edgehandles, with Shift held or the toolbar's link mode on).
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Position } from '../model';

export interface GestureCallbacks {
  onSelectionChange?(ids: string[]): void;
  onMove?(positions: Record<string, Position>): void;
  onConnect?(from: string, to: string): void;
  /** A double click (or double tap) on a node. */
  onNodeDoubleTap?(id: string): void;
}

export interface Gestures {
  setLinkMode(on: boolean): void;
  destroy(): void;
}

export function listenToGestures(cy: Core, callbacks: GestureCallbacks, drawn: boolean): Gestures {
  // Several selection events fire for one click: report the settled selection once.
  let selectionQueued = false;
  // i18n-exempt: Cytoscape event names
  cy.on('select unselect', () => {
    if (selectionQueued) return;
    selectionQueued = true;
    queueMicrotask(() => {
      selectionQueued = false;
      callbacks.onSelectionChange?.(cy.$(':selected').map((el) => el.id()));
    });
  });

  // Dragging several selected nodes fires dragfree once per node: gather them into one move.
  let moved: Record<string, Position> | null = null;
  cy.on('dragfree', 'node', (event) => {
    if (!moved) {
      moved = {};
      queueMicrotask(() => {
        const positions = moved!;
        moved = null;
        callbacks.onMove?.(positions);
      });
    }
    moved[event.target.id()] = { ...event.target.position() };
  });
  cy.on('dbltap', 'node', (event) => callbacks.onNodeDoubleTap?.(event.target.id()));

  const handles = drawn
    ? cy.edgehandles({
        snap: true,
        hoverDelay: 100,
        canConnect: (source, target) => source.id() !== target.id() && !target.isEdge(),
      })
    : null;
  // Holding Shift, or the toolbar's link mode, turns a drag from a node into a new relation
  // (edgehandles' draw mode); otherwise a drag moves the node.
  let linkMode = false;
  let shiftHeld = false;
  const updateDrawMode = () => {
    if (!handles) return;
    if (linkMode || shiftHeld) handles.enableDrawMode();
    else handles.disableDrawMode();
  };
  const onShift = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || shiftHeld === (event.type === 'keydown')) return;
    shiftHeld = event.type === 'keydown';
    updateDrawMode();
  };
  const onBlur = () => {
    shiftHeld = false;
    updateDrawMode();
  };
  if (handles) {
    window.addEventListener('keydown', onShift);
    window.addEventListener('keyup', onShift);
    window.addEventListener('blur', onBlur);
  }
  cy.on('ehcomplete', (_event, source, target, added) => {
    (added as EdgeSingular).remove();
    callbacks.onConnect?.((source as NodeSingular).id(), (target as NodeSingular).id());
  });

  return {
    setLinkMode(on) {
      linkMode = on;
      updateDrawMode();
    },
    destroy() {
      window.removeEventListener('keydown', onShift);
      window.removeEventListener('keyup', onShift);
      window.removeEventListener('blur', onBlur);
      handles?.destroy();
    },
  };
}
