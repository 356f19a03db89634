// The reminder that a week of edits is in no backup file: back up now, or hide it for this visit.
import { createSignal, Show } from 'solid-js';

export function BackupReminder(props: { days: number | null; name: string; onBackUp(): void }) {
  const [later, setLater] = createSignal(false);
  return (
    <Show when={props.days !== null && !later()}>
      <div class="banner reminder" role="status" data-testid="backup.reminder">
        <span>
          “{props.name}” has {props.days} days of edits that no backup holds. A backup file is the
          copy you can restore if this browser loses its storage.
        </span>
        <button class="primary" data-testid="backup.now" onClick={() => props.onBackUp()}>
          Back up now
        </button>
        <button data-testid="backup.later" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </Show>
  );
}
