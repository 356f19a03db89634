// Reads and checks the files of a workspace import in a Web Worker, so that a large file never
// freezes the tab (a 200k-entity Concord JSON took 23 s on the main thread), with Cancel. GEXF
// and GraphML are the exception: they are parsed here, because only the page has DOMParser.
import { createJobRunner } from '../analysis/jobRunner';
import { message, type Message } from '../i18n/message';
import { CancelledError } from '../ingest/extractClient';
import type { EntityType } from '../model';
import type { CsvEdgeMapping, CsvNodeMapping } from './csvImport';
import { readImportFile, type MappedTable } from './importFiles';
import { previewImport } from './parseImport';
import {
  summaryOf,
  type Opened,
  type PreviewAnswer,
  type PreviewJob,
  type PreviewStep,
  type PreviewSummary,
} from './previewWork';
import type { ImportPreview, WorkspaceSnapshot } from './snapshot';
import { spawnImportPreviewWorker } from '../workers/spawnWorkers';

/** A failure of the preview that the dialog says in the reader's language. */
export class ImportPreviewError extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'ImportPreviewError';
  }
}

export interface ImportPreviewer {
  /** A graph file is previewed at once; CSV tables answer their columns, for the mapping. */
  open(
    files: File[],
    defaultType: EntityType,
    onStep: (step: PreviewStep) => void,
  ): Promise<Exclude<Opened, { kind: 'xml' }>>;
  previewTables(
    nodes: MappedTable<CsvNodeMapping> | null,
    edges: MappedTable<CsvEdgeMapping> | null,
    onStep: (step: PreviewStep) => void,
  ): Promise<PreviewSummary>;
  /** What the last preview answered would store; rejects with an ImportPreviewError if none. */
  snapshot(): Promise<WorkspaceSnapshot>;
  /** Stops the reading or checking under way; its promise rejects with a CancelledError. */
  cancel(): void;
  destroy(): void;
}

export function createImportPreviewer(
  spawn: () => Worker = spawnImportPreviewWorker,
): ImportPreviewer {
  const runner = createJobRunner<PreviewJob, PreviewAnswer, PreviewStep>(
    spawn,
    // i18n-exempt: names the job in analysis/jobRunner's error for a crashed worker, a technical detail
    'check of the file',
  );
  // Each preview gets a key; the worker gives the snapshot only of the preview with the last one.
  let key = 0;
  let onPage: ImportPreview | null = null;

  /** An XML file, read and checked here: the worker has told it apart, and nothing else. */
  const openOnPage = async (file: File, defaultType: EntityType, mine: number) => {
    const read = await readImportFile(file);
    if (mine !== key) throw new CancelledError();
    if (!read.ok) return { kind: 'refused' as const, message: read.message };
    onPage = previewImport(read.name, read.text, { defaultType });
    return { kind: 'file' as const, file, name: read.name, preview: summaryOf(onPage) };
  };

  // Each kind of job has its one kind of answer (previewWork.ts).
  return {
    async open(files, defaultType, onStep) {
      onPage = null;
      const mine = ++key;
      const job: PreviewJob = { kind: 'open', key: mine, files, defaultType };
      const answer = (await runner.run(job, onStep)) as Opened;
      return answer.kind === 'xml' ? openOnPage(answer.file, defaultType, mine) : answer;
    },
    async previewTables(nodes, edges, onStep) {
      onPage = null;
      const job: PreviewJob = { kind: 'tables', key: ++key, nodes, edges };
      const answer = (await runner.run(job, onStep)) as { preview: PreviewSummary };
      return answer.preview;
    },
    async snapshot() {
      if (onPage) return onPage.snapshot;
      const answer = await runner.run({ kind: 'snapshot', key }, () => undefined);
      const { snapshot } = answer as { snapshot: WorkspaceSnapshot | null };
      if (!snapshot) throw new ImportPreviewError(message('exchange.preview.notChecked'));
      return snapshot;
    },
    cancel() {
      // An XML file being read here stops at its next step.
      key += 1;
      runner.cancel();
    },
    destroy() {
      key += 1;
      runner.destroy();
    },
  };
}
