// The verbs behind the exploration buttons (details panel, toolbar, double-click): focus, expand,
// collapse, paths, pins, layouts and exports, each answering the user with a notice when it
// cannot do what was asked.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createLayoutRunner, type LayoutRunner } from '../analysis/layoutClient';
import type { WorkspaceSession } from '../app/workspaceSession';
import type { GraphAdapter } from '../graph/adapter';
import { t } from '../i18n';
import { setPinned } from '../store';
import { collapseNode, expandNode } from '../view';
import type { Exploration } from './exploration';
import type { EntityExplorer } from './ExploreActions';
import {
  exportWorkspace,
  runChosenLayout,
  type ExportKind,
  type LayoutChoice,
  type LayoutProgress,
} from './graphActions';
import type { Notices } from './notices';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createExplorationCommands(deps: {
  session: Accessor<WorkspaceSession | null>;
  adapter: Accessor<GraphAdapter | null>;
  exploration: Accessor<Exploration | null>;
  selection: Accessor<string[]>;
  workspaceName: Accessor<string>;
  notices: Notices;
}) {
  const { session, adapter, exploration, notices } = deps;
  const [layoutProgress, setLayoutProgress] = createSignal<LayoutProgress | null>(null);
  let layoutRunner: LayoutRunner | null = null;
  onCleanup(() => layoutRunner?.destroy());

  const pin = (ids: readonly string[], pinned: boolean) => {
    const current = session();
    const entityIds = ids.filter((id) => current?.projection.state.entities[id]);
    if (!current || entityIds.length === 0)
      return notices.show('Select the entities to pin or unpin first.');
    setPinned(current.doc, entityIds, pinned, adapter()?.positionsOf(entityIds));
  };

  const explorer: EntityExplorer = {
    focus(id, depth) {
      exploration()?.updateFilters((f) => ({
        ...f,
        focus: { roots: [id], depth },
        expanded: [],
        collapsed: [],
      }));
      // The neighbourhood may lie outside the viewport: bring all of it into view.
      adapter()?.fit();
    },
    expand: (id) => exploration()?.updateFilters((f) => expandNode(f, id)),
    collapse: (id) => exploration()?.updateFilters((f) => collapseNode(f, id)),
    isCollapsed: (id) => exploration()?.filters().collapsed.includes(id) ?? false,
    pathStart: () => exploration()?.pathStart() ?? null,
    startPath: (id) => exploration()?.setPathStart(id),
    finishPath(to) {
      const start = exploration()?.pathStart();
      if (start) exploration()?.findPath(start, to);
    },
    isPinned: (id) => session()?.projection.state.positions[id]?.pinned === true,
    setPinned: (id, pinned) => pin([id], pinned),
  };

  const findPathFromSelection = () => {
    const ids = deps.selection().filter((id) => session()?.projection.state.entities[id]);
    if (ids.length === 2) return exploration()?.findPath(ids[0], ids[1]);
    notices.show(
      'Select two entities (Ctrl+click the second), or use “Path from here” in an entity’s panel.',
    );
  };

  /** The size metric's values, which the concentric layout puts in the middle. */
  const sizeMetricValues = (): Record<string, number> | undefined => {
    const metrics = exploration()?.metrics;
    const result = metrics?.result();
    const sizeBy = metrics?.sizeBy();
    if (!result || !sizeBy || sizeBy === 'none') return undefined;
    return Object.fromEntries(Object.entries(result.byNode).map(([id, m]) => [id, m[sizeBy]]));
  };

  // One layout at a time: an animated one still moving nodes would undo the next one's work.
  // A layout shows its progress from its first step to its last, so that says it is running.
  const layout = (choice: LayoutChoice) => {
    const current = session();
    const drawing = adapter();
    if (!current || !drawing) return;
    if (layoutProgress())
      return notices.show('A layout is still running: wait for it or cancel it.');
    runChosenLayout({
      choice,
      session: current,
      adapter: drawing,
      selection: deps.selection(),
      metric: sizeMetricValues(),
      backgroundRunner: () => (layoutRunner ??= createLayoutRunner()),
      onProgress: setLayoutProgress,
    }).then(
      (problem) => problem && notices.show(problem),
      (error: unknown) => {
        if (error instanceof Error && error.name === 'CancelledError') return;
        notices.show(`The layout failed: ${messageOf(error)}`, { kind: 'error' });
      },
    );
  };

  /** Downloads an export; a backup is the lossless JSON export, noted once it is written. */
  const exportAs = (kind: ExportKind, backup?: { onWritten(): void }) => {
    const current = session();
    if (!current) return;
    exportWorkspace(kind, current, adapter(), deps.workspaceName()).then(
      (message) => {
        backup?.onWritten();
        notices.show(backup ? `Backed up. ${t(message)}` : message);
      },
      (error: unknown) =>
        notices.show(`${backup ? 'The backup' : 'Export'} failed: ${messageOf(error)}`, {
          kind: 'error',
        }),
    );
  };

  return { explorer, pin, findPathFromSelection, layout, layoutProgress, exportAs };
}
