// Opens a source's text with the evidence of a fact highlighted and scrolled into view.
import { Show } from 'solid-js';
import { t } from '../i18n';
import type { Entity, Span } from '../model';
import { ArticleText } from './ArticleText';
import { Modal } from './Modal';

export interface SourceView {
  sourceId: string;
  spans: Span[];
}

export function SourceViewer(props: {
  view: SourceView;
  entities: Record<string, Entity>;
  onClose(): void;
}) {
  const source = () => {
    const entity = props.entities[props.view.sourceId];
    return entity?.type === 'source' ? entity : null;
  };
  return (
    <Modal
      label={t('common.type.source')}
      testId="source.viewer"
      class="wide"
      onClose={() => props.onClose()}
    >
      <Show when={source()} fallback={<p>{t('entities.sourceViewer.gone')}</p>}>
        {(current) => (
          <>
            <h3 data-testid="source.title">{current().name}</h3>
            <Show when={current().url}>
              <a href={current().url} target="_blank" rel="noopener noreferrer" class="muted">
                {current().url}
              </a>
            </Show>
            <div class="source-text">
              <ArticleText
                text={current().text}
                spans={[]}
                focused={props.view.spans}
                testId="source.text"
              />
            </div>
          </>
        )}
      </Show>
      <div class="actions">
        <button
          type="button"
          data-testid="source.close"
          ref={(el) => queueMicrotask(() => el.focus())}
          onClick={() => props.onClose()}
        >
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
