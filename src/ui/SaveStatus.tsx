// The save indicator: "Saved" only once every change is committed to IndexedDB.
import type { SaveStatus as Status } from '../persist';

const TEXT: Record<Status, string> = {
  loading: 'Opening…',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};

export function SaveStatus(props: { status: Status; persistent: boolean | null }) {
  const title = () =>
    props.status === 'saved'
      ? `Every change is stored in this browser.${props.persistent === false ? ' The browser may evict this data under storage pressure: export backups.' : ''}`
      : TEXT[props.status];
  return (
    <span
      class="save-status"
      data-testid="status.save"
      data-status={props.status}
      title={title()}
      role="status"
    >
      {TEXT[props.status]}
    </span>
  );
}
