// The dock under the graph: the metrics ranking and the shortest path, side by side when both
// are open. Both follow the graph and the filters as they change.
import { Show } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { isFiltering } from '../view';
import type { Exploration } from './exploration';
import { MetricsPanel } from './MetricsPanel';
import { PathPanel } from './PathPanel';

export function AnalysisDock(props: {
  exploration: Exploration;
  session: WorkspaceSession;
  onPick(id: string): void;
}) {
  const state = () => props.session.projection.state;
  const metrics = () => props.exploration.metrics;
  return (
    <Show when={metrics().open() || props.exploration.path()}>
      <div class="analysis-dock">
        <Show when={props.exploration.path()}>
          {(path) => (
            <PathPanel
              path={path()}
              entities={state().entities}
              relations={state().relations}
              filtered={isFiltering(props.exploration.filters())}
              onPick={props.onPick}
              onClose={() => props.exploration.clearPath()}
            />
          )}
        </Show>
        <Show when={metrics().open()}>
          <MetricsPanel
            result={metrics().result()}
            progress={metrics().progress()}
            names={(id) => state().entities[id]?.name ?? id}
            types={(id) => state().entities[id]?.type ?? 'org'}
            sizeBy={metrics().sizeBy()}
            colourByCommunity={metrics().colourByCommunity()}
            onSizeBy={(m) => metrics().setSizeBy(m)}
            onColourByCommunity={(on) => metrics().setColourByCommunity(on)}
            onPick={props.onPick}
            onRecompute={() => metrics().recompute()}
            onClose={() => metrics().setOpen(false)}
          />
        </Show>
      </div>
    </Show>
  );
}
