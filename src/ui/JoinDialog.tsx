// Join a shared workspace from an invite link or code: says what joining does (a copy here,
// synced through which transport) before anything is stored or connected.
import { createMemo, createSignal, Show } from 'solid-js';
import type { Sharing } from '../app/sharingApi';
import { textOf } from '../i18n';
import { parseInvite } from '../sync/invite';
import type { Invite } from '../sync/shareTypes';
import { Modal } from './Modal';
import type { Notices } from './notices';
import { RELAY_WARNING } from './TransportForm';

const throughWhat = (invite: Invite) =>
  invite.transport.kind === 'relay'
    ? `the relay at ${invite.transport.relayUrl}`
    : 'direct connections (WebRTC)';

export function JoinDialog(props: {
  sharing: Sharing;
  /** An invite code taken from the address bar, or ''. */
  initialCode: string;
  notices: Notices;
  onClose(): void;
}) {
  const [code, setCode] = createSignal(props.initialCode);
  const [refused, setRefused] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const parsed = createMemo(() => (code().trim() === '' ? null : parseInvite(code())));
  const invite = () => {
    const current = parsed();
    return current?.ok ? current.invite : null;
  };
  const error = () => {
    const current = parsed();
    return refused() ?? (current && !current.ok ? current.reason : null);
  };

  const join = async () => {
    const chosen = invite();
    if (!chosen || busy()) return;
    setBusy(true);
    try {
      const joined = await props.sharing.join(chosen);
      if (!joined.ok) return void setRefused(textOf(Object.values(joined.errors)[0]));
      props.notices.show(`Joined “${chosen.workspaceName}”`);
      props.onClose();
    } catch (failure) {
      setRefused(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      label="Join a shared workspace"
      testId="join.dialog"
      class="join-dialog"
      onClose={() => props.onClose()}
    >
      <h3>Join a shared workspace</h3>
      <div class="field">
        <label for="join-code">Invite link or code</label>
        <textarea
          id="join-code"
          class="code"
          rows={4}
          data-testid="join.code"
          spellcheck={false}
          value={code()}
          onInput={(e) => {
            setCode(e.currentTarget.value);
            setRefused(null);
          }}
          ref={(el) => queueMicrotask(() => !el.value && el.focus())}
        />
      </div>
      <Show when={error()}>
        <p class="error-text" role="alert" data-testid="join.error">
          {error()}
        </p>
      </Show>
      <Show when={invite()}>
        {(current) => (
          <>
            <p data-testid="join.summary">
              Join “{current().workspaceName}”: a copy is kept in this browser and synced with the
              others through {throughWhat(current())}.
            </p>
            <Show when={current().transport.kind === 'relay'}>
              <p class="share-warning" data-testid="join.relayWarning">
                {RELAY_WARNING}
              </p>
            </Show>
          </>
        )}
      </Show>
      <div class="actions">
        <button type="button" data-testid="join.cancel" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button
          type="button"
          class="primary"
          data-testid="join.confirm"
          disabled={!invite() || busy()}
          onClick={() => void join()}
        >
          {busy() ? 'Joining…' : 'Join'}
        </button>
      </div>
    </Modal>
  );
}
