// CSV for spreadsheets: a nodes table (one column per field across the types) and an edges table.
// RFC 4180 quoting (papaparse), CRLF, and a UTF-8 byte order mark so that Excel reads Vietnamese.
// A cell Excel would run as a formula (=, +, -, @) is written with a leading apostrophe, which
// reading takes off again, so the guard costs nothing in the round trip.
import Papa from 'papaparse';
import { message, type Message } from '../i18n/message';
import { clip, encodeField, fieldValue, hasField, ALL_FIELDS } from './fields';
import { writeProvenance } from './provenanceText';
import type { WorkspaceSnapshot } from './snapshot';
import type { Position } from '../model';

export const NODE_COLUMNS = ['id', 'type', ...ALL_FIELDS, 'x', 'y', 'pinned'] as const;
export const EDGE_COLUMNS = ['id', 'type', 'source', 'target', 'label', 'provenance'] as const;

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The cell as written: an apostrophe before what a spreadsheet would evaluate. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** The inverse of guardCell. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

function toCsv(columns: readonly string[], rows: string[][]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows }, { newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}

export function exportNodesCsv(s: WorkspaceSnapshot): string {
  const rows = s.entities.map((entity) => {
    const position: Position | undefined = s.positions[entity.id];
    return NODE_COLUMNS.map((column) => {
      if (column === 'id' || column === 'type') return entity[column];
      if (column === 'x' || column === 'y') return position ? String(position[column]) : '';
      if (column === 'pinned') return encodeField(position?.pinned);
      return hasField(entity.type, column)
        ? guardCell(encodeField(fieldValue(entity, column)))
        : '';
    });
  });
  return toCsv(NODE_COLUMNS, rows);
}

export function exportEdgesCsv(s: WorkspaceSnapshot): string {
  const rows = s.relations.map((r) => [
    r.id,
    r.type,
    r.from,
    r.to,
    guardCell(r.label),
    writeProvenance(r.provenance),
  ]);
  return toCsv(EDGE_COLUMNS, rows);
}

export const MAX_CSV_COLUMNS = 1_000;

export interface CsvTable {
  columns: string[];
  /** Every record after the header, blank ones included, so that row numbers stay true. */
  rows: string[][];
}

/**
 * The separator the header uses most: comma, semicolon (as a European Excel saves) or tab.
 * Papaparse's own guess weighs every row and is thrown off by short files and quoted cells.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const count = (d: string) => header.split(d).length;
  return [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * A table from CSV text: the first record is the header. Broken quoting, a repeated column name or a row
 * whose number of cells differs from the header's is refused with one sentence.
 */
export function readCsv(
  text: string,
): { ok: true; table: CsvTable } | { ok: false; problem: Message } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: delimiterOf(body) });
  const quoting = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoting) {
    const detail = quoting.message;
    const problem =
      quoting.row === undefined
        ? message('exchange.csv.brokenQuoting', { detail })
        : message('exchange.csv.brokenQuotingAt', { row: String(quoting.row + 1), detail });
    return { ok: false, problem };
  }
  const [header = [], ...records] = parsed.data;
  const checked = checkHeader(header);
  if (!checked.ok) return checked;
  const { columns } = checked;
  const rows = records.filter((row, i) => i < records.length - 1 || !isBlank(row));
  const uneven = rows
    .map((row, i) => ({ row, number: i + 2 }))
    .filter(({ row }) => !isBlank(row) && row.length !== columns.length);
  if (uneven.length > 0) {
    const { row, number } = uneven[0];
    const said = {
      row: String(number),
      cells: message('exchange.csv.cells', { count: row.length }),
      columns: columns.length,
    };
    const more = message('exchange.csv.moreRows', { count: uneven.length - 1 });
    return {
      ok: false,
      problem:
        uneven.length > 1
          ? message('exchange.csv.unevenRows', { ...said, more })
          : message('exchange.csv.unevenRow', said),
    };
  }
  return { ok: true, table: { columns, rows } };
}

/**
 * The columns alone, from the first record, with readCsv's checks of the header: what the
 * column-mapping step needs, without parsing a million rows.
 */
export function readCsvHeader(
  text: string,
): { ok: true; columns: string[] } | { ok: false; problem: Message } {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiterOf(body), preview: 1 });
  return checkHeader(parsed.data[0] ?? []);
}

function checkHeader(
  header: string[],
): { ok: true; columns: string[] } | { ok: false; problem: Message } {
  const columns = header.map((c) => c.trim());
  if (columns.length === 0 || columns.every((c) => c === ''))
    return { ok: false, problem: message('exchange.csv.noHeader') };
  // Concord's own tables have 27 columns; each column becomes an option in every mapping menu.
  if (columns.length > MAX_CSV_COLUMNS) {
    const said = { count: columns.length, most: MAX_CSV_COLUMNS };
    return { ok: false, problem: message('exchange.csv.tooManyColumns', said) };
  }
  // A set, not indexOf: 30,000 columns took 2.7 s when each looked for itself in the list.
  const seen = new Set<string>();
  const repeated = columns.find((c) => {
    if (seen.has(c)) return true;
    seen.add(c);
    return false;
  });
  if (repeated !== undefined)
    return {
      ok: false,
      problem: message('exchange.csv.repeatedColumn', { column: clip(repeated) }),
    };
  return { ok: true, columns };
}

export const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');
