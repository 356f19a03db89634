// In-page replacements for prompt() and confirm(): styled, testable, and they never block the tab.
import { createSignal, Show, type JSX } from 'solid-js';
import { t, textOf, type Text } from '../i18n';
import { keepTabInside, useEscapeLayer } from './Modal';

interface DialogRequest {
  title: Text;
  message?: Text;
  /** Present for a prompt: the input's label and starting value. */
  input?: { label: Text; value: string };
  confirmLabel: Text;
  danger?: boolean;
  resolve(value: string | null): void;
}

export interface Dialogs {
  prompt(title: Text, label: Text, value?: string): Promise<string | null>;
  confirm(title: Text, message: Text, confirmLabel: Text): Promise<boolean>;
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
        setRequest({
          title,
          input: { label, value: initial },
          confirmLabel: { key: 'common.ok' },
          resolve,
        });
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
                aria-label={textOf(current().title)}
                onKeyDown={(e) => keepTabInside(e, e.currentTarget)}
                onSubmit={(e) => {
                  e.preventDefault();
                  close(current().input ? value() : '');
                }}
              >
                <h3>{textOf(current().title)}</h3>
                <Show when={current().message}>{(message) => <p>{textOf(message())}</p>}</Show>
                <Show when={current().input}>
                  {(input) => (
                    <div class="field">
                      <label for="dialog-input">{textOf(input().label)}</label>
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
                    {t('common.cancel')}
                  </button>
                  <button
                    type="submit"
                    class={current().danger ? 'danger' : 'primary'}
                    data-testid="dialog.confirm"
                    ref={(el) => !current().input && queueMicrotask(() => el.focus())}
                  >
                    {textOf(current().confirmLabel)}
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
