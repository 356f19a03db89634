// Importing CSV: the user says which column holds what (guessed from the headers first), then the
// rows become nodes and edges for the assembler. Edges refer to nodes by id or by name; an edges
// table alone makes an entity of each end it names.
import { message } from '../i18n/message';
import { entityTypeOfId, normalizeLine, type EntityType } from '../model';
import { assemble, sizeProblem } from './assemble';
import { isBlank, unguardCell, type CsvTable } from './csv';
import { ALL_FIELDS, clip, type EntityField } from './fields';
import type { RawEdge, RawNode } from './raw';
import { Report, typesName } from './report';
import { failedPreview, type ImportPreview } from './snapshot';

/** The optional columns of a nodes table: every field but the name, and the position. */
export type CsvNodeColumn = 'id' | 'type' | Exclude<EntityField, 'name'> | 'x' | 'y' | 'pinned';

export interface CsvNodeMapping extends Partial<Record<CsvNodeColumn, string>> {
  /** The column holding the name (a source's title). */
  name: string;
  /** For rows with no type column or an empty or unknown type. */
  defaultType: EntityType;
}

export interface CsvEdgeMapping {
  source: string;
  target: string;
  type?: string;
  label?: string;
  id?: string;
  provenance?: string;
  /** With no nodes table: the type of the entities made from the ends. Organisation if left out. */
  endType?: EntityType;
}

// i18n-exempt: the header words a file may use for each column, in English and Vietnamese
const NODE_WORDS: Partial<Record<CsvNodeColumn | 'name', string[]>> = {
  id: ['id', 'key', 'identifier', 'node id', 'nodeid'], // i18n-exempt: header words
  name: ['name', 'label', 'title', 'tên'],
  type: ['type', 'category', 'entity type', 'loại'], // i18n-exempt: header words
  aliases: ['aliases', 'alias', 'abbreviations'],
  notes: ['notes', 'note', 'description'],
  x: ['x'],
  y: ['y'],
  pinned: ['pinned'],
};

// i18n-exempt: the header words a file may use for each column
const EDGE_WORDS: Record<keyof Omit<CsvEdgeMapping, 'endType'>, string[]> = {
  source: ['source', 'from', 'src', 'source id', 'start'], // i18n-exempt: header words
  target: ['target', 'to', 'dst', 'target id', 'end'], // i18n-exempt: header words
  type: ['type', 'relation', 'relation type', 'predicate'], // i18n-exempt: header words
  label: ['label', 'title'],
  id: ['id', 'key'],
  provenance: ['provenance'],
};

/** Picks, for each wanted column, the first header that names it and is not taken yet. */
function pick(columns: string[], words: Record<string, string[] | undefined>) {
  const taken = new Set<string>();
  const chosen: Record<string, string> = {};
  for (const [key, names] of Object.entries(words)) {
    const column = columns.find(
      (c) => !taken.has(c) && (names ?? [key.toLowerCase()]).includes(c.trim().toLowerCase()),
    );
    if (column !== undefined) {
      chosen[key] = column;
      taken.add(column);
    }
  }
  return { chosen, taken };
}

export function guessNodeMapping(columns: string[]): CsvNodeMapping {
  const words: Record<string, string[] | undefined> = { ...NODE_WORDS };
  for (const field of ALL_FIELDS) words[field] ??= [field.toLowerCase()];
  const { chosen, taken } = pick(columns, words);
  const name = chosen.name ?? columns.find((c) => !taken.has(c)) ?? columns[0] ?? '';
  return { ...chosen, name, defaultType: 'org' };
}

export function guessEdgeMapping(columns: string[]): CsvEdgeMapping | null {
  const { chosen } = pick(columns, EDGE_WORDS);
  if (!chosen.source || !chosen.target) return null;
  return chosen as unknown as CsvEdgeMapping;
}

type NodesInput = { table: CsvTable; mapping: CsvNodeMapping };
type EdgesInput = { table: CsvTable; mapping: CsvEdgeMapping };

