// The share dialog of a shared workspace: the invite to pass on, the connection and who is
// online, the connection settings, and the verbs (disconnect, new secret, stop sharing).
import { For, Show } from 'solid-js';
import type { Sharing, SyncStatus } from '../app/sharingApi';
import { message, t } from '../i18n';
import { encodeInviteCode, inviteLink } from '../sync/invite';
import type { ShareSettings } from '../sync/shareTypes';
import { CopyableText } from './CopyableText';
import type { Dialogs } from './dialogs';
import type { Notices } from './notices';
import { connectionWords, syncTime } from './SyncIndicator';
import { TransportForm } from './TransportForm';

/**
 * The indicator's words, then "last sync …" and the problem: "2 peers · last sync 14:03:21".
 * Reads the language: call it inside JSX or a memo.
 */
export function statusLine(status: SyncStatus): string {
  const words =
    status.state === 'off' ? t('sharing.sharedWorkspace.disconnected') : connectionWords(status);
  const last =
    status.lastSyncAt === null
      ? t('sharing.sharedWorkspace.notSynced')
      : t('sharing.sharedWorkspace.lastSync', { time: syncTime(status.lastSyncAt) });
  return `${words} · ${last}${status.problem ? `. ${t(status.problem)}` : ''}`;
}

export function SharedWorkspace(props: {
  sharing: Sharing;
  settings: ShareSettings;
  workspaceName: string;
  dialogs: Dialogs;
  notices: Notices;
}) {
  const sharing = () => props.sharing;
  // Read with the settings, so that a new secret shows a new invite.
  const invite = () => (props.settings.secret ? sharing().invite() : null);
  const appUrl = () => location.href.split('#')[0];
  const owner = () => props.settings.role === 'owner';
  const disconnected = () => sharing().status().state === 'off';

  const rotate = async (button: HTMLButtonElement) => {
    const confirmed = await props.dialogs.confirm(
      message('sharing.sharedWorkspace.rotateTitle'),
      message('sharing.sharedWorkspace.rotateMessage'),
      message('sharing.sharedWorkspace.rotateConfirm'),
    );
    // The confirmation took the focus: give it back, inside this dialog.
    button.focus();
    if (!confirmed) return;
    const rotated = await sharing().rotateSecret();
    if (rotated.ok) props.notices.show(message('sharing.sharedWorkspace.rotated'));
    else props.notices.show(Object.values(rotated.errors)[0], { kind: 'error' });
  };
  const leave = async () => {
    const confirmed = await props.dialogs.confirm(
      message('sharing.sharedWorkspace.leaveTitle', { name: props.workspaceName }),
      message('sharing.sharedWorkspace.leaveMessage'),
      message('sharing.sharedWorkspace.leaveConfirm'),
    );
    if (confirmed) await sharing().leave();
  };
  const apply = async (transport: ShareSettings['transport']) => {
    const updated = await sharing().updateTransport(transport);
    if (!updated.ok) return updated.errors;
    props.notices.show(message('sharing.sharedWorkspace.applied'));
    return null;
  };

  return (
    <>
      <section class="share-section">
        <h4 class="section-title">
          {owner()
            ? t('sharing.sharedWorkspace.invite')
            : t('sharing.sharedWorkspace.inviteOthers')}
        </h4>
        <p class="muted">{t('sharing.sharedWorkspace.inviteHint')}</p>
        <Show when={invite()}>
          {(current) => (
            <>
              <CopyableText
                label={t('sharing.sharedWorkspace.link')}
                value={inviteLink(appUrl(), current())}
                testId="share.link"
                buttonLabel={t('sharing.sharedWorkspace.copyLink')}
                buttonTestId="share.copyLink"
                notices={props.notices}
              />
              <CopyableText
                label={t('sharing.sharedWorkspace.code')}
                value={encodeInviteCode(current())}
                multiline
                testId="share.code"
                buttonLabel={t('sharing.sharedWorkspace.copyCode')}
                buttonTestId="share.copyCode"
                notices={props.notices}
              />
            </>
          )}
        </Show>
      </section>
      <section class="share-section">
        <h4 class="section-title">{t('sharing.sharedWorkspace.connection')}</h4>
        <p class="share-status" data-testid="share.status" data-state={sharing().status().state}>
          <span class="sync-dot" aria-hidden="true" />
          {statusLine(sharing().status())}
        </p>
        <div class="share-buttons">
          {/* One button for both, so that focus stays on it (and Escape still closes). */}
          <button
            type="button"
            data-testid={disconnected() ? 'share.connect' : 'share.disconnect'}
            onClick={() => (disconnected() ? sharing().reconnect() : sharing().disconnect())}
          >
            {disconnected()
              ? t('sharing.sharedWorkspace.connect')
              : t('sharing.sharedWorkspace.disconnect')}
          </button>
          <Show when={owner()}>
            <button
              type="button"
              data-testid="share.rotate"
              onClick={(e) => void rotate(e.currentTarget)}
            >
              {t('sharing.sharedWorkspace.newSecret')}
            </button>
          </Show>
          <button
            type="button"
            class="danger"
            data-testid="share.leave"
            onClick={() => void leave()}
          >
            {t('sharing.sharedWorkspace.stopSharing')}
          </button>
        </div>
        <details class="share-settings">
          <summary>{t('sharing.sharedWorkspace.settings')}</summary>
          <TransportForm
            initial={props.settings.transport}
            submitLabel={t('sharing.sharedWorkspace.apply')}
            submitTestId="share.apply"
            onSubmit={apply}
          />
        </details>
      </section>
      <section class="share-section">
        <h4 class="section-title">{t('sharing.sharedWorkspace.peopleOnline')}</h4>
        <ul class="share-peers" data-testid="share.peers">
          <For each={sharing().peers()}>
            {(peer) => (
              <li data-testid="share.peer">
                <span class="swatch peer-swatch" style={{ background: peer.colour }} />
                <span class="peer-name">{peer.name || t('sharing.presence.unnamed')}</span>
                <Show when={peer.self}>
                  <span class="muted">{t('sharing.sharedWorkspace.you')}</span>
                </Show>
                <Show when={peer.selection.length > 0}>
                  <span class="muted">
                    {t('sharing.sharedWorkspace.selected', { count: peer.selection.length })}
                  </span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </>
  );
}
