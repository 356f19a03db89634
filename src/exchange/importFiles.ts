// Reading the files chosen for an import: the size refused before reading, the text decoded and
// refused when it cannot be a graph file, CSV tables told apart as nodes or edges by their header.
// Runs in the preview worker (a 50 MB file takes ~0.4 s to decode alone), and in tests.
import { isMessage, message, type Message } from '../i18n/message';
import { decodeText } from '../ingest/readArticleFile';
import { readCsv, readCsvHeader } from './csv';
import {
  guessEdgeMapping,
  previewCsvImport,
  type CsvEdgeMapping,
  type CsvNodeMapping,
} from './csvImport';
import { refuseText } from './parseImport';
import { oneDecimal } from './report';
import { failedPreview, MAX_IMPORT_BYTES, type ImportPreview } from './snapshot';

export type ReadFile = { ok: true; name: string; text: string } | { ok: false; message: Message };

/**
 * The file's text; a file over the import limit is refused without being read into memory, and
 * so is one that is binary, empty or not UTF-8 (UTF-16 with its mark is read), before any table
 * or graph is parsed from it.
 */
export async function readImportFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    const size = oneDecimal(file.size / 1024 / 1024);
    const most = MAX_IMPORT_BYTES / 1024 / 1024;
    return {
      ok: false,
      message: message('exchange.file.tooLarge', { name: file.name, size, most }),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: message('exchange.file.unreadable', { name: file.name }) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const said = decoded.why === 'binary' ? 'exchange.file.binary' : 'exchange.file.notUtf8';
    return { ok: false, message: message(said, { name: file.name }) };
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

/** Reads the chosen files; answers what was loaded or a message saying why not. */
export async function readImportFiles(list: File[]): Promise<ImportFiles | Message> {
  if (list.length === 0) return message('exchange.files.none');
  if (list.length > 2) return message('exchange.files.tooMany');
  const read: { file: File; name: string; text: string }[] = [];
  for (const file of list) {
    const result = await readImportFile(file);
    if (!result.ok) return result.message;
    read.push({ ...result, file });
  }
  if (read.length === 1 && !looksLikeCsv(read[0].name, read[0].text)) {
    return { kind: 'file', ...read[0] };
  }
  if (!read.every((f) => looksLikeCsv(f.name, f.text))) return message('exchange.files.notTables');
  const files: CsvImportFile[] = [];
  for (const { file, name, text } of read) {
    const header = readCsvHeader(text);
    if (!header.ok) return message('exchange.file.problem', { name, problem: header.problem });
    const role: CsvRole = guessEdgeMapping(header.columns) ? 'edges' : 'nodes';
    files.push({ file, name, columns: header.columns, role });
  }
  // Two tables read alike: the second is taken as the other kind; the user can swap them.
  if (files.length === 2 && files[0].role === files[1].role)
    files[1].role = files[0].role === 'nodes' ? 'edges' : 'nodes';
  return { kind: 'csv', files };
}

/** Whether reading the files answered why not, rather than what they hold. */
export const isRefusal = (read: ImportFiles | Message): read is Message => isMessage(read);

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
  const problems: Message[] = [];
  const read = async <Mapping>(choice: MappedTable<Mapping> | null) => {
    if (!choice) return null;
    const file = await readImportFile(choice.file);
    if (!file.ok) return void problems.push(file.message);
    const parsed = readCsv(file.text);
    if (!parsed.ok)
      return void problems.push(
        message('exchange.file.problem', { name: file.name, problem: parsed.problem }),
      );
    return { table: parsed.table, mapping: choice.mapping };
  };
  const nodesInput = await read(nodes);
  const edgesInput = await read(edges);
  if (problems.length > 0) return failedPreview('csv', problems);
  return previewCsvImport(nodesInput ?? null, edgesInput ?? null);
}
