// Paste an article, or choose or drop .txt/.md/.html files; shows extraction progress with Cancel.
import { createSignal, Match, Show, Switch } from 'solid-js';
import { t } from '../i18n';
import { ARTICLE_FILE_TYPES } from '../ingest/readArticleFile';
import type { ImportFlow } from './importFlow';
import { DropZone } from './DropZone';
import { Modal } from './Modal';

export function ImportDialog(props: { flow: ImportFlow }) {
  const [text, setText] = createSignal('');
  const input = () => {
    const state = props.flow.state();
    return state.step === 'input' ? state : null;
  };
  const progress = () => {
    const state = props.flow.state();
    return state.step === 'extracting' ? state : null;
  };
  return (
    <Modal
      label={t('ingest.dialog.title')}
      testId="import.dialog"
      class="import-dialog"
      onClose={input() ? () => props.flow.close() : undefined}
    >
      <Switch>
        <Match when={input()}>
          {(input) => (
            <>
              <h3>{t('ingest.dialog.title')}</h3>
              <p class="muted">{t('ingest.dialog.intro')}</p>
              <textarea
                data-testid="import.text"
                rows={9}
                placeholder={t('ingest.dialog.placeholder')}
                aria-label={t('ingest.dialog.textLabel')}
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
              />
              <DropZone
                accept={ARTICLE_FILE_TYPES}
                testId="import.files"
                onFiles={(files) => void props.flow.fromFiles(files)}
              >
                {t('ingest.dialog.filesBefore')} <u>{t('ingest.dialog.chooseFiles')}</u>{' '}
                {t('ingest.dialog.filesAfter')}
              </DropZone>
              <Show when={input().messages.length > 0}>
                <p class="error-text" role="alert" data-testid="import.message">
                  {input()
                    .messages.map((message) => t(message))
                    .join('\n')}
                </p>
              </Show>
              <div class="actions">
                <button type="button" data-testid="import.close" onClick={() => props.flow.close()}>
                  {t('common.close')}
                </button>
                <button
                  type="button"
                  class="primary"
                  data-testid="import.extract"
                  onClick={() => void props.flow.fromText(text())}
                >
                  {t('ingest.dialog.extract')}
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={progress()}>
          {(progress) => (
            <>
              <h3>{t('ingest.dialog.reading')}</h3>
              <p class="muted" data-testid="import.progress-text">
                {t('ingest.dialog.progress', {
                  done: progress().done,
                  total: progress().total,
                  current: progress().current,
                })}
              </p>
              <progress
                data-testid="import.progress"
                max={progress().total}
                value={progress().done}
              />
              <div class="actions">
                <button
                  type="button"
                  data-testid="import.cancel"
                  onClick={() => props.flow.cancelExtraction()}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </Modal>
  );
}
