// The workspace screen: toolbar, entity list, graph, details. Session state (selection, the form
// being filled, link mode) lives here and in the controller, never in the shared document.
import { createEffect, createMemo, createSignal, on, onCleanup, Show, untrack } from 'solid-js';
import type { AppController } from '../app/appController';
import type { WorkspaceSession } from '../app/workspaceSession';
import type { DrawingProgress, GraphAdapter } from '../graph/adapter';
import { message, t, textOf } from '../i18n';
import { suggestRelation, type EntityType } from '../model';
import { loadSampleWorkspace } from '../sample/loadSample';
import {
  deleteElements,
  linkEntities,
  mergeEntities,
  moveNodes,
  storeLayoutPositions,
} from '../store';
import { createDialogs } from './dialogs';
import { SourceViewer, type SourceView } from './SourceViewer';
import { DuplicatesDialog } from './DuplicatesDialog';
import { DetailsPanel } from './DetailsPanel';
import { EmptyState } from './EmptyState';
import { EntityList } from './EntityList';
import { createExploration } from './exploration';
import { FilterChips } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { backupReminderDays } from '../app/backups';
import { BackupReminder } from './BackupReminder';
import { createExplorationCommands } from './explorationCommands';
import { AnalysisDock } from './AnalysisDock';
import { WorkspaceImportLayer } from './WorkspaceImportLayer';
import { createAppImportFlow, ImportLayer } from './ImportLayer';
import { GraphView } from './GraphView';
import { createNotices } from './notices';
import { ProblemsBanner } from './ProblemsBanner';
import { peerMarks } from '../sync/presence';
import { handleShortcut } from './shortcuts';
import { JoinDialog } from './JoinDialog';
import { watchInviteInAddress } from './inviteFromAddress';
import { ShareDialog } from './ShareDialog';
import { ShortcutSheet } from './ShortcutSheet';
import { Toolbar } from './Toolbar';

