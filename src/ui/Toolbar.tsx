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
        {/* i18n-exempt: the product's name, the same in every language */}
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
      <Menu
        testId="toolbar.add-entity"
        label={t('app.toolbar.add')}
        title={t('app.toolbar.addTitle')}
      >
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
        label={t('app.toolbar.import')}
        title={t('app.toolbar.importTitle')}
      >
        {(close) => (
          <>
            <button
              role="menuitem"
              data-testid="toolbar.import"
              title={t('app.toolbar.importArticlesTitle')}
              onClick={() => (close(), props.onImport())}
            >
              {t('app.toolbar.importArticles')}
            </button>
            <button
              role="menuitem"
              data-testid="toolbar.import-file"
              title={t('app.toolbar.importFileTitle')}
              onClick={() => (close(), props.onImportFile())}
            >
              {t('app.toolbar.importFile')}
            </button>
          </>
        )}
      </Menu>
      <Menu
        testId="toolbar.export-menu"
        label={t('app.toolbar.export')}
        title={t('app.toolbar.exportTitle')}
      >
        {(close) => (
          <For each={EXPORT_CHOICES}>
            {(choice) => (
              <>
                {choice.separatorBefore && <hr />}
                <button
                  role="menuitem"
                  data-testid={`toolbar.export.${choice.kind}`}
                  title={t(choice.hint)}
                  onClick={() => (close(), props.onExport(choice.kind))}
                >
                  {t(choice.label)}
                </button>
              </>
            )}
          </For>
        )}
      </Menu>
      <div class="group">
        <button
          data-testid="toolbar.undo"
          title={t('app.toolbar.undoTitle')}
          disabled={!history()?.canUndo()}
          aria-label={t('app.toolbar.undo')}
          onClick={() => history()?.undo()}
        >
          ↶
        </button>
        <button
          data-testid="toolbar.redo"
          title={t('app.toolbar.redoTitle')}
          aria-label={t('app.toolbar.redo')}
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
          title={t('app.toolbar.linkTitle')}
          onClick={() => props.onToggleLinkMode()}
        >
          {t('app.toolbar.link')}
        </button>
        <button
          data-testid="toolbar.fit"
          title={t('app.toolbar.fitTitle')}
          onClick={() => props.onFit()}
        >
          {t('app.toolbar.fit')}
        </button>
        <Menu
          testId="toolbar.layout-menu"
          label={t('app.toolbar.layout')}
          title={t('app.toolbar.layoutTitle')}
        >
          {(close) => (
            <>
              <For each={LAYOUT_CHOICES}>
                {(choice) => (
                  <button
                    role="menuitem"
                    data-testid={`toolbar.layout.${choice.choice}`}
                    title={t(choice.hint)}
                    onClick={() => (close(), props.onLayout(choice.choice))}
                  >
                    {t(choice.label)}
                  </button>
                )}
              </For>
              <hr />
              <button
                role="menuitem"
                data-testid="toolbar.pin"
                title={t('app.toolbar.pinTitle')}
                onClick={() => (close(), props.onPin(true))}
              >
                {t('app.toolbar.pin')}
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.unpin"
                onClick={() => (close(), props.onPin(false))}
              >
                {t('app.toolbar.unpin')}
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
          title={t('app.toolbar.filtersTitle')}
          onClick={() => props.onToggleFilters()}
        >
          {t('app.toolbar.filters')}
        </button>
        <Menu
          testId="toolbar.analyse-menu"
          label={t('app.toolbar.analyse')}
          title={t('app.toolbar.analyseTitle')}
        >
          {(close) => (
            <>
              <button
                role="menuitem"
                data-testid="toolbar.metrics"
                title={t('app.toolbar.metricsTitle')}
                onClick={() => (close(), props.onToggleMetrics())}
              >
                {props.metricsOpen ? t('app.toolbar.hideMetrics') : t('app.toolbar.metrics')}
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.path"
                title={t('app.toolbar.pathTitle')}
                onClick={() => (close(), props.onPath())}
              >
                {t('app.toolbar.path')}
              </button>
              <button
                role="menuitem"
                data-testid="toolbar.duplicates"
                title={t('app.toolbar.duplicatesTitle')}
                onClick={() => (close(), props.onDuplicates())}
              >
                {t('app.toolbar.duplicates')}
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
        title={t('app.toolbar.shareTitle')}
        onClick={() => props.onShare()}
      >
        {t('app.toolbar.share')}
      </button>
      <LanguageMenu />
      <button
        data-testid="toolbar.shortcuts"
        aria-label={t('app.toolbar.shortcuts')}
        aria-keyshortcuts="?"
        title={t('app.toolbar.shortcutsTitle')}
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
