// Join a shared workspace from an invite link or code: says what joining does (a copy here,
// synced through which transport) before anything is stored or connected.
import { createMemo, createSignal, Show } from 'solid-js';
import type { Sharing } from '../app/sharingApi';
import { message, t, textOf, type Message, type Text } from '../i18n';
import { parseInvite } from '../sync/invite';
import type { Invite } from '../sync/shareTypes';
import { Modal } from './Modal';
import type { Notices } from './notices';

const throughWhat = (invite: Invite): Message =>
  invite.transport.kind === 'relay'
    ? message('sharing.joinDialog.throughRelay', { url: invite.transport.relayUrl })
    : message('sharing.joinDialog.throughWebrtc');

export function JoinDialog(props: {
  sharing: Sharing;
  /** An invite code taken from the address bar, or ''. */
  initialCode: string;
  notices: Notices;
  onClose(): void;
}) {
  const [code, setCode] = createSignal(props.initialCode);
  const [refused, setRefused] = createSignal<Text | null>(null);
  const [busy, setBusy] = createSignal(false);
  const parsed = createMemo(() => (code().trim() === '' ? null : parseInvite(code())));
  const invite = () => {
    const current = parsed();
    return current?.ok ? current.invite : null;
  };
  const error = (): Text | null => {
    const current = parsed();
    return refused() ?? (current && !current.ok ? current.reason : null);
  };

  const join = async () => {
    const chosen = invite();
    if (!chosen || busy()) return;
    setBusy(true);
    try {
      const joined = await props.sharing.join(chosen);
      if (!joined.ok) return void setRefused(Object.values(joined.errors)[0]);
      props.notices.show(message('sharing.joinDialog.joined', { name: chosen.workspaceName }));
      props.onClose();
    } catch (failure) {
      setRefused(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      label={t('sharing.joinDialog.title')}
      testId="join.dialog"
      class="join-dialog"
      onClose={() => props.onClose()}
    >
      <h3>{t('sharing.joinDialog.title')}</h3>
      <div class="field">
        <label for="join-code">{t('sharing.joinDialog.code')}</label>
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
        {(shown) => (
          <p class="error-text" role="alert" data-testid="join.error">
            {textOf(shown())}
          </p>
        )}
      </Show>
      <Show when={invite()}>
        {(current) => (
          <>
            <p data-testid="join.summary">
              {t('sharing.joinDialog.summary', {
                name: current().workspaceName,
                through: throughWhat(current()),
              })}
            </p>
            <Show when={current().transport.kind === 'relay'}>
              <p class="share-warning" data-testid="join.relayWarning">
                {t('sharing.transportForm.relayWarning')}
              </p>
            </Show>
          </>
        )}
      </Show>
      <div class="actions">
        <button type="button" data-testid="join.cancel" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="join.confirm"
          disabled={!invite() || busy()}
          onClick={() => void join()}
        >
          {busy() ? t('sharing.joinDialog.joining') : t('sharing.joinDialog.join')}
        </button>
      </div>
    </Modal>
  );
}
