// The list of every keyboard shortcut, opened with "?" or the toolbar's "?" button.
import { For } from 'solid-js';
import { t, textOf } from '../i18n';
import { Modal } from './Modal';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

/** "Ctrl + K or /": each way to press it, its keys held together. */
function Keys(props: { shortcut: Shortcut }) {
  return (
    <For each={props.shortcut.keys}>
      {(combo, i) => (
        <>
          {i() > 0 && <span class="muted"> {t('app.shortcuts.or')} </span>}
          <For each={combo}>
            {(key, k) => (
              <>
                {k() > 0 && '+'}
                <kbd>{textOf(key)}</kbd>
              </>
            )}
          </For>
        </>
      )}
    </For>
  );
}

export function ShortcutSheet(props: { onClose(): void }) {
  return (
    <Modal
      label={t('app.shortcuts.title')}
      testId="shortcuts.dialog"
      class="wide shortcut-sheet"
      onClose={() => props.onClose()}
    >
      <h3>{t('app.shortcuts.title')}</h3>
      <p class="muted">{t('app.shortcuts.mac')}</p>
      <div class="shortcut-groups">
        <For each={SHORTCUT_GROUPS}>
          {(group) => (
            <section>
              <h4>{t(group.title)}</h4>
              <dl>
                <For each={group.shortcuts}>
                  {(shortcut) => (
                    <div class="shortcut" data-testid="shortcuts.item">
                      <dt>
                        <Keys shortcut={shortcut} />
                      </dt>
                      <dd>{t(shortcut.does)}</dd>
                    </div>
                  )}
                </For>
              </dl>
            </section>
          )}
        </For>
      </div>
      <div class="actions">
        <button
          type="button"
          data-testid="shortcuts.close"
          // The top of the list stays in view on a short window.
          ref={(el) => queueMicrotask(() => el.focus({ preventScroll: true }))}
          onClick={() => props.onClose()}
        >
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
