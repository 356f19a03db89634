// The toolbar's export and layout verbs: what each choice is called, and what it does with the
// open workspace and the graph adapter. Exports read the projection (the whole workspace) or
// the drawing (images); layouts store their positions as one undo step.
import type { WorkspaceSession } from '../app/workspaceSession';
import type { LayoutRunner } from '../analysis/layoutClient';
import type { GraphAdapter } from '../graph/adapter';
import { MAX_FORCE_LAYOUT_NODES, type LayoutName } from '../graph/layouts';
import {
  exportConcordJson,
  exportCytoscapeJson,
  exportEdgesCsv,
  exportGexf,
  exportGraphml,
  exportNodesCsv,
  snapshotOf,
  type WorkspaceSnapshot,
} from '../exchange';
import { moveNodes } from '../store';
import { downloadBlob, downloadText, exportFileName } from './exchangeFiles';

export type ExportKind =
  'png' | 'svg' | 'json' | 'nodes-csv' | 'edges-csv' | 'gexf' | 'graphml' | 'cytoscape';

interface FileExport {
  extension: string;
  mime: string;
  write(snapshot: WorkspaceSnapshot): string;
}

const FILE_EXPORTS: Record<Exclude<ExportKind, 'png' | 'svg'>, FileExport> = {
  json: { extension: 'concord.json', mime: 'application/json', write: exportConcordJson },
  'nodes-csv': { extension: 'nodes.csv', mime: 'text/csv', write: exportNodesCsv },
  'edges-csv': { extension: 'edges.csv', mime: 'text/csv', write: exportEdgesCsv },
  gexf: { extension: 'gexf', mime: 'application/gexf+xml', write: exportGexf },
  graphml: { extension: 'graphml', mime: 'application/graphml+xml', write: exportGraphml },
  cytoscape: { extension: 'cyjs', mime: 'application/json', write: exportCytoscapeJson },
};

export const EXPORT_CHOICES: {
  kind: ExportKind;
  label: string;
  hint: string;
  separatorBefore?: boolean;
}[] = [
  { kind: 'png', label: 'Picture (PNG)', hint: 'The graph as drawn now, filters applied' },
  { kind: 'svg', label: 'Picture (SVG)', hint: 'The graph as drawn now, as a vector image' },
  {
    kind: 'json',
    label: 'Workspace (Concord JSON)',
    hint: 'Everything, with sources and provenance: imports back without loss',
    separatorBefore: true,
  },
  { kind: 'nodes-csv', label: 'Entities (CSV)', hint: 'One row per entity, for spreadsheets' },
  { kind: 'edges-csv', label: 'Relations (CSV)', hint: 'One row per relation, for spreadsheets' },
  { kind: 'gexf', label: 'GEXF (Gephi)', hint: 'Opens in Gephi and Gephi Lite' },
  { kind: 'graphml', label: 'GraphML', hint: 'Opens in Gephi, yEd, Cytoscape desktop, NetworkX' },
  { kind: 'cytoscape', label: 'Cytoscape JSON', hint: 'Cytoscape desktop and Cytoscape.js' },
];

/** Writes the chosen export as a download; answers a sentence for the notice. */
export async function exportWorkspace(
  kind: ExportKind,
  session: WorkspaceSession,
  adapter: GraphAdapter | null,
  workspaceName: string,
): Promise<string> {
  if (kind === 'png' || kind === 'svg') {
    if (!adapter || adapter.cy.nodes().empty()) return 'There is nothing drawn to export.';
    const fileName = exportFileName(workspaceName, kind);
    if (kind === 'png') downloadBlob(fileName, await adapter.exportPng());
    else downloadText(fileName, adapter.exportSvg(), 'image/svg+xml');
    return `Exported the drawing as ${fileName}`;
  }
  const format = FILE_EXPORTS[kind];
  const snapshot = snapshotOf(session.projection.state, workspaceName);
  const fileName = exportFileName(workspaceName, format.extension);
  downloadText(fileName, format.write(snapshot), format.mime);
  return `Exported ${snapshot.entities.length} entities and ${snapshot.relations.length} relations as ${fileName}`;
}

export type LayoutChoice = LayoutName | 'forceatlas2';

export const LAYOUT_CHOICES: { choice: LayoutChoice; label: string; hint: string }[] = [
  {
    choice: 'fcose',
    label: 'Force-directed',
    hint: `Related entities close together (up to ${MAX_FORCE_LAYOUT_NODES} nodes)`,
  },
  {
    choice: 'forceatlas2',
    label: 'Force-directed, large graphs',
    hint: 'ForceAtlas2 in the background: the tab stays usable while it runs',
  },
  {
    choice: 'concentric',
    label: 'Concentric by importance',
    hint: 'Central entities in the middle (by the size metric, else degree)',
  },
  {
    choice: 'breadthfirst',
    label: 'Tree around the selection',
    hint: 'Breadth-first from the selected entities',
  },
  { choice: 'grid', label: 'Grid', hint: 'Rows and columns' },
  { choice: 'circle', label: 'Circle', hint: 'One ring' },
];

export interface LayoutProgress {
  /** null while a main-thread layout runs: it reports no steps. */
  fraction: number | null;
  /** Only background layouts can be stopped half way. */
  cancel?(): void;
}

/**
 * Runs a layout over what the graph draws and stores the result as one undo step. fcose runs on
 * the main thread only for graphs it lays out quickly; larger ones go to the background layout.
 */
export async function runChosenLayout(options: {
  choice: LayoutChoice;
  session: WorkspaceSession;
  adapter: GraphAdapter;
  selection: readonly string[];
  metric: Record<string, number> | undefined;
  backgroundRunner: () => LayoutRunner;
  onProgress(progress: LayoutProgress | null): void;
}): Promise<string | null> {
  const { adapter, session } = options;
  const nodeCount = adapter.cy.nodes().length;
  const background =
    options.choice === 'forceatlas2' ||
    (options.choice === 'fcose' && nodeCount > MAX_FORCE_LAYOUT_NODES);
  if (options.choice === 'breadthfirst' && options.selection.length === 0)
    return 'Select the entity the tree grows from first.';
  let positions: Record<string, { x: number; y: number }>;
  if (background) {
    const runner = options.backgroundRunner();
    const nodes = adapter.cy.nodes().map((n) => n.id());
    const edges = adapter.cy
      .edges()
      .map((e): [string, string] => [e.data('source'), e.data('target')]);
    const pinned = adapter.cy.nodes('.pinned').map((n) => n.id());
    options.onProgress({ fraction: 0, cancel: () => runner.cancel() });
    try {
      positions = await runner.run(
        { nodes, edges, positions: adapter.positionsOf(nodes), pinned },
        (fraction) => options.onProgress({ fraction, cancel: () => runner.cancel() }),
      );
    } finally {
      options.onProgress(null);
    }
    for (const id of pinned) delete positions[id];
  } else {
    options.onProgress({ fraction: null });
    try {
      positions = await adapter.runLayout({
        name: options.choice as LayoutName,
        roots: options.selection,
        metric: options.metric,
      });
    } finally {
      options.onProgress(null);
    }
  }
  moveNodes(session.doc, positions);
  adapter.fit();
  return null;
}
