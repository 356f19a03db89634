// The offer of a new version of Concord: it waits in a corner until the user reloads or puts it
// off for this visit. It never reloads by itself.
import { createSignal, Show } from 'solid-js';

// This notice's words, in one place.
export const UPDATE_TEXT = {
  ready: 'A new version of Concord is ready.',
  reload: 'Reload to update',
  reloading: 'Updating…',
  later: 'Later',
} as const;

export function UpdateNotice(props: { ready: boolean; onReload(): void }) {
  const [later, setLater] = createSignal(false);
  const [reloading, setReloading] = createSignal(false);
  return (
    <Show when={props.ready && !later()}>
      <div class="update-notice" role="status" data-testid="update.notice">
        <span>{UPDATE_TEXT.ready}</span>
        <button
          class="primary"
          data-testid="update.reload"
          disabled={reloading()}
          onClick={() => {
            setReloading(true);
            props.onReload();
          }}
        >
          {reloading() ? UPDATE_TEXT.reloading : UPDATE_TEXT.reload}
        </button>
        <button data-testid="update.later" onClick={() => setLater(true)}>
          {UPDATE_TEXT.later}
        </button>
      </div>
    </Show>
  );
}
