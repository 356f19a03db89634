// The connection indicator beside the Share button: how this copy reaches the others, in the
// same words as the share dialog's status line. Absent while the workspace is not shared.
import { Show } from 'solid-js';
import type { SyncStatus } from '../app/sharingApi';
import { dateTime, message, t, time } from '../i18n';

/** "Connecting…", "2 peers", "Relay · 1 peer" in the reader's language; '' when off. */
export function connectionWords(status: SyncStatus): string {
  switch (status.state) {
    case 'off':
      return '';
    case 'offline':
      return t('app.sync.offline');
    case 'connecting':
      return t('app.sync.connecting');
    case 'connected': {
      const peers = message('app.sync.peers', { count: status.peers });
      if (status.transport !== 'relay') return t(peers);
      return status.peers === 0 ? t('app.sync.relay') : t('app.sync.relayPeers', { peers });
    }
  }
}

/** The time of day for a sync today; the date as well for an older one. */
export function syncTime(at: number, now = Date.now()): string {
  return new Date(at).toDateString() === new Date(now).toDateString() ? time(at) : dateTime(at);
}

/** "Last sync 14:03" or "Not synced yet", then the problem when there is one. */
export function syncDetails(status: SyncStatus): string {
  const details =
    status.lastSyncAt === null
      ? message('app.sync.notSynced')
      : message('app.sync.lastSync', { time: syncTime(status.lastSyncAt) });
  return status.problem
    ? t('app.sync.withProblem', { details, problem: status.problem })
    : t(details);
}

export function SyncIndicator(props: { status: SyncStatus; onClick(): void }) {
  return (
    <Show when={props.status.state !== 'off'}>
      <span
        class="sync-indicator"
        data-testid="sync.indicator"
        data-state={props.status.state}
        role="status"
        title={syncDetails(props.status)}
      >
        <button class="ghost" onClick={() => props.onClick()}>
          <span class="sync-dot" aria-hidden="true" />
          {connectionWords(props.status)}
        </button>
      </span>
    </Show>
  );
}
