// Reading the files chosen for an import: the size refused before reading, the text decoded and
// refused when it cannot be a graph file, CSV tables told apart as nodes or edges by their header.
// Runs in the preview worker (a 50 MB file takes ~0.4 s to decode alone), and in tests.
import { decodeText } from '../ingest/readArticleFile';
import { readCsv, readCsvHeader } from './csv';
import {
  guessEdgeMapping,
  previewCsvImport,
  type CsvEdgeMapping,
  type CsvNodeMapping,
} from './csvImport';
import { refuseText } from './parseImport';
import { failedPreview, MAX_IMPORT_BYTES, type ImportPreview } from './snapshot';

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
/** A chosen CSV file and its columns; its rows are read again for each preview. */
export interface CsvImportFile {
  file: File;
  name: string;
  columns: string[];
  role: CsvRole;
}
/** One graph file as text, or one or two CSV tables, each a nodes or an edges table. */
export type ImportFiles =
  | { kind: 'file'; file: File; name: string; text: string }
  | { kind: 'csv'; files: CsvImportFile[] };

/** A table by its name, or by not starting like JSON or XML when its name says neither. */
const looksLikeCsv = (name: string, text: string) =>
  /\.(csv|tsv|txt)$/i.test(name) ||
  (!/\.(json|cyjs|gexf|graphml|xml)$/i.test(name) &&
    !/^\s*[[{<]/.test(text.replace(/^\uFEFF/, '')));

/** Reads the chosen files; answers what was loaded or a sentence saying why not. */
export async function readImportFiles(list: File[]): Promise<ImportFiles | string> {
  if (list.length === 0) return 'Choose a file.';
  if (list.length > 2) return 'Choose one file, or two CSV files: the nodes and the edges.';
  const read: { file: File; name: string; text: string }[] = [];
  for (const file of list) {
    const result = await readImportFile(file);
    if (!result.ok) return result.message;
    read.push({ ...result, file });
  }
  if (read.length === 1 && !looksLikeCsv(read[0].name, read[0].text)) {
    return { kind: 'file', ...read[0] };
  }
  if (!read.every((f) => looksLikeCsv(f.name, f.text)))
    return 'Two files can only be two CSV tables: the nodes and the edges.';
  const files: CsvImportFile[] = [];
  for (const { file, name, text } of read) {
    const header = readCsvHeader(text);
    if (!header.ok) return `${name}: ${header.problem}`;
    const role: CsvRole = guessEdgeMapping(header.columns) ? 'edges' : 'nodes';
    files.push({ file, name, columns: header.columns, role });
  }
  // Two tables read alike: the second is taken as the other kind; the user can swap them.
  if (files.length === 2 && files[0].role === files[1].role)
    files[1].role = files[0].role === 'nodes' ? 'edges' : 'nodes';
  return { kind: 'csv', files };
}

/** A CSV file and what the user said its columns hold. */
export interface MappedTable<Mapping> {
  file: File;
  mapping: Mapping;
}

/** Reads the tables in full and previews them under their mappings. */
export async function previewTables(
  nodes: MappedTable<CsvNodeMapping> | null,
  edges: MappedTable<CsvEdgeMapping> | null,
): Promise<ImportPreview> {
  const problems: string[] = [];
  const read = async <Mapping>(choice: MappedTable<Mapping> | null) => {
    if (!choice) return null;
    const file = await readImportFile(choice.file);
    if (!file.ok) return void problems.push(file.message);
    const parsed = readCsv(file.text);
    if (!parsed.ok) return void problems.push(`${file.name}: ${parsed.problem}`);
    return { table: parsed.table, mapping: choice.mapping };
  };
  const nodesInput = await read(nodes);
  const edgesInput = await read(edges);
  if (problems.length > 0) return failedPreview('csv', problems);
  return previewCsvImport(nodesInput ?? null, edgesInput ?? null);
}