export function previewCsvImport(
  nodes: NodesInput | null,
  edges: EdgesInput | null,
): ImportPreview {
  if (!nodes && !edges) return failedPreview('csv', [message('exchange.csvImport.chooseTable')]);
  const report = new Report();
  const tooLarge = sizeProblem(nodes?.table.rows.length ?? 0, edges?.table.rows.length ?? 0);
  if (tooLarge) return failedPreview('csv', [tooLarge]);
  checkColumns('nodes', nodes, report);
  checkColumns('edges', edges, report);
  if (report.failed) return failedPreview('csv', report.problems);
  const rawEdges = edges ? edgesOf(edges) : [];
  const rawNodes = nodes ? nodesOf(nodes) : nodesFromEnds(rawEdges, edges!.mapping, report);
  const defaultType = nodes?.mapping.defaultType ?? 'org';
  return assemble(
    { name: '', nodes: rawNodes, edges: rawEdges },
    { format: 'csv', defaultType, endsByName: true },
    report,
  );
}

function checkColumns(
  what: 'nodes' | 'edges',
  input: NodesInput | EdgesInput | null,
  report: Report,
) {
  if (!input) return;
  const said =
    what === 'nodes' ? 'exchange.csvImport.noNodeColumn' : 'exchange.csvImport.noEdgeColumn';
  for (const [key, column] of Object.entries(input.mapping)) {
    if (SETTINGS.has(key) || column === undefined || column === '') continue;
    if (!input.table.columns.includes(column as string))
      report.problem(message(said, { column: clip(String(column)), field: key }));
  }
}

/** Keys of a mapping that are choices, not columns. */
const SETTINGS = new Set(['defaultType', 'endType']);

/** Each cell of a row by the mapping's key; rows that are entirely blank are left out. */
function mappedRows(
  table: CsvTable,
  mapping: object,
): { number: number; cells: Record<string, string> }[] {
  const index = new Map(table.columns.map((c, i) => [c, i]));
  const keys = Object.entries(mapping).filter(
    ([key, column]) => !SETTINGS.has(key) && typeof column === 'string' && index.has(column),
  );
  return table.rows.flatMap((row, i) => {
    if (isBlank(row)) return [];
    const cells = Object.fromEntries(
      keys.map(([key, column]) => [key, unguardCell(row[index.get(column)!] ?? '')]),
    );
    return [{ number: i + 2, cells }];
  });
}

function nodesOf({ table, mapping }: NodesInput): RawNode[] {
  return mappedRows(table, mapping).map(({ number, cells }) => {
    const { id = '', type, x, y, pinned, ...fields } = cells;
    const position = x === undefined && y === undefined ? undefined : { x, y, pinned };
    const where = message('exchange.where.nodesRow', { row: String(number) });
    return { where, id: id.trim(), type, fields, position };
  });
}

function edgesOf({ table, mapping }: EdgesInput): RawEdge[] {
  return mappedRows(table, mapping).map(({ number, cells }) => ({
    where: message('exchange.where.edgesRow', { row: String(number) }),
    id: (cells.id ?? '').trim(),
    type: cells.type,
    source: cells.source ?? '',
    target: cells.target ?? '',
    label: cells.label,
    provenance: cells.provenance,
  }));
}

/** An edges table alone: one entity per distinct end, named by it. */
function nodesFromEnds(edges: RawEdge[], mapping: CsvEdgeMapping, report: Report): RawNode[] {
  const type = mapping.endType ?? 'org';
  const names = new Map<string, RawEdge['where']>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const name = normalizeLine(end);
      if (entityTypeOfId(name)) {
        report.problem(
          message('exchange.csvImport.endIsId', { where: edge.where, id: clip(name) }),
        );
      } else if (name !== '' && !names.has(name)) names.set(name, edge.where);
    }
  }
  if (names.size > 0)
    report.warn(
      message('exchange.csvImport.madeFromEnds', { count: names.size, types: typesName(type) }),
    );
  return [...names].map(([name, where]) => ({
    where: message('exchange.where.named', { where, name: clip(name, 40) }),
    id: '',
    type,
    fields: { name },
  }));
}
