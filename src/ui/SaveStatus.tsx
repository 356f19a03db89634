// The save indicator: "Saved" only once every change is committed to IndexedDB.
import { message, t, type Message } from '../i18n';
import type { SaveStatus as Status } from '../persist';

const TEXT: Record<Status, Message> = {
  loading: message('app.saveStatus.loading'),
  saving: message('app.saveStatus.saving'),
  saved: message('app.saveStatus.saved'),
  error: message('app.saveStatus.error'),
};

export function SaveStatus(props: { status: Status; persistent: boolean | null }) {
  const title = () =>
    props.status !== 'saved'
      ? t(TEXT[props.status])
      : props.persistent === false
        ? t('app.saveStatus.savedNotPersistentTitle')
        : t('app.saveStatus.savedTitle');
  return (
    <span
      class="save-status"
      data-testid="status.save"
      data-status={props.status}
      title={title()}
      role="status"
    >
      {t(TEXT[props.status])}
    </span>
  );
}
