// The front door of every import: refuses what is not a graph file (too large, binary, empty),
// tells the format from the content (then the extension), and answers a preview. Nothing here
// stores anything; the store's importSnapshot does, after the user has seen the preview.
import { message, type Message } from '../i18n/message';
import type { EntityType } from '../model';
import { assemble, sizeProblem } from './assemble';
import { isConcordJson, readConcordJson } from './concordJson';
import { readCsv } from './csv';
import { guessEdgeMapping, guessNodeMapping, previewCsvImport } from './csvImport';
import { isCytoscapeJson, readCytoscapeJson } from './cytoscapeJson';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { RawGraph } from './raw';
import { Report } from './report';
import { failedPreview, MAX_IMPORT_BYTES, type ImportFormat, type ImportPreview } from './snapshot';
import { parseXml } from './xml';

/** What the file chooser offers. */
export const IMPORT_FILE_TYPES = '.json,.cyjs,.csv,.tsv,.txt,.gexf,.graphml,.xml';

/** The file's name without its folder and extension: the default name of a new workspace. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[^.]+$/, '') || name;
}

/** A message when the text cannot be a graph file at all, before any parsing. */
export function refuseText(fileName: string, text: string): Message | null {
  const name = fileName;
  // A JavaScript string of n characters holds at least n bytes of UTF-8.
  if (text.length > MAX_IMPORT_BYTES)
    return message('exchange.file.textTooLarge', { name, most: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (text.includes('\u0000')) return message('exchange.file.binary', { name });
  if (text.trim() === '' || text.trim() === '\uFEFF')
    return message('exchange.file.empty', { name });
  return null;
}

export function previewImport(
  fileName: string,
  text: string,
  options: { defaultType?: EntityType } = {},
): ImportPreview {
  const refused = refuseText(fileName, text);
  if (refused) return failedPreview(null, [refused]);
  const body = text.replace(/^\uFEFF/, '');
  const defaultType = options.defaultType ?? 'org';
  const format = formatOf(fileName, body);
  if (format === 'csv') return previewCsvText(fileName, body, defaultType);
  if (format === 'json') return previewJson(fileName, body, defaultType);
  if (format === 'xml') return previewXml(fileName, body, defaultType);
  return failedPreview(null, [message('exchange.file.notJsonOrXml', { name: fileName })]);
}

/**
 * Which reader a file's text goes to, by its content, then its extension; null when its name
 * says JSON or XML but its content does not. XML needs DOMParser, which only the page has.
 */
export function formatOf(fileName: string, text: string): 'csv' | 'json' | 'xml' | null {
  // A table's first cell may start like JSON or XML: its extension says it is a table.
  if (/\.(csv|tsv)$/i.test(fileName)) return 'csv';
  // trimStart takes a byte order mark too.
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  if (start === '<') return 'xml';
  return /\.(json|cyjs|gexf|graphml|xml)$/i.test(fileName) ? null : 'csv';
}

function previewJson(fileName: string, text: string, defaultType: EntityType): ImportPreview {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const name = fileName;
    const said =
      error instanceof Error
        ? message('exchange.file.invalidJsonDetail', { name, detail: error.message.slice(0, 120) })
        : message('exchange.file.invalidJson', { name });
    return failedPreview(null, [said]);
  }
  const report = new Report();
  const name = baseName(fileName);
  let format: ImportFormat;
  let raw: RawGraph | null;
  if (isConcordJson(value)) {
    format = 'concord-json';
    raw = readConcordJson(value, report);
  } else if (isCytoscapeJson(value)) {
    format = 'cytoscape-json';
    raw = readCytoscapeJson(value, name, report);
  } else {
    return failedPreview(null, [message('exchange.file.neitherJson', { name: fileName })]);
  }
  if (!raw) return failedPreview(format, report.problems, report.warnings);
  if (format === 'concord-json' && raw.name.trim() === '') raw.name = name;
  return assemble(raw, { format, defaultType, strict: format === 'concord-json' }, report);
}

function previewXml(fileName: string, text: string, defaultType: EntityType): ImportPreview {
  // Counted in the text, before a parser builds a tree of a million elements (19 s in jsdom).
  const tooLarge = sizeProblem(countTags(text, 'node'), countTags(text, 'edge'));
  if (tooLarge) return failedPreview(null, [tooLarge]);
  const report = new Report();
  const doc = parseXml(text, report);
  if (!doc) return failedPreview(null, report.problems);
  const root = doc.documentElement.localName;
  const name = baseName(fileName);
  let format: ImportFormat;
  let raw: RawGraph | null;
  if (root === 'gexf' || (root !== 'graphml' && /\.gexf$/i.test(fileName))) {
    format = 'gexf';
    raw = readGexf(doc, name, report);
  } else if (root === 'graphml' || /\.graphml$/i.test(fileName)) {
    format = 'graphml';
    raw = readGraphml(doc, name, report);
  } else {
    const said = message('exchange.file.neitherXml', { name: fileName, root: root.slice(0, 40) });
    return failedPreview(null, [said]);
  }
  if (!raw) return failedPreview(format, report.problems, report.warnings);
  return assemble(raw, { format, defaultType }, report);
}

/** Start tags of this local name, whatever their prefix; a tag quoted in a comment counts too. */
function countTags(text: string, name: string): number {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${name}[\\s/>]`, 'g');
  let count = 0;
  while (tag.exec(text)) count += 1;
  return count;
}

/** One CSV without a mapping step: an edges table if it has source and target columns. */
function previewCsvText(fileName: string, text: string, defaultType: EntityType): ImportPreview {
  const read = readCsv(text);
  if (!read.ok) return failedPreview('csv', [read.problem]);
  const { table } = read;
  const edgeMapping = guessEdgeMapping(table.columns);
  const preview = edgeMapping
    ? previewCsvImport(null, { table, mapping: { ...edgeMapping, endType: defaultType } })
    : previewCsvImport(
        { table, mapping: { ...guessNodeMapping(table.columns), defaultType } },
        null,
      );
  if (preview.ok) preview.snapshot.name = baseName(fileName);
  return preview;
}
