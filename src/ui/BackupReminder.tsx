// The reminder that a week of edits is in no backup file: back up now, or hide it for this visit.
import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';

export function BackupReminder(props: { days: number | null; name: string; onBackUp(): void }) {
  const [later, setLater] = createSignal(false);
  return (
    <Show when={props.days !== null && !later()}>
      <div class="banner reminder" role="status" data-testid="backup.reminder">
        <span>{t('app.backupReminder.text', { name: props.name, count: props.days ?? 0 })}</span>
        <button class="primary" data-testid="backup.now" onClick={() => props.onBackUp()}>
          {t('app.backupReminder.now')}
        </button>
        <button data-testid="backup.later" onClick={() => setLater(true)}>
          {t('app.backupReminder.later')}
        </button>
      </div>
    </Show>
  );
}
