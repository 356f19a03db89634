// The connection indicator beside the Share button: how this copy reaches the others, in the
// same words as the share dialog's status line. Absent while the workspace is not shared.
import { Show } from 'solid-js';
import type { SyncStatus } from '../app/sharingApi';
import { t } from '../i18n';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Connecting…", "2 peers", "Relay · 1 peer"; '' when off. */
export function connectionWords(status: SyncStatus): string {
  switch (status.state) {
    case 'off':
      return '';
    case 'offline':
      return 'Offline';
    case 'connecting':
      return 'Connecting…';
    case 'connected': {
      const peers = plural(status.peers, 'peer', 'peers');
      if (status.transport !== 'relay') return peers;
      return status.peers === 0 ? 'Relay' : `Relay · ${peers}`;
    }
  }
}

/** 14:03:21 today; the date as well for an older sync. */
export function syncTime(at: number, now = Date.now()): string {
  const when = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(when.getHours())}:${pad(when.getMinutes())}:${pad(when.getSeconds())}`;
  if (when.toDateString() === new Date(now).toDateString()) return time;
  return `${when.toLocaleDateString('vi-VN')} ${time}`;
}

/** "Last sync 14:03:21" or "Not synced yet", then the problem when there is one. */
export function syncDetails(status: SyncStatus): string {
  const last =
    status.lastSyncAt === null ? 'Not synced yet' : `Last sync ${syncTime(status.lastSyncAt)}`;
  return status.problem ? `${last}. ${t(status.problem)}` : last;
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
