// The offer of a new version of Concord: it waits in a corner until the user reloads or puts it
// off for this visit. It never reloads by itself.
import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';

// This notice's words, in one place: catalogue keys, shown with t().
export const UPDATE_TEXT = {
  ready: 'app.update.ready',
  reload: 'app.update.reload',
  reloading: 'app.update.reloading',
  later: 'app.update.later',
} as const;

export function UpdateNotice(props: { ready: boolean; onReload(): void }) {
  const [later, setLater] = createSignal(false);
  const [reloading, setReloading] = createSignal(false);
  return (
    <Show when={props.ready && !later()}>
      <div class="update-notice" role="status" data-testid="update.notice">
        <span>{t(UPDATE_TEXT.ready)}</span>
        <button
          class="primary"
          data-testid="update.reload"
          disabled={reloading()}
          onClick={() => {
            setReloading(true);
            props.onReload();
          }}
        >
          {reloading() ? t(UPDATE_TEXT.reloading) : t(UPDATE_TEXT.reload)}
        </button>
        <button data-testid="update.later" onClick={() => setLater(true)}>
          {t(UPDATE_TEXT.later)}
        </button>
      </div>
    </Show>
  );
}
