// A button that opens a small menu; closes on outside click, Escape or choosing an item.
import { createSignal, onCleanup, Show, type JSX } from 'solid-js';

export function Menu(props: {
  label: JSX.Element;
  testId: string;
  title?: string;
  children: (close: () => void) => JSX.Element;
}) {
  const [open, setOpen] = createSignal(false);
  let root!: HTMLDivElement;
  const onDocumentClick = (event: MouseEvent) => {
    if (!root.contains(event.target as Node)) setOpen(false);
  };
  document.addEventListener('mousedown', onDocumentClick);
  onCleanup(() => document.removeEventListener('mousedown', onDocumentClick));
  return (
    <div class="menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        data-testid={props.testId}
        title={props.title}
        aria-haspopup="menu"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
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
