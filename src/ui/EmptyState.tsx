// What an empty workspace shows: what Concord is for and the two ways to begin.
import { t } from '../i18n';

export function EmptyState(props: {
  onLoadSample(): void;
  onAddPerson(): void;
  onAddOrg(): void;
  onImport(): void;
}) {
  return (
    <div class="empty-state" data-testid="empty">
      <div class="empty-card">
        <h2>{t('app.empty.title')}</h2>
        <p>{t('app.empty.about')}</p>
        <div class="actions">
          <button
            class="primary"
            data-testid="empty.load-sample"
            onClick={() => props.onLoadSample()}
          >
            {t('app.empty.loadSample')}
          </button>
          <button data-testid="empty.import" onClick={() => props.onImport()}>
            {t('app.empty.import')}
          </button>
          <button data-testid="empty.add-person" onClick={() => props.onAddPerson()}>
            {t('app.empty.addPerson')}
          </button>
          <button data-testid="empty.add-org" onClick={() => props.onAddOrg()}>
            {t('app.empty.addOrg')}
          </button>
        </div>
        <p style={{ margin: '16px 0 0', 'font-size': '13px' }}>{t('app.empty.sampleNote')}</p>
      </div>
    </div>
  );
}
