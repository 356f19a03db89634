// The top bar: workspace, add, undo/redo, link mode, fit, save status.
import { For } from 'solid-js';
import type { AppController } from '../app/appController';
import { ENTITY_LOOK } from '../graph/style';
import { ENTITY_TYPES, type EntityType } from '../model';
import type { Dialogs } from './dialogs';
import { Menu } from './Menu';
import type { Notices } from './notices';
import { SaveStatus } from './SaveStatus';
import { SearchBox } from './SearchBox';
import { WorkspaceMenu } from './WorkspaceMenu';

export function Toolbar(props: {
  app: AppController;
  dialogs: Dialogs;
  notices: Notices;
  onAdd(type: EntityType): void;
  linkMode: boolean;
  onToggleLinkMode(): void;
  onFit(): void;
  onImport(): void;
  onDuplicates(): void;
  onPickSearchResult(id: string): void;
  searchRef(el: HTMLInputElement): void;
}) {
  const history = () => props.app.session()?.history;
  return (
    <header class="toolbar">
      <div class="brand">
        <img src="/favicon.svg" alt="" />
        Concord
      </div>
      <WorkspaceMenu app={props.app} dialogs={props.dialogs} notices={props.notices} />
      <Menu testId="toolbar.add-entity" label="+ Add ▾" title="Add an entity">
        {(close) => (
          <For each={ENTITY_TYPES}>
            {(type) => (
              <button
                role="menuitem"
                data-testid={`toolbar.add.${type}`}
                onClick={() => (close(), props.onAdd(type))}
              >
                <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
                {ENTITY_LOOK[type].label}
              </button>
            )}
          </For>
        )}
      </Menu>
      <button
        data-testid="toolbar.import"
        title="Import articles and review what Concord finds in them"
        onClick={() => props.onImport()}
      >
        ⇪ Import…
      </button>
      <div class="group">
        <button
          data-testid="toolbar.undo"
          title="Undo (Ctrl+Z)"
          disabled={!history()?.canUndo()}
          onClick={() => history()?.undo()}
        >
          ↶ Undo
        </button>
        <button
          data-testid="toolbar.redo"
          title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
          disabled={!history()?.canRedo()}
          onClick={() => history()?.redo()}
        >
          ↷ Redo
        </button>
      </div>
      <div class="group">
        <button
          data-testid="toolbar.link-mode"
          classList={{ active: props.linkMode }}
          aria-pressed={props.linkMode}
          title="Link mode: drag from one node to another to relate them (or hold Shift while dragging)"
          onClick={() => props.onToggleLinkMode()}
        >
          ⤳ Link
        </button>
        <button
          data-testid="toolbar.fit"
          title="Fit the graph to the window"
          onClick={() => props.onFit()}
        >
          ⤢ Fit
        </button>
        <button
          data-testid="toolbar.duplicates"
          title="Entities that are probably the same body or person"
          onClick={() => props.onDuplicates()}
        >
          Duplicates…
        </button>
      </div>
      <div class="spacer" />
      <SearchBox
        index={props.app.session()?.search ?? null}
        onPick={props.onPickSearchResult}
        ref={props.searchRef}
      />
      <SaveStatus status={props.app.saveStatus()} persistent={props.app.persistentStorage()} />
    </header>
  );
}
