// Edits (or creates) one entity. Save is one command, hence one undo step; errors show inline
// under their field and nothing is stored until the whole form is valid.
import { createEffect, createSignal, For, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { t, textOf } from '../i18n';
import type { Entity, EntityDraft, EntityType } from '../model';
import type { CommandErrors } from '../store';
import {
  FORM_LAYOUT,
  fromFormValues,
  toFormValues,
  type FieldDef,
  type FormValues,
} from './entityFields';

/** A suggested English word's meaning in the reader's language, when it says more than the word. */
function suggestionLabel(field: FieldDef, value: string): string | undefined {
  const key = field.suggestionLabels?.[value];
  const meaning = key ? t(key) : undefined;
  return meaning === value ? undefined : meaning;
}

export function EntityForm(props: {
  type: EntityType;
  entity: Entity | null;
  submitLabel: string;
  onSubmit(draft: EntityDraft): CommandErrors | null;
  onCancel?(): void;
  onDelete?(): void;
}) {
  const [values, setValues] = createStore<FormValues>(
    untrack(() => toFormValues(props.type, props.entity)),
  );
  const [errors, setErrors] = createSignal<CommandErrors>({});
  const [dirty, setDirty] = createSignal(false);
  // Another entity chosen: start afresh. The same one changed elsewhere (undo, a peer) while
  // untouched here: show the new values. Reading it through JSON.stringify tracks every field.
  let shownId = untrack(() => props.entity?.id);
  createEffect(() => {
    const entity = props.entity;
    void (entity && JSON.stringify(entity));
    const otherEntity = entity?.id !== shownId;
    shownId = entity?.id;
    if (otherEntity) {
      setDirty(false);
      setErrors({});
    }
    if (otherEntity || !untrack(dirty)) setValues(toFormValues(props.type, entity));
  });

  const update = (key: string, value: string | boolean) => {
    setValues(key, value);
    setDirty(true);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const failed = props.onSubmit(fromFormValues(props.type, values));
    setErrors(failed ?? {});
    if (!failed) setDirty(false);
  };

  const Field = (field: FieldDef) => {
    // Field definitions are static data, not reactive props.
    // eslint-disable-next-line solid/reactivity
    const { key } = field;
    const id = `field-${key}`;
    const common = () => ({
      id,
      'data-testid': `details.field.${key}`,
      'aria-invalid': !!errors()[key],
    });
    return (
      <div class="field" classList={{ invalid: !!errors()[key] }}>
        <Show
          when={field.kind !== 'bool'}
          fallback={
            <label
              style={{
                display: 'flex',
                gap: '8px',
                'align-items': 'center',
                color: 'inherit',
                'font-weight': 500,
                'font-size': '14px',
              }}
            >
              <input
                type="checkbox"
                {...common()}
                checked={values[field.key] === true}
                onChange={(e) => update(field.key, e.currentTarget.checked)}
              />
              {t(field.label)}
            </label>
          }
        >
          <label for={id}>{t(field.label)}</label>
          <Show
            when={field.kind === 'lines' || field.kind === 'text'}
            fallback={
              <input
                {...common()}
                inputMode={field.kind === 'year' || field.kind === 'count' ? 'numeric' : undefined}
                list={field.suggestions ? `${id}-suggestions` : undefined}
                value={String(values[field.key])}
                onInput={(e) => update(field.key, e.currentTarget.value)}
                // A new entity's form opens on its name, wherever it was asked for.
                ref={(el) =>
                  key === 'name' && props.entity === null && queueMicrotask(() => el.focus())
                }
              />
            }
          >
            <textarea
              {...common()}
              rows={field.key === 'text' ? 8 : 3}
              value={String(values[field.key])}
              onInput={(e) => update(field.key, e.currentTarget.value)}
            />
          </Show>
          <Show when={field.suggestions}>
            {(suggestions) => (
              <datalist id={`${id}-suggestions`}>
                <For each={suggestions()}>
                  {(s) => <option value={s} label={suggestionLabel(field, s)} />}
                </For>
              </datalist>
            )}
          </Show>
        </Show>
        <Show
          when={errors()[field.key]}
          fallback={<Show when={field.hint}>{(hint) => <div class="hint">{t(hint())}</div>}</Show>}
        >
          {(message) => (
            <div class="error" role="alert" data-testid={`details.error.${field.key}`}>
              {textOf(message())}
            </div>
          )}
        </Show>
      </div>
    );
  };

  return (
    <form class="details-body" onSubmit={submit} data-testid="details.form">
      <For each={FORM_LAYOUT[props.type]}>
        {(row) =>
          Array.isArray(row) ? (
            <div class="row2">
              <For each={row}>{(f) => Field(f)}</For>
            </div>
          ) : (
            Field(row)
          )
        }
      </For>
      <Show when={errors().entity}>
        {(message) => (
          <div class="error" role="alert">
            {textOf(message())}
          </div>
        )}
      </Show>
      <div class="form-actions">
        <div style={{ display: 'flex', gap: '8px' }}>
          <button
            type="submit"
            class="primary"
            data-testid="details.save"
            disabled={props.entity !== null && !dirty()}
          >
            {props.submitLabel}
          </button>
          <Show when={props.onCancel}>
            <button type="button" data-testid="details.cancel" onClick={() => props.onCancel?.()}>
              {t('common.cancel')}
            </button>
          </Show>
        </div>
        <Show when={props.onDelete}>
          <button
            type="button"
            class="danger"
            data-testid="details.delete"
            onClick={() => props.onDelete?.()}
          >
            {t('common.delete')}
          </button>
        </Show>
      </div>
    </form>
  );
}
