// A selected relation: its ends, its type (among those its ends allow), its label, its provenance.
import { createEffect, createSignal, For, Show, untrack } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { t, textOf, type Text } from '../i18n';
import {
  RELATION_RULES,
  relationTypesBetween,
  type Entity,
  type Relation,
  type RelationType,
} from '../model';
import type { CommandErrors } from '../store';
import { SourceList } from './SourceList';
import type { SourceView } from './SourceViewer';

export function RelationDetails(props: {
  relation: Relation;
  entities: Record<string, Entity>;
  onSave(patch: { type: RelationType; label: string }): CommandErrors | null;
  onDelete(): void;
  onSelect(id: string): void;
  onOpenSource(view: SourceView): void;
}) {
  const [type, setType] = createSignal<RelationType>(untrack(() => props.relation.type));
  const [label, setLabel] = createSignal(untrack(() => props.relation.label));
  const [error, setError] = createSignal<Text | null>(null);
  createEffect(() => {
    setType(props.relation.type);
    setLabel(props.relation.label);
    setError(null);
  });
  const from = () => props.entities[props.relation.from];
  const to = () => props.entities[props.relation.to];
  const types = () => (from() && to() ? relationTypesBetween(from().type, to().type) : []);
  const save = (event: Event) => {
    event.preventDefault();
    const failed = props.onSave({ type: type(), label: label() });
    setError(failed ? Object.values(failed)[0] : null);
  };
  const End = (p: { entity: Entity | undefined }) => (
    <button
      type="button"
      class="other"
      style={{
        border: 0,
        background: 'none',
        padding: 0,
        color: 'var(--accent)',
        'text-align': 'left',
      }}
      onClick={() => p.entity && props.onSelect(p.entity.id)}
    >
      <span
        class="swatch"
        style={{
          background: p.entity ? ENTITY_LOOK[p.entity.type].colour : '#ccc',
          'margin-right': '6px',
        }}
      />
      {p.entity?.name}
    </button>
  );
  return (
    <form class="details-body" onSubmit={save} data-testid="details.relation-form">
      <div class="field">
        <label>{t('entities.relation.from')}</label>
        <End entity={from()} />
      </div>
      <div class="field">
        <label for="relation-type">{t('entities.relation.type')}</label>
        <select
          id="relation-type"
          data-testid="details.field.type"
          value={type()}
          onChange={(e) => setType(e.currentTarget.value as RelationType)}
        >
          <For each={types()}>
            {(type) => <option value={type}>{t(`common.relation.${type}`)}</option>}
          </For>
        </select>
      </div>
      <div class="field">
        <label>{t('entities.relation.to')}</label>
        <End entity={to()} />
      </div>
      <Show when={RELATION_RULES[type()].labelMeaning}>
        {(meaning) => (
          <div class="field">
            <label for="relation-label">{t(meaning())}</label>
            <input
              id="relation-label"
              data-testid="details.field.label"
              value={label()}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
        )}
      </Show>
      <Show when={error()}>
        {(shown) => (
          <div class="error" role="alert" style={{ color: 'var(--danger)', 'font-size': '12px' }}>
            {textOf(shown())}
          </div>
        )}
      </Show>
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="details.save">
          {t('common.save')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="details.delete"
          onClick={() => props.onDelete()}
        >
          {t('common.delete')}
        </button>
      </div>
      <div class="section-title">{t('entities.details.sources')}</div>
      <SourceList
        relations={[props.relation]}
        entities={props.entities}
        onOpen={props.onOpenSource}
      />
    </form>
  );
}
