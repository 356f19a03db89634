// Keyboard shortcuts for the workspace. Inside a text field the browser's own undo and delete win.
export interface ShortcutActions {
  undo(): void;
  redo(): void;
  deleteSelection(): void;
  escape(): void;
  search(): void;
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
  else return;
  event.preventDefault();
}
