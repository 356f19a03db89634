// The share dialog of a shared workspace: the invite to pass on, the connection and who is
// online, the connection settings, and the verbs (disconnect, new secret, stop sharing).
import { For, Show } from 'solid-js';
import type { Sharing, SyncStatus } from '../app/sharingApi';
import { encodeInviteCode, inviteLink } from '../sync/invite';
import type { ShareSettings } from '../sync/shareTypes';
import { CopyableText } from './CopyableText';
import type { Dialogs } from './dialogs';
import type { Notices } from './notices';
import { connectionWords, syncTime } from './SyncIndicator';
import { TransportForm } from './TransportForm';

/** The indicator's words, then "last sync …" and the problem: "2 peers · last sync 14:03:21". */
export function statusLine(status: SyncStatus): string {
  const words = status.state === 'off' ? 'Disconnected' : connectionWords(status);
  const last =
    status.lastSyncAt === null ? 'not synced yet' : `last sync ${syncTime(status.lastSyncAt)}`;
  return `${words} · ${last}${status.problem ? `. ${status.problem}` : ''}`;
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
      'Make a new secret?',
      'A new invite is made. The old one stops working for new connections. Members who should stay need the new invite.',
      'Make a new secret',
    );
    // The confirmation took the focus: give it back, inside this dialog.
    button.focus();
    if (!confirmed) return;
    const rotated = await sharing().rotateSecret();
    if (rotated.ok) props.notices.show('New invite made: send it to the members who should stay.');
    else props.notices.show(Object.values(rotated.errors)[0], { kind: 'error' });
  };
  const leave = async () => {
    const confirmed = await props.dialogs.confirm(
      `Stop sharing “${props.workspaceName}”?`,
      'This browser stops syncing and forgets the invite. The copy here stays as a private workspace.',
      'Stop sharing',
    );
    if (confirmed) await sharing().leave();
  };
  const apply = async (transport: ShareSettings['transport']) => {
    const updated = await sharing().updateTransport(transport);
    if (!updated.ok) return updated.errors;
    props.notices.show('Connection settings applied');
    return null;
  };

  return (
    <>
      <section class="share-section">
        <h4 class="section-title">{owner() ? 'Invite' : 'Invite others'}</h4>
        <p class="muted">Everyone holding this invite can read and write this workspace.</p>
        <Show when={invite()}>
          {(current) => (
            <>
              <CopyableText
                label="Link"
                value={inviteLink(appUrl(), current())}
                testId="share.link"
                buttonLabel="Copy link"
                buttonTestId="share.copyLink"
                notices={props.notices}
              />
              <CopyableText
                label="Code, for pasting in “Join with an invite…”"
                value={encodeInviteCode(current())}
                multiline
                testId="share.code"
                buttonLabel="Copy code"
                buttonTestId="share.copyCode"
                notices={props.notices}
              />
            </>
          )}
        </Show>
      </section>
      <section class="share-section">
        <h4 class="section-title">Connection</h4>
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
            {disconnected() ? 'Connect' : 'Disconnect'}
          </button>
          <Show when={owner()}>
            <button
              type="button"
              data-testid="share.rotate"
              onClick={(e) => void rotate(e.currentTarget)}
            >
              New secret…
            </button>
          </Show>
          <button
            type="button"
            class="danger"
            data-testid="share.leave"
            onClick={() => void leave()}
          >
            Stop sharing…
          </button>
        </div>
        <details class="share-settings">
          <summary>Connection settings</summary>
          <TransportForm
            initial={props.settings.transport}
            submitLabel="Apply"
            submitTestId="share.apply"
            onSubmit={apply}
          />
        </details>
      </section>
      <section class="share-section">
        <h4 class="section-title">People online</h4>
        <ul class="share-peers" data-testid="share.peers">
          <For each={sharing().peers()}>
            {(peer) => (
              <li data-testid="share.peer">
                <span class="swatch peer-swatch" style={{ background: peer.colour }} />
                <span class="peer-name">{peer.name}</span>
                <Show when={peer.self}>
                  <span class="muted">(you)</span>
                </Show>
                <Show when={peer.selection.length > 0}>
                  <span class="muted">{peer.selection.length} selected</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </>
  );
}
