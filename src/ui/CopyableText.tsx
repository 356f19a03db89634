// A read-only field with a Copy button (the invite link, the invite code). When the clipboard is
// refused (no permission, an insecure page), the text is selected for the user to copy by hand.
import { createSignal, createUniqueId, Show } from 'solid-js';
import { message, t } from '../i18n';
import type { Notices } from './notices';

export function CopyableText(props: {
  label: string;
  value: string;
  multiline?: boolean;
  testId: string;
  buttonLabel: string;
  buttonTestId: string;
  notices: Notices;
}) {
  const id = createUniqueId();
  const [byHand, setByHand] = createSignal(false);
  let field: HTMLInputElement | HTMLTextAreaElement | undefined;

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard'); // i18n-exempt: caught below, never shown
      await navigator.clipboard.writeText(props.value);
      setByHand(false);
      props.notices.show(message('entities.copy.copied'));
    } catch {
      field?.focus();
      field?.select();
      setByHand(true);
    }
  };

  return (
    <div class="field copyable">
      <label for={id}>{props.label}</label>
      <div class="copyable-row">
        <Show
          when={props.multiline}
          fallback={
            <input
              id={id}
              readOnly
              data-testid={props.testId}
              value={props.value}
              ref={(el) => (field = el)}
              onFocus={(e) => e.currentTarget.select()}
            />
          }
        >
          <textarea
            id={id}
            class="code"
            readOnly
            rows={3}
            data-testid={props.testId}
            value={props.value}
            ref={(el) => (field = el)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Show>
        <button type="button" data-testid={props.buttonTestId} onClick={() => void copy()}>
          {props.buttonLabel}
        </button>
      </div>
      <Show when={byHand()}>
        <div class="hint" role="status">
          {t('entities.copy.byHand')}
        </div>
      </Show>
    </div>
  );
}
