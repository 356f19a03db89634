// Keyboard shortcuts for the workspace, and the list the shortcut sheet (`?`) shows. Inside a
// text field the browser's own undo and delete win.
import { message, type Message } from '../i18n';

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

/** A key as its cap reads ("Ctrl", "K"), or a mouse gesture, which has words in each language. */
export type ShortcutKey = string | Message;

/**
 * One shortcut: each entry of `keys` is one way to press it, a list of keys held together; `does`
 * is what it does.
 */
export interface Shortcut {
  keys: ShortcutKey[][];
  does: Message;
}

export interface ShortcutGroup {
  title: Message;
  shortcuts: Shortcut[];
}

const DRAG = message('app.shortcuts.key.drag');
const CLICK = message('app.shortcuts.key.click');
const DOUBLE_CLICK = message('app.shortcuts.key.doubleClick');

/**
 * Every shortcut Concord has, where it works. Kept beside the handler above so that a new key
 * is listed where it is added; the handlers of the search box, the entity list, the metrics
 * table and the dialogs are in their components.
 */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: message('app.shortcuts.anywhere'),
    shortcuts: [
      { keys: [['Ctrl', 'K'], ['/']], does: message('app.shortcuts.search') },
      { keys: [['Ctrl', 'Z']], does: message('app.shortcuts.undo') },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        does: message('app.shortcuts.redo'),
      },
      { keys: [['Delete'], ['Backspace']], does: message('app.shortcuts.delete') },
      { keys: [['Esc']], does: message('app.shortcuts.escape') },
      { keys: [['?']], does: message('app.shortcuts.show') },
    ],
  },
  {
    title: message('app.shortcuts.moving'),
    shortcuts: [
      { keys: [['Tab'], ['Shift', 'Tab']], does: message('app.shortcuts.nextControl') },
      { keys: [['Enter'], ['Space']], does: message('app.shortcuts.press') },
      { keys: [['Esc']], does: message('app.shortcuts.closeDialog') },
    ],
  },
  {
    title: message('app.shortcuts.searchBox'),
    shortcuts: [
      { keys: [['↑'], ['↓']], does: message('app.shortcuts.chooseResult') },
      { keys: [['Enter']], does: message('app.shortcuts.openDetails') },
      { keys: [['Esc']], does: message('app.shortcuts.clearSearch') },
    ],
  },
  {
    title: message('app.shortcuts.entityList'),
    shortcuts: [
      { keys: [['↑'], ['↓']], does: message('app.shortcuts.previousNext') },
      { keys: [['Home'], ['End']], does: message('app.shortcuts.firstLast') },
      { keys: [['Enter'], ['Space']], does: message('app.shortcuts.openDetails') },
      {
        keys: [
          ['Ctrl', 'Enter'],
          ['Ctrl', 'Space'],
        ],
        does: message('app.shortcuts.toggle'),
      },
    ],
  },
  {
    title: message('app.shortcuts.metricsTable'),
    shortcuts: [{ keys: [['Enter'], ['Space']], does: message('app.shortcuts.selectRow') }],
  },
  {
    title: message('app.shortcuts.graphKeys'),
    shortcuts: [
      {
        keys: [['←'], ['→'], ['↑'], ['↓']],
        does: message('app.shortcuts.move'),
      },
      { keys: [['Shift', '↑']], does: message('app.shortcuts.moveFurther') },
      { keys: [['+'], ['-']], does: message('app.shortcuts.zoom') },
    ],
  },
  {
    title: message('app.shortcuts.graphMouse'),
    shortcuts: [
      { keys: [['Shift', DRAG]], does: message('app.shortcuts.dragLink') },
      { keys: [['Ctrl', CLICK]], does: message('app.shortcuts.addToSelection') },
      { keys: [['Ctrl', DRAG]], does: message('app.shortcuts.boxSelect') },
      { keys: [[DOUBLE_CLICK]], does: message('app.shortcuts.expand') },
    ],
  },
];
