// Links the entity in the details panel to another one: choose the relation (in either direction),
// search the entities that relation may reach, optionally give the title or label, confirm.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { message, t, textOf, type Text } from '../i18n';
import {
  canLink,
  ENTITY_TYPES,
  entityMatches,
  foldForSearch,
  RELATION_RULES,
  RELATION_TYPES,
  type Entity,
  type RelationType,
} from '../model';
import type { CommandErrors, RelationDraft } from '../store';

interface Choice {
  type: RelationType;
  /** 'out': this entity is the relation's start; 'in': its end. */
  direction: 'out' | 'in';
}

const MAX_OPTIONS = 60;

export function relationChoices(entity: Entity): Choice[] {
  const choices: Choice[] = [];
  for (const type of RELATION_TYPES) {
    if (ENTITY_TYPES.some((t) => canLink(type, entity.type, t)))
      choices.push({ type, direction: 'out' });
    if (type !== 'related_to' && ENTITY_TYPES.some((t) => canLink(type, t, entity.type)))
      choices.push({ type, direction: 'in' });
  }
  return choices;
}

export const choiceLabel = (choice: Choice) =>
  t(choice.direction === 'out' ? 'entities.picker.outgoing' : 'entities.picker.incoming', {
    verb: t(`common.relation.${choice.type}`),
  });

export function RelationPicker(props: {
  entity: Entity;
  entities: Record<string, Entity>;
  onLink(draft: RelationDraft): CommandErrors | null;
  onClose(): void;
}) {
  const choices = createMemo(() => relationChoices(props.entity));
  const [choiceKey, setChoiceKey] = createSignal('');
  const [query, setQuery] = createSignal('');
  const [targetId, setTargetId] = createSignal<string | null>(null);
  const [label, setLabel] = createSignal('');
  const [error, setError] = createSignal<Text | null>(null);
  const keyOf = (c: Choice) => `${c.type}:${c.direction}`;
  const choice = () => choices().find((c) => keyOf(c) === choiceKey()) ?? choices()[0];

  const candidates = createMemo(() => {
    const { type, direction } = choice();
    const folded = foldForSearch(query());
    return Object.values(props.entities)
      .filter((other) => other.id !== props.entity.id)
      .filter((other) =>
        direction === 'out'
          ? canLink(type, props.entity.type, other.type)
          : canLink(type, other.type, props.entity.type),
      )
      .filter((other) => entityMatches(other, folded))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .slice(0, MAX_OPTIONS);
  });

  const confirm = () => {
    const other = targetId();
    if (!other) return setError(message('entities.picker.chooseTarget'));
    const { type, direction } = choice();
    const ends =
      direction === 'out'
        ? { from: props.entity.id, to: other }
        : { from: other, to: props.entity.id };
    const failed = props.onLink({ type, ...ends, label: label() });
    if (failed) setError(Object.values(failed)[0]);
    else props.onClose();
  };

  return (
    <div class="picker" data-testid="picker">
      <div class="field">
        <label for="picker-type">{t('entities.relation.type')}</label>
        <select
          id="picker-type"
          data-testid="picker.type"
          onChange={(e) => {
            setChoiceKey(e.currentTarget.value);
            setTargetId(null);
          }}
        >
          <For each={choices()}>{(c) => <option value={keyOf(c)}>{choiceLabel(c)}</option>}</For>
        </select>
      </div>
      <input
        type="search"
        data-testid="picker.search"
        placeholder={t('entities.picker.searchPlaceholder')}
        aria-label={t('entities.picker.searchLabel')}
        // Opened to find the other end: typing its name is the first thing to do.
        ref={(el) => queueMicrotask(() => el.focus())}
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div class="picker-options" role="listbox" aria-label={t('entities.picker.options')}>
        <For
          each={candidates()}
          fallback={
            <span class="muted" style={{ padding: '6px 10px' }}>
              {t('entities.picker.noneFits')}
            </span>
          }
        >
          {(other) => (
            <button
              type="button"
              role="option"
              aria-selected={targetId() === other.id}
              classList={{ chosen: targetId() === other.id }}
              data-testid="picker.option"
              data-entity-id={other.id}
              onClick={() => setTargetId(other.id)}
            >
              <span class="swatch" style={{ background: ENTITY_LOOK[other.type].colour }} />
              {other.name}
            </button>
          )}
        </For>
      </div>
      <Show when={RELATION_RULES[choice().type].labelMeaning}>
        {(meaning) => (
          <input
            data-testid="picker.label"
            placeholder={t('entities.picker.optional', { label: meaning() })}
            aria-label={t(meaning())}
            value={label()}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        )}
      </Show>
      <Show when={error()}>
        {(shown) => (
          <div
            class="error"
            role="alert"
            data-testid="picker.error"
            style={{ color: 'var(--danger)', 'font-size': '12px' }}
          >
            {textOf(shown())}
          </div>
        )}
      </Show>
      <div class="form-actions">
        <button type="button" class="primary" data-testid="picker.confirm" onClick={confirm}>
          {t('entities.picker.link')}
        </button>
        <button type="button" data-testid="picker.cancel" onClick={() => props.onClose()}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
