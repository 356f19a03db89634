// Several elements selected: delete them together, or, when they are entities of one type, merge
// them into the one the user keeps.
import { createSignal, For, Show } from 'solid-js';
import { t, textOf, type Text } from '../i18n';
import type { Entity } from '../model';

export function MultipleSelection(props: {
  ids: string[];
  entities: Record<string, Entity>;
  onDelete(ids: string[]): void;
  onMerge(keepId: string, mergedIds: string[]): Text | null;
  onPath(from: string, to: string): void;
}) {
  const selected = () => props.ids.map((id) => props.entities[id]).filter(Boolean);
  const mergeable = () =>
    selected().length === props.ids.length && new Set(selected().map((e) => e.type)).size === 1;
  const [keep, setKeep] = createSignal<string | null>(null);
  const [error, setError] = createSignal<Text | null>(null);
  const keepId = () => (keep() && props.ids.includes(keep()!) ? keep()! : props.ids[0]);
  return (
    <>
      <div class="details-head">
        <h2 data-testid="details.title">
          {t('entities.selection.count', { count: props.ids.length })}
        </h2>
      </div>
      <div class="details-body">
        <Show when={mergeable()}>
          <div class="field">
            <label for="merge-keep">{t('entities.selection.mergeInto')}</label>
            <select
              id="merge-keep"
              data-testid="details.merge-keep"
              value={keepId()}
              onChange={(e) => setKeep(e.currentTarget.value)}
            >
              <For each={selected()}>
                {(entity) => <option value={entity.id}>{entity.name}</option>}
              </For>
            </select>
            <div class="hint">{t('entities.selection.mergeHint')}</div>
          </div>
          <div>
            <button
              type="button"
              class="primary"
              data-testid="details.merge"
              onClick={() =>
                setError(
                  props.onMerge(
                    keepId(),
                    props.ids.filter((id) => id !== keepId()),
                  ),
                )
              }
            >
              {t('entities.selection.merge', { count: props.ids.length })}
            </button>
          </div>
          <Show when={error()}>
            {(shown) => (
              <div class="error" role="alert">
                {textOf(shown())}
              </div>
            )}
          </Show>
        </Show>
        <Show when={selected().length === 2 && props.ids.length === 2}>
          <div>
            <button
              type="button"
              data-testid="details.path"
              title={t('entities.selection.pathTitle')}
              onClick={() => props.onPath(props.ids[0], props.ids[1])}
            >
              {t('entities.selection.path')}
            </button>
          </div>
        </Show>
        <p class="muted" style={{ margin: 0 }}>
          {t('entities.selection.dragHint')}
        </p>
        <div>
          <button
            type="button"
            class="danger"
            data-testid="details.delete"
            onClick={() => props.onDelete(props.ids)}
          >
            {t('entities.selection.delete', { count: props.ids.length })}
          </button>
        </div>
      </div>
    </>
  );
}