export function App(props: { app: AppController; onAdapter?(adapter: GraphAdapter | null): void }) {
  // The controller is created once by main.tsx and never replaced.
  // eslint-disable-next-line solid/reactivity
  const app = props.app;
  const dialogs = createDialogs();
  const notices = createNotices();
  const [adapter, setAdapter] = createSignal<GraphAdapter | null>(null);
  const [creating, setCreating] = createSignal<EntityType | null>(null);
  const [linkMode, setLinkMode] = createSignal(false);

  const session = () => app.session();
  const [sourceView, setSourceView] = createSignal<SourceView | null>(null);
  const [duplicatesOpen, setDuplicatesOpen] = createSignal(false);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const [importFileOpen, setImportFileOpen] = createSignal(false);
  const [shareOpen, setShareOpen] = createSignal(false);
  const [shortcutsOpen, setShortcutsOpen] = createSignal(false);
  // Progress of a large drawing added in chunks ("Show everything").
  const [drawing, setDrawing] = createSignal<DrawingProgress | null>(null);
  // An object, so that a second invite replaces the code of a join dialog already open.
  const [joining, setJoining] = createSignal<{ code: string } | null>(null);
  watchInviteInAddress(
    () => session() !== null,
    (code) => setJoining({ code }),
  );
  // Per workspace: the memo owns the exploration's effects, disposed when the session changes.
  const exploration = createMemo(() => {
    const current = session();
    return current ? createExploration(current, adapter, app.selection) : null;
  });
  const commands = createExplorationCommands({
    session,
    adapter,
    exploration,
    selection: app.selection,
    workspaceName: () => app.activeWorkspace()?.name ?? 'workspace',
    notices,
  });
  const explorer = commands.explorer;
  const backUp = () => {
    const entry = app.activeWorkspace();
    if (entry) commands.exportAs('json', { onWritten: () => app.recordBackup(entry.id) });
  };

  // Checked when the workspace or its backup dates change, and hourly for a tab left open.
  const [clock, setClock] = createSignal(Date.now());
  const hourly = setInterval(() => setClock(Date.now()), 60 * 60 * 1000);
  onCleanup(() => clearInterval(hourly));
  const backupDue = () => {
    const entry = app.activeWorkspace();
    return entry ? backupReminderDays(entry, clock()) : null;
  };
  const undoAction = (current: WorkspaceSession) => ({
    label: message('app.workspaceScreen.undo'),
    run: () => current.history.undo(),
  });

  /**
   * Merges entities by hand; answers the error in the reader's language, or null when done.
   * A string, as the merge buttons that show it expect.
   */
  const merge = (keepId: string, mergedIds: string[]): string | null => {
    const current = session();
    if (!current) return t('app.workspaceScreen.noWorkspace');
    const name = current.projection.state.entities[keepId]?.name ?? '';
    const merged = mergeEntities(current.doc, keepId, mergedIds);
    if (!merged.ok) return textOf(Object.values(merged.errors)[0]);
    focus(keepId);
    notices.show(message('app.workspaceScreen.merged', { count: mergedIds.length + 1, name }), {
      action: undoAction(current),
    });
    return null;
  };

  const imports = createAppImportFlow(session);
  let searchInput: HTMLInputElement | undefined;
  const isEmpty = () => {
    const current = session();
    return !!current && current.projection.entityCount() === 0;
  };

  /** Selects from outside the canvas (list, panel): the graph follows and centres. */
  const focus = (id: string) => {
    setCreating(null);
    app.select([id]);
    adapter()?.select([id], { centre: true });
  };

  /** Adds an entity to the selection or takes it out (Ctrl in the list, as on the graph). */
  const toggleSelected = (id: string) => {
    const current = app.selection();
    const next = current.includes(id) ? current.filter((s) => s !== id) : [...current, id];
    setCreating(null);
    app.select(next);
    adapter()?.select(next);
  };

  const deleteSelected = (ids: string[]) => {
    const current = session();
    if (!current || ids.length === 0) return;
    const names = ids.map((id) => current.projection.state.entities[id]?.name).filter(Boolean);
    const deleted = deleteElements(current.doc, ids);
    if (!deleted.ok || deleted.value === 0) return;
    app.select([]);
    const what =
      ids.length > 1
        ? message('app.workspaceScreen.items', { count: ids.length })
        : names.length === 1
          ? message('app.workspaceScreen.named', { name: names[0] ?? '' })
          : message('app.workspaceScreen.theRelation');
    // deleted.value also counts the relations that went with the entities.
    const cascaded = deleted.value - ids.length;
    const text =
      cascaded > 0
        ? message('app.workspaceScreen.deletedWith', {
            what,
            relations: message('common.count.relations', { count: cascaded }),
          })
        : message('app.workspaceScreen.deleted', { what });
    notices.show(text, { action: undoAction(current) });
  };

  const connect = (session: WorkspaceSession, from: string, to: string) => {
    const entities = session.projection.state.entities;
    if (!entities[from] || !entities[to]) return;
    const { type, swap } = suggestRelation(entities[from].type, entities[to].type);
    const ends = swap ? { from: to, to: from } : { from, to };
    const linked = linkEntities(session.doc, { type, ...ends });
    if (!linked.ok)
      return notices.show(
        message('app.workspaceScreen.linkFailed', { reason: Object.values(linked.errors)[0] }),
        { kind: 'error' },
      );
    focus(linked.value);
    notices.show(
      message('app.workspaceScreen.linked', { verb: message(`common.relation.${type}`) }),
    );
  };

  const startCreating = (type: EntityType) => {
    app.select([]);
    adapter()?.select([]);
    setCreating(type);
  };

  const onKeyDown = (event: KeyboardEvent) =>
    handleShortcut(event, {
      undo: () => session()?.history.undo(),
      redo: () => session()?.history.redo(),
      deleteSelection: () => deleteSelected(app.selection()),
      search: () => searchInput?.focus(),
      showShortcuts: () => setShortcutsOpen(true),
      escape: () => {
        setCreating(null);
        app.select([]);
        adapter()?.select([]);
      },
    });
  document.addEventListener('keydown', onKeyDown);
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));

  // A selection removed by undo, a delete or a peer disappears from the panel too.
  // The selection holds only what exists: checked when it changes and when a change removes
  // something. Read from the plain records and the diffs: a read through the store would make it
  // proxy whole collections on the open path (170 ms at 50k entities).
  createEffect(() => {
    const current = session();
    if (!current) return;
    const { entities, relations } = current.projection.plain;
    const keepExisting = () => {
      const selected = untrack(app.selection);
      const alive = selected.filter((id) => entities[id] || relations[id]);
      if (alive.length !== selected.length) app.select(alive);
    };
    createEffect(on(app.selection, keepExisting));
    onCleanup(
      current.projection.onDiff(({ removedEntities, removedRelations }) => {
        if (removedEntities.length + removedRelations.length > 0) keepExisting();
      }),
    );
  });
  createEffect(() => props.onAdapter?.(adapter()));
  // What the others in a shared workspace have selected is outlined in their colours.
  createEffect(() => adapter()?.setPeerMarks(peerMarks(app.sharing.peers())));

  return (
    <div class="app" data-testid={session() ? 'app.ready' : 'app.loading'}>
      <Toolbar
        app={app}
        dialogs={dialogs}
        notices={notices}
        onAdd={startCreating}
        linkMode={linkMode()}
        onToggleLinkMode={() => {
          setLinkMode(!linkMode());
          adapter()?.setLinkMode(linkMode());
        }}
        onFit={() => adapter()?.fit()}
        onImport={() => imports.open()}
        onImportFile={() => setImportFileOpen(true)}
        onShare={() => setShareOpen(true)}
        onShortcuts={() => setShortcutsOpen(true)}
        onJoin={() => setJoining({ code: '' })}
        onBackUp={backUp}
        onExport={(kind) => commands.exportAs(kind)}
        onLayout={commands.layout}
        onPin={(pinned) => commands.pin(app.selection(), pinned)}
        filtersOpen={filtersOpen()}
        onToggleFilters={() => setFiltersOpen(!filtersOpen())}
        metricsOpen={exploration()?.metrics.open() ?? false}
        onToggleMetrics={() => exploration()?.metrics.setOpen(!exploration()?.metrics.open())}
        onPath={commands.findPathFromSelection}
        onDuplicates={() => setDuplicatesOpen(true)}
        onPickSearchResult={focus}
        searchRef={(el) => (searchInput = el)}
      />
      <BackupReminder
        days={backupDue()}
        name={app.activeWorkspace()?.name ?? ''}
        onBackUp={backUp}
      />
      <Show when={app.saveError()}>
        {(error) => (
          <div class="banner" role="alert" data-testid="status.error">
            {t(error())}
          </div>
        )}
      </Show>
      <ProblemsBanner session={session()} />
      <Show when={session()} keyed fallback={<div class="main" />}>
        {(current) => (
          <div class="main">
            <EntityList
              projection={current.projection}
              search={current.search}
              selection={app.selection()}
              onPick={focus}
              onToggle={toggleSelected}
            />
            <div class="graph-area">
              <Show when={exploration()}>
                {(explore) => (
                  <FilterChips
                    filters={explore().filters()}
                    visibility={explore().visibility()}
                    total={current.projection.entityCount()}
                    showingAll={explore().showAll() && explore().largerThanBudget()}
                    names={(id) => current.projection.state.entities[id]?.name ?? id}
                    onChange={(f) => explore().updateFilters(() => f)}
                    onShowAll={(on) => explore().setShowAll(on)}
                  />
                )}
              </Show>
              <div class="graph-stage">
                <GraphView
                  projection={current.projection}
                  drawnSet={exploration()?.visibility() ?? null}
                  onDrawing={setDrawing}
                  onReady={setAdapter}
                  onSelectionChange={(ids) => {
                    if (ids.length > 0) setCreating(null);
                    app.select(ids);
                  }}
                  onMove={(positions) => moveNodes(current.doc, positions)}
                  onPlaced={(positions) => storeLayoutPositions(current.doc, positions)}
                  onConnect={(from, to) => connect(current, from, to)}
                  onNodeDoubleTap={(id) => explorer.expand(id)}
                />
                <Show when={isEmpty() && !creating()}>
                  <EmptyState
                    onLoadSample={() => {
                      loadSampleWorkspace(current.doc);
                      adapter()?.fit();
                    }}
                    onAddPerson={() => startCreating('person')}
                    onAddOrg={() => startCreating('org')}
                    onImport={() => imports.open()}
                  />
                </Show>
                <Show when={filtersOpen() && exploration()}>
                  {(explore) => (
                    <FilterPanel
                      session={current}
                      filters={explore().filters()}
                      onChange={(f) => explore().updateFilters(() => f)}
                      onClose={() => setFiltersOpen(false)}
                    />
                  )}
                </Show>
                <Show when={drawing()}>
                  {(progress) => (
                    <div class="layout-progress" role="status" data-testid="graph.drawing">
                      {t('app.workspaceScreen.drawing', {
                        done: progress().done,
                        total: progress().total,
                      })}
                      <progress max={progress().total} value={progress().done} />
                      <button onClick={() => exploration()?.setShowAll(false)}>
                        {t('app.workspaceScreen.backToOverview')}
                      </button>
                    </div>
                  )}
                </Show>
                <Show when={commands.layoutProgress()}>
                  {(progress) => (
                    <div class="layout-progress" role="status" data-testid="layout.progress">
                      <Show
                        when={progress().fraction !== null}
                        fallback={t('app.workspaceScreen.layingOut')}
                      >
                        {t('app.workspaceScreen.layingOutPercent', {
                          percent: Math.round((progress().fraction ?? 0) * 100),
                        })}
                        <progress max={1} value={progress().fraction ?? 0} />
                      </Show>
                      <Show when={progress().cancel}>
                        {(cancel) => (
                          <button onClick={() => cancel()()}>{t('common.cancel')}</button>
                        )}
                      </Show>
                    </div>
                  )}
                </Show>
              </div>
              <Show when={exploration()}>
                {(explore) => (
                  <AnalysisDock exploration={explore()} session={current} onPick={focus} />
                )}
              </Show>
            </div>
            <DetailsPanel
              session={current}
              selection={app.selection()}
              creating={creating()}
              newEntityPosition={() => adapter()?.spotForNewNode()}
              onCreated={(id) => focus(id)}
              onCancelCreate={() => setCreating(null)}
              onSelect={focus}
              onDelete={deleteSelected}
              onOpenSource={setSourceView}
              onMerge={merge}
              explorer={explorer}
              onPath={(from, to) => exploration()?.findPath(from, to)}
            />
          </div>
        )}
      </Show>
      <ImportLayer
        flow={imports}
        session={session()}
        onCommitted={(title, { entityIds, relationCount }) => {
          adapter()?.fit();
          const current = session();
          const added = message('app.workspaceScreen.added', {
            title,
            entities: message('common.count.entities', { count: Object.keys(entityIds).length }),
            relations: message('common.count.relations', { count: relationCount }),
          });
          notices.show(added, {
            action: {
              label: message('app.workspaceScreen.undo'),
              run: () => current?.history.undo(),
            },
          });
        }}
      />
      <Show when={importFileOpen()}>
        <WorkspaceImportLayer
          app={app}
          notices={notices}
          onDone={() => {
            setImportFileOpen(false);
            adapter()?.fit();
          }}
        />
      </Show>
      <Show when={sourceView()}>
        {(view) => (
          <SourceViewer
            view={view()}
            entities={session()?.projection.state.entities ?? {}}
            onClose={() => setSourceView(null)}
          />
        )}
      </Show>
      <Show when={duplicatesOpen() && session()}>
        {(current) => (
          <DuplicatesDialog
            entities={current().projection.state.entities}
            onMerge={merge}
            onClose={() => setDuplicatesOpen(false)}
          />
        )}
      </Show>
      <Show when={shareOpen()}>
        <ShareDialog
          sharing={app.sharing}
          workspaceName={app.activeWorkspace()?.name ?? ''}
          dialogs={dialogs}
          notices={notices}
          onClose={() => setShareOpen(false)}
        />
      </Show>
      <Show when={shortcutsOpen()}>
        <ShortcutSheet onClose={() => setShortcutsOpen(false)} />
      </Show>
      <Show when={joining()} keyed>
        {(request) => (
          <JoinDialog
            sharing={app.sharing}
            initialCode={request.code}
            notices={notices}
            onClose={() => setJoining(null)}
          />
        )}
      </Show>
      <dialogs.View />
      <notices.View />
    </div>
  );
}
