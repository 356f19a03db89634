// Exploring from one entity: focus on its neighbourhood, expand or collapse its neighbours, start
// or finish a shortest path, pin it in place. Shown at the top of an entity's details.
import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';

export interface EntityExplorer {
  focus(id: string, depth: 1 | 2 | 3): void;
  expand(id: string): void;
  collapse(id: string): void;
  isCollapsed(id: string): boolean;
  /** The entity a path was started from, if any. */
  pathStart(): string | null;
  startPath(id: string): void;
  finishPath(to: string): void;
  isPinned(id: string): boolean;
  setPinned(id: string, pinned: boolean): void;
}

export function ExploreActions(props: {
  entityId: string;
  explorer: EntityExplorer;
  startName: string;
}) {
  const [depth, setDepth] = createSignal<1 | 2 | 3>(1);
  const id = () => props.entityId;
  const start = () => props.explorer.pathStart();
  return (
    <div class="explore-actions" role="group" aria-label={t('explore.actions.group')}>
      <div class="explore-row">
        <button
          type="button"
          data-testid="explore.focus"
          title={t('explore.actions.focusTitle')}
          onClick={() => props.explorer.focus(id(), depth())}
        >
          ◎ {t('explore.actions.focus')}
        </button>
        <select
          data-testid="explore.depth"
          aria-label={t('explore.actions.depth')}
          value={depth()}
          onChange={(e) => setDepth(Number(e.currentTarget.value) as 1 | 2 | 3)}
        >
          <option value="1">{t('explore.actions.steps', { count: 1 })}</option>
          <option value="2">{t('explore.actions.steps', { count: 2 })}</option>
          <option value="3">{t('explore.actions.steps', { count: 3 })}</option>
        </select>
        <button
          type="button"
          data-testid="explore.expand"
          title={t('explore.actions.expandTitle')}
          onClick={() => props.explorer.expand(id())}
        >
          ⊕ {t('explore.actions.expand')}
        </button>
        <button
          type="button"
          data-testid="explore.collapse"
          title={t('explore.actions.collapseTitle')}
          disabled={props.explorer.isCollapsed(id())}
          onClick={() => props.explorer.collapse(id())}
        >
          ⊖ {t('explore.actions.collapse')}
        </button>
      </div>
      <div class="explore-row">
        <Show
          when={start() && start() !== id()}
          fallback={
            <button
              type="button"
              data-testid="explore.path-from"
              title={t('explore.actions.pathFromTitle')}
              onClick={() => props.explorer.startPath(id())}
            >
              {start() === id()
                ? t('explore.actions.pathStarted')
                : `⇢ ${t('explore.actions.pathFrom')}`}
            </button>
          }
        >
          <button
            type="button"
            class="primary"
            data-testid="explore.path-to"
            onClick={() => props.explorer.finishPath(id())}
          >
            ⇢ {t('explore.actions.pathTo', { name: props.startName })}
          </button>
        </Show>
        <button
          type="button"
          data-testid="explore.pin"
          aria-pressed={props.explorer.isPinned(id())}
          title={t('explore.actions.pinTitle')}
          onClick={() => props.explorer.setPinned(id(), !props.explorer.isPinned(id()))}
        >
          {props.explorer.isPinned(id()) ? t('explore.actions.unpin') : t('explore.actions.pin')}
        </button>
      </div>
    </div>
  );
}
