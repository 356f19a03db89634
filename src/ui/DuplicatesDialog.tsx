// Possible duplicates in the workspace (same name ignoring diacritics, abbreviation and full
// form…), each group with its reason and a merge into the entity the user chooses to keep.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { t, textOf, type Text } from '../i18n';
import { findPossibleDuplicates, type DuplicateGroup } from '../model/duplicates';
import type { Entity } from '../model';
import { Modal } from './Modal';

export function DuplicatesDialog(props: {
  entities: Record<string, Entity>;
  onMerge(keepId: string, mergedIds: string[]): Text | null;
  onClose(): void;
}) {
  const groups = createMemo(() => findPossibleDuplicates(props.entities));
  return (
    <Modal
      label={t('entities.duplicatesDialog.title')}
      testId="duplicates.dialog"
      class="wide"
      onClose={() => props.onClose()}
    >
      <h3>{t('entities.duplicatesDialog.title')}</h3>
      <div class="duplicate-groups">
        <For
          each={groups()}
          fallback={
            <p class="muted" data-testid="duplicates.none">
              {t('entities.duplicatesDialog.none')}
            </p>
          }
        >
          {(group) => (
            <DuplicateRow group={group} entities={props.entities} onMerge={props.onMerge} />
          )}
        </For>
      </div>
      <div class="actions">
        <button type="button" data-testid="duplicates.close" onClick={() => props.onClose()}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

function DuplicateRow(props: {
  group: DuplicateGroup;
  entities: Record<string, Entity>;
  onMerge(keepId: string, mergedIds: string[]): Text | null;
}) {
  // eslint-disable-next-line solid/reactivity -- the first entity is only the initial choice
  const [keep, setKeep] = createSignal(props.group.ids[0]);
  const [error, setError] = createSignal<Text | null>(null);
  const members = () => props.group.ids.map((id) => props.entities[id]).filter(Boolean);
  return (
    <div class="candidate" data-testid="duplicates.group">
      <div class="muted" style={{ 'font-size': '12.5px' }}>
        {t(props.group.reason)}
      </div>
      <For each={members()}>
        {(entity) => (
          <label class="duplicate-member">
            <input
              type="radio"
              checked={keep() === entity.id}
              onChange={() => setKeep(entity.id)}
            />
            <span class="swatch" style={{ background: ENTITY_LOOK[entity.type].colour }} />
            <span>
              {entity.name}
              <Show when={entity.aliases.length > 0}>
                <span class="muted"> · {entity.aliases.join('; ')}</span>
              </Show>
            </span>
          </label>
        )}
      </For>
      <div class="duplicate-actions">
        <span class="muted">{t('entities.duplicatesDialog.keepHint')}</span>
        <button
          type="button"
          class="primary"
          data-testid="duplicates.merge"
          onClick={() =>
            setError(
              props.onMerge(
                keep(),
                props.group.ids.filter((id) => id !== keep()),
              ),
            )
          }
        >
          {t('entities.duplicatesDialog.merge')}
        </button>
      </div>
      <Show when={error()}>
        {(shown) => (
          <div class="error" role="alert">
            {textOf(shown())}
          </div>
        )}
      </Show>
    </div>
  );
}
