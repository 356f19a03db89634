// Keyboard shortcuts for the workspace, and the list the shortcut sheet (`?`) shows. Inside a
// text field the browser's own undo and delete win.
export interface ShortcutActions {
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  escape(): void;
  search(): void;
  showShortcuts(): void;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function handleShortcut(event: KeyboardEvent, actions: ShortcutActions): void {
  // A dialog or the review screen owns the keyboard: Delete there must not delete graph nodes.
  if (isEditable(event.target) || document.querySelector('[aria-modal="true"]')) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if ((mod && key === 'k') || (!mod && event.key === '/')) actions.search();
  else if (mod && key === 'z') actions[event.shiftKey ? 'redo' : 'undo']();
  else if (mod && key === 'y') actions.redo();
  else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) actions.deleteSelection();
  else if (event.key === 'Escape') actions.escape();
  // "?" is Shift+/ on most layouts: the key, not the code, says what the user typed.
  else if (!mod && event.key === '?') actions.showShortcuts();
  else return;
  event.preventDefault();
}

/** One shortcut: each entry of `keys` is one way to press it, a list of keys held together. */
export interface Shortcut {
  keys: string[][];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/**
 * Every shortcut Concord has, where it works. Kept beside the handler above so that a new key
 * is listed where it is added; the handlers of the search box, the entity list, the metrics
 * table and the dialogs are in their components.
 */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Anywhere outside a text field',
    shortcuts: [
      { keys: [['Ctrl', 'K'], ['/']], does: 'Search names and aliases' },
      { keys: [['Ctrl', 'Z']], does: 'Undo' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        does: 'Redo',
      },
      { keys: [['Delete'], ['Backspace']], does: 'Delete the selection and its relations' },
      { keys: [['Esc']], does: 'Clear the selection; stop adding an entity' },
      { keys: [['?']], does: 'Show these shortcuts' },
    ],
  },
  {
    title: 'Moving around',
    shortcuts: [
      { keys: [['Tab'], ['Shift', 'Tab']], does: 'Next or previous control' },
      { keys: [['Enter'], ['Space']], does: 'Press the button or menu item in focus' },
      { keys: [['Esc']], does: 'Close a dialog or a menu' },
    ],
  },
  {
    title: 'Search box',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'Choose a result' },
      { keys: [['Enter']], does: 'Select it on the graph and open its details' },
      { keys: [['Esc']], does: 'Clear the search' },
    ],
  },
  {
    title: 'Entity list',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'Previous or next entity' },
      { keys: [['Home'], ['End']], does: 'First or last entity' },
      { keys: [['Enter'], ['Space']], does: 'Select it on the graph and open its details' },
      {
        keys: [
          ['Ctrl', 'Enter'],
          ['Ctrl', 'Space'],
        ],
        does: 'Add it to the selection, or take it out',
      },
    ],
  },
  {
    title: 'Metrics table',
    shortcuts: [{ keys: [['Enter'], ['Space']], does: 'Select the entity of the row in focus' }],
  },
  {
    title: 'Graph, once it has the focus',
    shortcuts: [
      {
        keys: [['←'], ['→'], ['↑'], ['↓']],
        does: 'Move the selected nodes; nothing selected: pan',
      },
      { keys: [['Shift', '↑']], does: 'The same, five times further' },
      { keys: [['+'], ['-']], does: 'Zoom in or out' },
    ],
  },
  {
    title: 'Graph, with the mouse',
    shortcuts: [
      { keys: [['Shift', 'drag']], does: 'Drag from one node to another to link them' },
      { keys: [['Ctrl', 'click']], does: 'Add a node to the selection' },
      { keys: [['Ctrl', 'drag']], does: 'Select the nodes in a box drawn on the background' },
      { keys: [['Double-click']], does: 'Expand a node: show its neighbours' },
    ],
  },
];
