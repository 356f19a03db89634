// Exploring from one entity: focus on its neighbourhood, expand or collapse its neighbours, start
// or finish a shortest path, pin it in place. Shown at the top of an entity's details.
import { createSignal, Show } from 'solid-js';

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
    <div class="explore-actions" role="group" aria-label="Explore from this entity">
      <div class="explore-row">
        <button
          type="button"
          data-testid="explore.focus"
          title="Show only this entity and what is within the chosen number of steps"
          onClick={() => props.explorer.focus(id(), depth())}
        >
          ◎ Focus
        </button>
        <select
          data-testid="explore.depth"
          aria-label="Neighbourhood depth"
          value={depth()}
          onChange={(e) => setDepth(Number(e.currentTarget.value) as 1 | 2 | 3)}
        >
          <option value="1">1 step</option>
          <option value="2">2 steps</option>
          <option value="3">3 steps</option>
        </select>
        <button
          type="button"
          data-testid="explore.expand"
          title="Also show every entity related to this one (or double-click the node)"
          onClick={() => props.explorer.expand(id())}
        >
          ⊕ Expand
        </button>
        <button
          type="button"
          data-testid="explore.collapse"
          title="Hide the neighbours that hang only on this entity"
          disabled={props.explorer.isCollapsed(id())}
          onClick={() => props.explorer.collapse(id())}
        >
          ⊖ Collapse
        </button>
      </div>
      <div class="explore-row">
        <Show
          when={start() && start() !== id()}
          fallback={
            <button
              type="button"
              data-testid="explore.path-from"
              title="Then select another entity and choose “Path to here”"
              onClick={() => props.explorer.startPath(id())}
            >
              {start() === id() ? 'Path starts here: select the end' : '⇢ Path from here'}
            </button>
          }
        >
          <button
            type="button"
            class="primary"
            data-testid="explore.path-to"
            onClick={() => props.explorer.finishPath(id())}
          >
            ⇢ Path from “{props.startName}” to here
          </button>
        </Show>
        <button
          type="button"
          data-testid="explore.pin"
          aria-pressed={props.explorer.isPinned(id())}
          title="A pinned node stays where it is when a layout runs"
          onClick={() => props.explorer.setPinned(id(), !props.explorer.isPinned(id()))}
        >
          {props.explorer.isPinned(id()) ? 'Unpin' : 'Pin in place'}
        </button>
      </div>
    </div>
  );
}
