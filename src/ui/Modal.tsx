// The frame of every dialog: a backdrop, a labelled modal box, closing on Escape and, when the
// dialog allows it, on a click outside the box.
import type { JSX } from 'solid-js';

export function Modal(props: {
  label: string;
  testId: string;
  class?: string;
  /** Omitted: the dialog closes only through its own buttons (an extraction in progress). */
  onClose?(): void;
  children: JSX.Element;
}) {
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose?.()}>
      <div
        class={`dialog ${props.class ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.label}
        data-testid={props.testId}
        onKeyDown={(e) => e.key === 'Escape' && props.onClose?.()}
      >
        {props.children}
      </div>
    </div>
  );
}
