// Short messages at the bottom of the screen ("Deleted … — Undo", "Could not link: …").
import { createSignal, For, Show, type JSX } from 'solid-js';
import { textOf, type Text } from '../i18n';

interface Notice {
  id: number;
  text: Text;
  kind: 'info' | 'error';
  action?: { label: Text; run(): void };
}

export interface Notices {
  show(text: Text, options?: { kind?: Notice['kind']; action?: Notice['action'] }): void;
  View(): JSX.Element;
}

const VISIBLE_MS = 6_000;

export function createNotices(): Notices {
  const [notices, setNotices] = createSignal<Notice[]>([]);
  let nextId = 1;
  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
  return {
    show(text, { kind = 'info', action } = {}) {
      const id = nextId++;
      setNotices((list) => [...list.slice(-2), { id, text, kind, action }]);
      setTimeout(() => dismiss(id), VISIBLE_MS);
    },
    View: () => (
      <div class="notices" aria-live="polite">
        <For each={notices()}>
          {(notice) => (
            <div
              class={`notice ${notice.kind}`}
              data-testid="notice"
              role={notice.kind === 'error' ? 'alert' : 'status'}
            >
              <span>{textOf(notice.text)}</span>
              <Show when={notice.action}>
                {(action) => (
                  <button
                    data-testid="notice.action"
                    onClick={() => {
                      action().run();
                      dismiss(notice.id);
                    }}
                  >
                    {textOf(action().label)}
                  </button>
                )}
              </Show>
            </div>
          )}
        </For>
      </div>
    ),
  };
}
