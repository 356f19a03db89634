// In-page replacements for prompt() and confirm(): styled, testable, and they never block the tab.
import { createSignal, Show, type JSX } from 'solid-js';
import { keepTabInside, useEscapeLayer } from './Modal';

interface DialogRequest {
  title: string;
  message?: string;
  /** Present for a prompt: the input's label and starting value. */
  input?: { label: string; value: string };
  confirmLabel: string;
  danger?: boolean;
  resolve(value: string | null): void;
}

export interface Dialogs {
  prompt(title: string, label: string, value?: string): Promise<string | null>;
  confirm(title: string, message: string, confirmLabel: string): Promise<boolean>;
  View(): JSX.Element;
}

export function createDialogs(): Dialogs {
  const [request, setRequest] = createSignal<DialogRequest | null>(null);
  const [value, setValue] = createSignal('');
  const close = (answer: string | null) => {
    request()?.resolve(answer);
    setRequest(null);
  };
  return {
    prompt: (title, label, initial = '') =>
      new Promise((resolve) => {
        setValue(initial);
        setRequest({ title, input: { label, value: initial }, confirmLabel: 'OK', resolve });
      }),
    confirm: (title, message, confirmLabel) =>
      new Promise((resolve) =>
        setRequest({
          title,
          message,
          confirmLabel,
          danger: true,
          resolve: (answer) => resolve(answer !== null),
        }),
      ),
    View: () => (
      <Show when={request()}>
        {(current) => {
          useEscapeLayer(() => close(null));
          return (
            <div
              class="dialog-backdrop"
              onClick={(e) => e.target === e.currentTarget && close(null)}
            >
              <form
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-label={current().title}
                onKeyDown={(e) => keepTabInside(e, e.currentTarget)}
                onSubmit={(e) => {
                  e.preventDefault();
                  close(current().input ? value() : '');
                }}
              >
                <h3>{current().title}</h3>
                <Show when={current().message}>
                  <p>{current().message}</p>
                </Show>
                <Show when={current().input}>
                  {(input) => (
                    <div class="field">
                      <label for="dialog-input">{input().label}</label>
                      <input
                        id="dialog-input"
                        data-testid="dialog.input"
                        value={value()}
                        onInput={(e) => setValue(e.currentTarget.value)}
                        ref={(el) => queueMicrotask(() => el.select())}
                      />
                    </div>
                  )}
                </Show>
                <div class="actions">
                  <button type="button" data-testid="dialog.cancel" onClick={() => close(null)}>
                    Cancel
                  </button>
                  <button
                    type="submit"
                    class={current().danger ? 'danger' : 'primary'}
                    data-testid="dialog.confirm"
                    ref={(el) => !current().input && queueMicrotask(() => el.focus())}
                  >
                    {current().confirmLabel}
                  </button>
                </div>
              </form>
            </div>
          );
        }}
      </Show>
    ),
  };
}
