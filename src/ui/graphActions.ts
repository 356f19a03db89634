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
import { message, type Message } from '../i18n';
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

/** Each export as the menu names it; shown with t() in the reader's language. */
export const EXPORT_CHOICES: {
  kind: ExportKind;
  label: Message;
  hint: Message;
  separatorBefore?: boolean;
}[] = [
  { kind: 'png', label: message('app.export.png'), hint: message('app.export.pngHint') },
  { kind: 'svg', label: message('app.export.svg'), hint: message('app.export.svgHint') },
  {
    kind: 'json',
    label: message('app.export.json'),
    hint: message('app.export.jsonHint'),
    separatorBefore: true,
  },
  {
    kind: 'nodes-csv',
    label: message('app.export.nodesCsv'),
    hint: message('app.export.nodesCsvHint'),
  },
  {
    kind: 'edges-csv',
    label: message('app.export.edgesCsv'),
    hint: message('app.export.edgesCsvHint'),
  },
  { kind: 'gexf', label: message('app.export.gexf'), hint: message('app.export.gexfHint') },
  {
    kind: 'graphml',
    label: message('app.export.graphml'),
    hint: message('app.export.graphmlHint'),
  },
  {
    kind: 'cytoscape',
    label: message('app.export.cytoscape'),
    hint: message('app.export.cytoscapeHint'),
  },
];

/** Writes the chosen export as a download; answers the message for the notice. */
export async function exportWorkspace(
  kind: ExportKind,
  session: WorkspaceSession,
  adapter: GraphAdapter | null,
  workspaceName: string,
): Promise<Message> {
  if (kind === 'png' || kind === 'svg') {
    if (!adapter || adapter.cy.nodes().empty()) return message('app.export.nothingDrawn');
    const fileName = exportFileName(workspaceName, kind);
    if (kind === 'png') downloadBlob(fileName, await adapter.exportPng());
    else downloadText(fileName, adapter.exportSvg(), 'image/svg+xml');
    return message('app.export.drawing', { fileName });
  }
  const format = FILE_EXPORTS[kind];
  const snapshot = snapshotOf(session.projection.state, workspaceName);
  const fileName = exportFileName(workspaceName, format.extension);
  downloadText(fileName, format.write(snapshot), format.mime);
  return message('app.export.done', {
    entities: message('common.count.entities', { count: snapshot.entities.length }),
    relations: message('common.count.relations', { count: snapshot.relations.length }),
    fileName,
  });
}

export type LayoutChoice = LayoutName | 'forceatlas2';

/** Each layout as the menu names it: shown with t(). */
export const LAYOUT_CHOICES: { choice: LayoutChoice; label: Message; hint: Message }[] = [
  {
    choice: 'fcose',
    label: message('app.layout.fcose'),
    hint: message('app.layout.fcoseHint', { max: MAX_FORCE_LAYOUT_NODES }),
  },
  {
    choice: 'forceatlas2',
    label: message('app.layout.forceatlas2'),
    hint: message('app.layout.forceatlas2Hint'),
  },
  {
    choice: 'concentric',
    label: message('app.layout.concentric'),
    hint: message('app.layout.concentricHint'),
  },
  {
    choice: 'breadthfirst',
    label: message('app.layout.breadthfirst'),
    hint: message('app.layout.breadthfirstHint'),
  },
  { choice: 'grid', label: message('app.layout.grid'), hint: message('app.layout.gridHint') },
  { choice: 'circle', label: message('app.layout.circle'), hint: message('app.layout.circleHint') },
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
}): Promise<Message | null> {
  const { adapter, session } = options;
  const nodeCount = adapter.cy.nodes().length;
  const background =
    options.choice === 'forceatlas2' ||
    (options.choice === 'fcose' && nodeCount > MAX_FORCE_LAYOUT_NODES);
  if (options.choice === 'breadthfirst' && options.selection.length === 0)
    return message('app.layout.selectRoot');
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
