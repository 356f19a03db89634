// A button that opens a small menu; closes on outside click, Escape, choosing an item or the
// focus leaving it. From the keyboard the menu opens on its first item and the arrows, Home and
// End move through the items (the WAI-ARIA menu button pattern).
import { createSignal, onCleanup, Show, type JSX } from 'solid-js';

const ITEM = '[role^="menuitem"]:not(:disabled)';

export function Menu(props: {
  label: JSX.Element;
  testId: string;
  title?: string;
  children: (close: () => void) => JSX.Element;
}) {
  const [open, setOpen] = createSignal(false);
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;
  const onDocumentClick = (event: MouseEvent) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  };
  document.addEventListener('mousedown', onDocumentClick);
  onCleanup(() => document.removeEventListener('mousedown', onDocumentClick));

  const items = () => [...root.querySelectorAll<HTMLElement>(ITEM)];
  const focusItem = (pick: (all: HTMLElement[], at: number) => number) => {
    const all = items();
    const next = all[pick(all, all.indexOf(document.activeElement as HTMLElement))];
    next?.focus();
  };
  const openOnFirstItem = () => {
    setOpen(true);
    queueMicrotask(() => focusItem(() => 0));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const onButton = event.target === button;
    if (event.key === 'Escape' && open()) {
      // The menu takes this Escape: it must not also clear the selection behind it.
      event.stopPropagation();
      setOpen(false);
      button.focus();
    } else if (event.key === 'ArrowDown' && onButton) openOnFirstItem();
    else if (!open() || onButton) return;
    else if (event.key === 'ArrowDown') focusItem((all, at) => (at + 1) % all.length);
    else if (event.key === 'ArrowUp') focusItem((all, at) => (at - 1 + all.length) % all.length);
    else if (event.key === 'Home') focusItem(() => 0);
    else if (event.key === 'End') focusItem((all) => all.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <div
      class="menu"
      ref={root}
      onKeyDown={onKeyDown}
      onFocusOut={(e) => {
        if (!root.contains(e.relatedTarget as Node | null) && e.relatedTarget) setOpen(false);
      }}
    >
      <button
        ref={button}
        data-testid={props.testId}
        title={props.title}
        aria-haspopup="menu"
        aria-expanded={open()}
        // detail 0: pressed with Enter or Space, so the focus goes to the first item.
        onClick={(e) =>
          open() ? setOpen(false) : e.detail === 0 ? openOnFirstItem() : setOpen(true)
        }
      >
        {props.label}
      </button>
      <Show when={open()}>
        <div class="menu-list" role="menu">
          {props.children(() => setOpen(false))}
        </div>
      </Show>
    </div>
  );
}
