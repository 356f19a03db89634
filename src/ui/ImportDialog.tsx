// Paste an article, or choose or drop .txt/.md/.html files; shows extraction progress with Cancel.
import { createSignal, Match, Show, Switch } from 'solid-js';
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
      label="Import articles"
      testId="import.dialog"
      class="import-dialog"
      onClose={input() ? () => props.flow.close() : undefined}
    >
      <Switch>
        <Match when={input()}>
          {(input) => (
            <>
              <h3>Import articles</h3>
              <p class="muted">
                Concord reads the article, proposes the people, organisations, agreements and themes
                it finds, and lets you review them before anything is stored.
              </p>
              <textarea
                data-testid="import.text"
                rows={9}
                placeholder="Paste the text of an article here…"
                aria-label="Article text"
                value={text()}
                onInput={(e) => setText(e.currentTarget.value)}
              />
              <DropZone
                accept={ARTICLE_FILE_TYPES}
                testId="import.files"
                onFiles={(files) => void props.flow.fromFiles(files)}
              >
                Or <u>choose files</u> or drop them here: .txt, .md, .html, several at once.
              </DropZone>
              <Show when={input().message}>
                {(message) => (
                  <p class="error-text" role="alert" data-testid="import.message">
                    {message()}
                  </p>
                )}
              </Show>
              <div class="actions">
                <button type="button" data-testid="import.close" onClick={() => props.flow.close()}>
                  Close
                </button>
                <button
                  type="button"
                  class="primary"
                  data-testid="import.extract"
                  onClick={() => void props.flow.fromText(text())}
                >
                  Find entities
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={progress()}>
          {(progress) => (
            <>
              <h3>Reading articles…</h3>
              <p class="muted" data-testid="import.progress-text">
                {progress().done} of {progress().total} done · {progress().current}
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
                  Cancel
                </button>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </Modal>
  );
}
