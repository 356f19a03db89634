// Files in and out of the browser: a download through a temporary object URL, the name an export
// is saved under, and reading the files chosen for an import (the size refused before reading,
// CSV tables parsed and guessed as nodes or edges).
import {
  guessEdgeMapping,
  MAX_IMPORT_BYTES,
  readCsv,
  refuseText,
  type CsvTable,
} from '../exchange';
import { decodeText } from '../ingest/readArticleFile';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in
  // some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

// The name of every file Concord writes; in the model so that sync's change files share it.
export { exportFileName } from '../model';

export type ReadFile = { ok: true; name: string; text: string } | { ok: false; message: string };

/**
 * The file's text; a file over the import limit is refused without being read into memory, and
 * so is one that is binary, empty or not UTF-8 (UTF-16 with its mark is read), before any table
 * or graph is parsed from it.
 */
export async function readImportFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    const most = MAX_IMPORT_BYTES / 1024 / 1024;
    return {
      ok: false,
      message: `${file.name} is ${size} MB; Concord imports files up to ${most} MB.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const message =
      decoded.why === 'binary'
        ? `${file.name} is a binary file, not a graph Concord can read.`
        : `${file.name} is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and try again.`;
    return { ok: false, message };
  }
  const refused = refuseText(file.name, decoded.text);
  return refused
    ? { ok: false, message: refused }
    : { ok: true, name: file.name, text: decoded.text };
}

export type CsvRole = 'nodes' | 'edges';
export interface CsvImportFile {
  name: string;
  table: CsvTable;
  role: CsvRole;
}
/** One graph file as text, or one or two CSV tables, each a nodes or an edges table. */
export type ImportFiles =
  { kind: 'file'; name: string; text: string } | { kind: 'csv'; files: CsvImportFile[] };

/** A table by its name, or by not starting like JSON or XML when its name says neither. */
const looksLikeCsv = (name: string, text: string) =>
  /\.(csv|tsv|txt)$/i.test(name) ||
  (!/\.(json|cyjs|gexf|graphml|xml)$/i.test(name) &&
    !/^\s*[[{<]/.test(text.replace(/^\uFEFF/, '')));

/** Reads the chosen files; answers what was loaded or a sentence saying why not. */
export async function readImportFiles(list: File[]): Promise<ImportFiles | string> {
  if (list.length === 0) return 'Choose a file.';
  if (list.length > 2) return 'Choose one file, or two CSV files: the nodes and the edges.';
  const read: { name: string; text: string }[] = [];
  for (const file of list) {
    const result = await readImportFile(file);
    if (!result.ok) return result.message;
    read.push(result);
  }
  if (read.length === 1 && !looksLikeCsv(read[0].name, read[0].text)) {
    return { kind: 'file', name: read[0].name, text: read[0].text };
  }
  if (!read.every((f) => looksLikeCsv(f.name, f.text)))
    return 'Two files can only be two CSV tables: the nodes and the edges.';
  const files: CsvImportFile[] = [];
  for (const file of read) {
    const parsed = readCsv(file.text);
    if (!parsed.ok) return `${file.name}: ${parsed.problem}`;
    const role: CsvRole = guessEdgeMapping(parsed.table.columns) ? 'edges' : 'nodes';
    files.push({ name: file.name, table: parsed.table, role });
  }
  // Two tables read alike: the second is taken as the other kind; the user can swap them.
  if (files.length === 2 && files[0].role === files[1].role)
    files[1].role = files[0].role === 'nodes' ? 'edges' : 'nodes';
  return { kind: 'csv', files };
}
