// The relations of one entity, each read as a sentence ("holds a title at → Quận ủy Tân Bình");
// the other end is a link that selects it. Their quotes are under Sources.
import { createMemo, For, Show } from 'solid-js';
import { t } from '../i18n';
import type { Entity, Relation } from '../model';

export function RelationList(props: {
  entityId: string;
  entities: Record<string, Entity>;
  /** The entity's own relations (Projection.relationsOf). */
  relations: Relation[];
  onSelect(id: string): void;
  onRemove(relationId: string): void;
}) {
  const mine = createMemo(() => [...props.relations].sort((a, b) => a.type.localeCompare(b.type)));
  return (
    <div data-testid="details.relations">
      <For
        each={mine()}
        fallback={
          <p class="muted" style={{ margin: '4px 0' }}>
            {t('entities.relations.none')}
          </p>
        }
      >
        {(relation) => {
          const outgoing = () => relation.from === props.entityId;
          const otherId = () => (outgoing() ? relation.to : relation.from);
          const verb = () => t(`common.relation.${relation.type}`);
          return (
            <div data-testid="details.relation">
              <div class="relation-item">
                <span class="verb">{outgoing() ? `${verb()} →` : `← ${verb()}`}</span>
                <button type="button" class="other" onClick={() => props.onSelect(otherId())}>
                  {props.entities[otherId()]?.name}
                </button>
                <Show when={relation.label}>
                  <span class="muted">({relation.label})</span>
                </Show>
                <button
                  type="button"
                  class="ghost remove"
                  title={t('entities.relations.openTitle')}
                  aria-label={t('entities.relations.openLabel')}
                  onClick={() => props.onSelect(relation.id)}
                >
                  ⋯
                </button>
                <button
                  type="button"
                  class="ghost"
                  data-testid="details.relation.delete"
                  title={t('entities.relations.removeTitle')}
                  aria-label={t('entities.relations.removeLabel')}
                  onClick={() => props.onRemove(relation.id)}
                >
                  ×
                </button>
              </div>
            </div>
          );
        }}
      </For>
    </div>
  );
}
