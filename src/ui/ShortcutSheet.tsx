// The list of every keyboard shortcut, opened with "?" or the toolbar's "?" button.
import { For } from 'solid-js';
import { Modal } from './Modal';
import { SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

/** "Ctrl + K or /": each way to press it, its keys held together. */
function Keys(props: { shortcut: Shortcut }) {
  return (
    <For each={props.shortcut.keys}>
      {(combo, i) => (
        <>
          {i() > 0 && <span class="muted"> or </span>}
          <For each={combo}>
            {(key, k) => (
              <>
                {k() > 0 && '+'}
                <kbd>{key}</kbd>
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
      label="Keyboard shortcuts"
      testId="shortcuts.dialog"
      class="wide shortcut-sheet"
      onClose={() => props.onClose()}
    >
      <h3>Keyboard shortcuts</h3>
      <p class="muted">On a Mac, ⌘ works wherever Ctrl is written.</p>
      <div class="shortcut-groups">
        <For each={SHORTCUT_GROUPS}>
          {(group) => (
            <section>
              <h4>{group.title}</h4>
              <dl>
                <For each={group.shortcuts}>
                  {(shortcut) => (
                    <div class="shortcut" data-testid="shortcuts.item">
                      <dt>
                        <Keys shortcut={shortcut} />
                      </dt>
                      <dd>{shortcut.does}</dd>
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
          Close
        </button>
      </div>
    </Modal>
  );
}
