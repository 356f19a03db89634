// One workspace import as the dialog shows it: the chosen files, the CSV column mappings, and the
// preview, read and checked in the preview worker while the dialog says so and offers Cancel.
// Nothing here stores anything; the dialog hands the checked snapshot to its caller.
import { createSignal } from 'solid-js';
import {
  failedPreview,
  guessEdgeMapping,
  guessNodeMapping,
  summaryOf,
  type CsvEdgeMapping,
  type CsvImportFile,
  type CsvNodeMapping,
  type CsvRole,
  type PreviewStep,
  type PreviewSummary,
} from '../exchange';
import { ImportPreviewError, type ImportPreviewer } from '../exchange/previewClient';
import { isMessage, message, type Text } from '../i18n';
import { CancelledError } from '../ingest/extractClient';
import type { EntityType } from '../model';

type Loaded = { kind: 'file'; file: File } | { kind: 'csv'; files: CsvImportFile[] };

/** The files being read or checked in the worker. */
export interface Checking {
  step: PreviewStep;
  files: File[];
}

type Opened = Awaited<ReturnType<ImportPreviewer['open']>>;

export function createWorkspaceImport(previewer: ImportPreviewer) {
  const [loaded, setLoaded] = createSignal<Loaded | null>(null);
  const [preview, setPreview] = createSignal<PreviewSummary | null>(null);
  const [checking, setChecking] = createSignal<Checking | null>(null);
  const [said, setMessage] = createSignal<Text | null>(null);
  const [defaultType, setDefaultType] = createSignal<EntityType>('org');
  const [nodeMapping, setNodeMapping] = createSignal<CsvNodeMapping>(guessNodeMapping([]));
  const [edgeMapping, setEdgeMapping] = createSignal<CsvEdgeMapping>({ source: '', target: '' });

  const csvFiles = () => {
    const current = loaded();
    return current?.kind === 'csv' ? current.files : [];
  };
  const table = (role: CsvRole) => csvFiles().find((f) => f.role === role);

  // Which check is the current one: an answer to an older one is not shown.
  let run = 0;
  /**
   * One job in the worker, shown while it runs; null when it was cancelled, replaced or failed.
   * The last preview stays on screen meanwhile (the dialog greys it and turns Import off), so that
   * changing a column does not make the dialog jump.
   */
  const check = async <T>(
    files: File[],
    job: (onStep: (step: PreviewStep) => void) => Promise<T>,
  ): Promise<T | null> => {
    const mine = ++run;
    setMessage(null);
    setChecking({ step: 'reading', files });
    try {
      const answer = await job((step) => mine === run && setChecking({ step, files }));
      return mine === run ? answer : null;
    } catch (error) {
      if (mine === run && !(error instanceof CancelledError)) {
        setPreview(null);
        setMessage(reasonOf(error));
      }
      return null;
    } finally {
      if (mine === run) setChecking(null);
    }
  };

  /** Guesses the mappings from the tables' headers, after a load or a swap of the two tables. */
  const remap = () => {
    const nodes = table('nodes');
    const edges = table('edges');
    if (nodes) setNodeMapping({ ...guessNodeMapping(nodes.columns), defaultType: defaultType() });
    if (edges) setEdgeMapping({ ...edgeGuess(edges.columns), endType: defaultType() });
  };

  const checkTables = async () => {
    const [nodes, edges] = [table('nodes'), table('edges')];
    if (csvFiles().length === 2 && (!nodes || !edges)) {
      const problem = message('exchange.csvImport.sameKind');
      return void setPreview(summaryOf(failedPreview('csv', [problem])));
    }
    const summary = await check(
      csvFiles().map((f) => f.file),
      (onStep) =>
        previewer.previewTables(
          nodes ? { file: nodes.file, mapping: nodeMapping() } : null,
          edges ? { file: edges.file, mapping: edgeMapping() } : null,
          onStep,
        ),
    );
    if (summary) setPreview(summary);
  };

  const show = (opened: Opened) => {
    if (opened.kind === 'refused') {
      setLoaded(null);
      setMessage(opened.message);
    } else if (opened.kind === 'file') {
      setLoaded({ kind: 'file', file: opened.file });
      setPreview(opened.preview);
    } else {
      setLoaded({ kind: 'csv', files: opened.files });
      remap();
      void checkTables();
    }
  };

  const open = async (files: File[]) => {
    const opened = await check(files, (onStep) => previewer.open(files, defaultType(), onStep));
    if (opened) show(opened);
    return opened !== null && opened.kind !== 'refused';
  };

  return {
    loaded,
    csvFiles,
    preview,
    checking,
    message: said,
    say: setMessage,
    defaultType,
    nodeMapping,
    edgeMapping,
    /** Answers whether the files were loaded (else the message says why not). */
    choose(files: File[]): Promise<boolean> {
      setLoaded(null);
      setPreview(null);
      return open(files);
    },
    changeDefaultType(type: EntityType) {
      setDefaultType(type);
      const current = loaded();
      if (current?.kind === 'file') void open([current.file]);
    },
    changeNodeMapping(mapping: CsvNodeMapping) {
      setNodeMapping(mapping);
      void checkTables();
    },
    changeEdgeMapping(mapping: CsvEdgeMapping) {
      setEdgeMapping(mapping);
      void checkTables();
    },
    swap() {
      const flip = (role: CsvRole): CsvRole => (role === 'nodes' ? 'edges' : 'nodes');
      setLoaded({ kind: 'csv', files: csvFiles().map((f) => ({ ...f, role: flip(f.role) })) });
      remap();
      void checkTables();
    },
    /** Cancel while reading or checking: back to choosing a file, nothing kept. */
    stop() {
      run += 1;
      previewer.cancel();
      setChecking(null);
      setLoaded(null);
      setPreview(null);
      setMessage(message('exchange.preview.cancelled'));
    },
    snapshot: () => previewer.snapshot(),
  };
}

/**
 * What a failure says to the reader: the message of a failure that has one (the preview's own, or
 * any error carrying a Message as its `reason`), else the error's words.
 */
export function reasonOf(error: unknown): Text {
  if (error instanceof ImportPreviewError) return error.reason;
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (isMessage(reason)) return reason;
  return error instanceof Error ? error.message : String(error);
}

/** The guessed edge columns, or the first two columns when the headers say nothing. */
const edgeGuess = (columns: string[]): CsvEdgeMapping =>
  guessEdgeMapping(columns) ?? { source: columns[0] ?? '', target: columns[1] ?? '' };
