// The frame of every dialog: a backdrop, a labelled modal box, closing on Escape and, when the
// dialog allows it, on a click outside the box.
import { onCleanup, onMount, type JSX } from 'solid-js';

/**
 * Open dialogs, innermost last. Escape closes only the innermost, wherever the focus is: a
 * dialog whose focused button was replaced (a form turning into its result) still closes.
 */
const openModals: symbol[] = [];

/**
 * Makes the calling component an Escape layer while it is mounted: Escape runs `onEscape` only
 * when no layer opened after it is still open. Every dialog frame uses it.
 */
export function useEscapeLayer(onEscape: () => void): void {
  const me = Symbol('dialog');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || openModals[openModals.length - 1] !== me) return;
    event.stopImmediatePropagation();
    onEscape();
  };
  onMount(() => {
    openModals.push(me);
    document.addEventListener('keydown', onKeyDown);
  });
  onCleanup(() => {
    openModals.splice(openModals.indexOf(me), 1);
    document.removeEventListener('keydown', onKeyDown);
  });
}

export function Modal(props: {
  label: string;
  testId: string;
  class?: string;
  /** Omitted: the dialog closes only through its own buttons (an extraction in progress). */
  onClose?(): void;
  children: JSX.Element;
}) {
  useEscapeLayer(() => props.onClose?.());
  useFocusReturn();
  let box!: HTMLDivElement;
  // Focus moves into the dialog, so that Tab and screen readers start there; after the
  // microtasks in which a dialog focuses a field of its own choice.
  onMount(() =>
    queueMicrotask(() => {
      if (box.isConnected && !box.contains(document.activeElement)) box.focus();
    }),
  );
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose?.()}>
      <div
        ref={box}
        class={`dialog ${props.class ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.label}
        tabIndex={-1}
        data-testid={props.testId}
        onKeyDown={(e) => keepTabInside(e, e.currentTarget)}
      >
        {props.children}
      </div>
    </div>
  );
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), ' +
  'textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab go round inside a modal dialog instead of leaving it for the page behind
 * the backdrop, which the dialog has made inert to the keyboard's shortcuts anyway.
 */
export function keepTabInside(event: KeyboardEvent, box: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const inside = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[hidden]'),
  );
  if (inside.length === 0) return event.preventDefault();
  const first = inside[0];
  const last = inside[inside.length - 1];
  const at = document.activeElement;
  if (event.shiftKey && (at === first || at === box)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && at === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * When the calling dialog closes, the focus goes back to what had it when the dialog opened (the
 * button that opened it), if that is still on the page and nothing else has taken the focus.
 */
export function useFocusReturn(): void {
  const opener = document.activeElement;
  onCleanup(() =>
    queueMicrotask(() => {
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    }),
  );
}
