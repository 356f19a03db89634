// The shortest path between two entities, as the chain an analyst reads aloud: who, through
// which relation, to whom. Each step focuses its entity on the graph.
import { For, Show } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { t } from '../i18n';
import type { Entity, Relation } from '../model';
import type { PathQuery } from './exploration';

export function PathPanel(props: {
  path: PathQuery;
  entities: Record<string, Entity>;
  relations: Record<string, Relation>;
  filtered: boolean;
  onPick(id: string): void;
  onClose(): void;
}) {
  const name = (id: string) => props.entities[id]?.name ?? t('explore.path.deletedEntity');
  /** How the relation reads in the direction the path walks it. */
  const link = (viaId: string, fromId: string) => {
    const relation = props.relations[viaId];
    if (!relation) return '';
    const words = relation.label || t(`common.relation.${relation.type}`);
    return relation.from === fromId ? `${words} →` : `← ${words}`;
  };
  return (
    <section class="dock-panel" data-testid="path.panel" aria-label={t('explore.path.label')}>
      <header>
        <h3>{t('explore.path.title', { from: name(props.path.from), to: name(props.path.to) })}</h3>
        <button
          class="icon"
          data-testid="path.close"
          title={t('explore.path.clear')}
          aria-label={t('explore.path.clear')}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <Show
        when={props.path.steps}
        fallback={
          <p class="muted" data-testid="path.none">
            {props.filtered ? t('explore.path.noneFiltered') : t('explore.path.none')}
          </p>
        }
      >
        {(steps) => (
          <>
            <p class="muted" data-testid="path.length">
              {t(props.filtered ? 'explore.path.stepsFiltered' : 'explore.path.steps', {
                count: steps().length - 1,
              })}
            </p>
            <ol class="path-chain" data-testid="path.chain">
              <For each={steps()}>
                {(step, index) => (
                  <>
                    <Show when={step.via}>
                      {(via) => (
                        <li class="path-link">{link(via(), steps()[index() - 1].entityId)}</li>
                      )}
                    </Show>
                    <li class="path-step">
                      <button
                        class="link"
                        data-testid="path.step"
                        data-id={step.entityId}
                        onClick={() => props.onPick(step.entityId)}
                      >
                        <span
                          class="swatch"
                          style={{
                            background:
                              ENTITY_LOOK[props.entities[step.entityId]?.type ?? 'org'].colour,
                          }}
                        />
                        {name(step.entityId)}
                      </button>
                    </li>
                  </>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
