// The top bar: workspace, add, import and export, undo/redo, drawing tools, filters and analysis,
// search, sharing and its connection, save status.
import { For } from 'solid-js';
import type { AppController } from '../app/appController';
import { ENTITY_LOOK } from '../graph/style';
import { t } from '../i18n';
import { ENTITY_TYPES, type EntityType } from '../model';
import type { Dialogs } from './dialogs';
import { Menu } from './Menu';
import type { Notices } from './notices';
import { SaveStatus } from './SaveStatus';
import { EXPORT_CHOICES, LAYOUT_CHOICES, type ExportKind, type LayoutChoice } from './graphActions';
import { SearchBox } from './SearchBox';
import { SyncIndicator } from './SyncIndicator';
import { WorkspaceMenu } from './WorkspaceMenu';
import { LanguageMenu } from './LanguageMenu';
import iconUrl from './icon.svg';

export function Toolbar(props: {
  app: AppController;
  dialogs: Dialogs;
  notices: Notices;
  onAdd(type: EntityType): void;
  linkMode: boolean;
  onToggleLinkMode(): void;
  onFit(): void;
  onImport(): void;
  onImportFile(): void;
  onShare(): void;
  onShortcuts(): void;
  onJoin(): void;
  onBackUp(): void;
  onExport(kind: ExportKind): void;
  onLayout(choice: LayoutChoice): void;
  onPin(pinned: boolean): void;
  filtersOpen: boolean;
  onToggleFilters(): void;
  metricsOpen: boolean;
  onToggleMetrics(): void;
  onPath(): void;
  onDuplicates(): void;
  onPickSearchResult(id: string): void;
  searchRef(el: HTMLInputElement): void;
}) {
  const history = () => props.app.session()?.history;
  return (
    <header class="toolbar">
      <div class="brand">
        <img src={iconUrl} alt="" />
        <span class="brand-name">Concord</span>
      </div>
      <WorkspaceMenu
        app={props.app}
        dialogs={props.dialogs}
        notices={props.notices}
        onBackUp={props.onBackUp}
        onRestore={props.onImportFile}
        onJoin={props.onJoin}
      />
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
                {t(`common.type.${type}`)}
              </button>
            )}
          </For>
        )}
      </Menu>
      <Menu
        testId="toolbar.import-menu"
        label="⇪ Import ▾"
        title="Import articles or a workspace file"
      >
        {(close) => (
          <>
            <button
              role="menuitem"
              data-testid="toolbar.import"
              title="Paste or drop articles and review what Concord finds in them"
              onClick={() => (close(), props.onImport())}
            >
              Articles…
            </button>
            <button
              role="menuitem"
              data-testid="toolbar.import-file"
              title="Concord JSON, CSV, GEXF or GraphML, into a new workspace or this one"
              onClick={() => (close(), props.onImportFile())}
            >
              Workspace file…
            </button>
          </>
        )}
      </Menu>
      <Menu testId="toolbar.export-menu" label="Export ▾" title="Export the graph or the workspace">
        {(close) => (
          <For each={EXPORT_CHOICES}>
            {(choice) => (
              <>
                {choice.separatorBefore && <hr />}
                <button
                  role="menuitem"
                  data-testid={`toolbar.export.${choice.kind}`}
                  title={choice.hint}
                  onClick={() => (close(), props.onExport(choice.kind))}
                >
                  {choice.label}
                </button>
              </>
            )}
          </For>
        )}
      </Menu>
      <div class="group">
        <button
          data-testid="toolbar.undo"
          title="Undo (Ctrl+Z)"
          disabled={!history()?.canUndo()}
          aria-label="Undo"
          onClick={() => history()?.undo()}
        >
          ↶
        </button>
        <button
          data-testid="toolbar.redo"
          title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
          aria-label="Redo"
          disabled={!history()?.canRedo()}
          onClick={() => history()?.redo()}
        >
          ↷
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
        <Menu testId="toolbar.layout-menu" label="Layout ▾" title="Arrange the nodes shown">
          {(close) => (
            <>
              <For each={LAYOUT_CHOICES}>
                {(choice) => (
                  <button
                    role="menuitem"
                    data-testid={`toolbar.layout.${choice.choice}`}
                    title={choice.hint}
                    onClick={() => (close(), props.onLayout(choice.choice))}
                  >
                    {choice.label}
                  </button>
                )}
              </For>
              <hr />
              <button
                role="menuitem"
                data-testid="toolbar.pin"
                title="Layouts leave pinned nodes where they are"
                onClick={() => (close(), props.onPin(true))}
              >
                Pin selected
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.unpin"
                onClick={() => (close(), props.onPin(false))}
              >
                Unpin selected
              </button>
            </>
          )}
        </Menu>
      </div>
      <div class="group">
        <button
          data-testid="toolbar.filters"
          classList={{ active: props.filtersOpen }}
          aria-pressed={props.filtersOpen}
          title="Filter by type, theme, organisation and time"
          onClick={() => props.onToggleFilters()}
        >
          ⚲ Filters
        </button>
        <Menu testId="toolbar.analyse-menu" label="Analyse ▾" title="Metrics, paths and duplicates">
          {(close) => (
            <>
              <button
                role="menuitem"
                data-testid="toolbar.metrics"
                title="Degree, betweenness, PageRank and communities"
                onClick={() => (close(), props.onToggleMetrics())}
              >
                {props.metricsOpen ? 'Hide metrics' : 'Metrics and communities'}
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.path"
                title="The shortest chain of relations between two selected entities"
                onClick={() => (close(), props.onPath())}
              >
                Shortest path…
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.duplicates"
                title="Entities that are probably the same body or person"
                onClick={() => (close(), props.onDuplicates())}
              >
                Duplicates…
              </button>
            </>
          )}
        </Menu>
      </div>
      <div class="spacer" />
      <SearchBox
        index={props.app.session()?.search ?? null}
        onPick={props.onPickSearchResult}
        ref={props.searchRef}
      />
      <button
        data-testid="toolbar.share"
        title="Share this workspace with other browsers"
        onClick={() => props.onShare()}
      >
        Share
      </button>
      <LanguageMenu />
      <button
        data-testid="toolbar.shortcuts"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => props.onShortcuts()}
      >
        ?
      </button>
      {/* One above the other: side by side, they would push the toolbar past 1280 px. */}
      <div class="toolbar-status">
        <SaveStatus status={props.app.saveStatus()} persistent={props.app.persistentStorage()} />
        <SyncIndicator status={props.app.sharing.status()} onClick={props.onShare} />
      </div>
    </header>
  );
}
