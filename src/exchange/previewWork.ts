// The import preview as the worker runs it: read the chosen files, check them, and keep what they
// would store until the user imports it. Only a summary crosses back to the page: receiving the
// records of 200,000 entities takes the page's thread over a second.
import type { Message } from '../i18n/message';
import type { EntityType } from '../model';
import type { CsvEdgeMapping, CsvNodeMapping } from './csvImport';
import {
  isRefusal,
  previewTables,
  readImportFiles,
  type CsvImportFile,
  type MappedTable,
} from './importFiles';
import { formatOf, previewImport } from './parseImport';
import type { ImportPreview, WorkspaceSnapshot } from './snapshot';

/** A preview without its records: what the dialog shows. */
export type PreviewSummary = Omit<ImportPreview, 'snapshot'>;

export const summaryOf = ({ snapshot: _snapshot, ...summary }: ImportPreview): PreviewSummary =>
  summary;

/** `key` names a preview, so that the snapshot asked for is the one the user saw. */
export type PreviewJob =
  | { kind: 'open'; key: number; files: File[]; defaultType: EntityType }
  | {
      kind: 'tables';
      key: number;
      nodes: MappedTable<CsvNodeMapping> | null;
      edges: MappedTable<CsvEdgeMapping> | null;
    }
  | { kind: 'snapshot'; key: number };

/** What choosing files answers; `xml` is for the page to read, as only it has DOMParser. */
export type Opened =
  | { kind: 'refused'; message: Message }
  | { kind: 'file'; file: File; name: string; preview: PreviewSummary }
  | { kind: 'csv'; files: CsvImportFile[] }
  | { kind: 'xml'; file: File };

export type PreviewAnswer =
  | Opened
  | { kind: 'tables'; preview: PreviewSummary }
  /** null when the preview asked for is not the one kept (replaced, or never checked). */
  | { kind: 'snapshot'; snapshot: WorkspaceSnapshot | null };

export type PreviewStep = 'reading' | 'checking';

export function createPreviewWork() {
  let kept: { key: number; preview: ImportPreview } | null = null;
  const keep = (key: number, preview: ImportPreview) => {
    kept = { key, preview };
    return summaryOf(preview);
  };

  return async (job: PreviewJob, onStep: (step: PreviewStep) => void): Promise<PreviewAnswer> => {
    if (job.kind === 'snapshot') {
      const ready = kept?.key === job.key && kept.preview.ok;
      return { kind: 'snapshot', snapshot: ready ? kept!.preview.snapshot : null };
    }
    kept = null;
    if (job.kind === 'tables') {
      onStep('checking');
      return { kind: 'tables', preview: keep(job.key, await previewTables(job.nodes, job.edges)) };
    }
    onStep('reading');
    const loaded = await readImportFiles(job.files);
    if (isRefusal(loaded)) return { kind: 'refused', message: loaded };
    if (loaded.kind === 'csv') return loaded;
    const { file, name, text } = loaded;
    if (formatOf(name, text) === 'xml') return { kind: 'xml', file };
    onStep('checking');
    const preview = previewImport(name, text, { defaultType: job.defaultType });
    return { kind: 'file', file, name, preview: keep(job.key, preview) };
  };
}
