// CSV: tables a spreadsheet opens (BOM, RFC 4180 quoting, no formulas run), read back through the
// column mapping with every field, relation and passage of provenance; and tables from elsewhere.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  exportEdgesCsv,
  exportNodesCsv,
  guessEdgeMapping,
  guessNodeMapping,
  previewCsvImport,
  previewImport,
  readCsv,
  type CsvTable,
} from '../../../src/exchange';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';
import { english, inEnglish } from '../../fixtures/exchange/english';

function table(text: string): CsvTable {
  const read = readCsv(text);
  if (!read.ok) throw new Error(inEnglish(read.problem));
  return read.table;
}

describe('CSV export', () => {
  const workspace = richWorkspace();
  const nodes = exportNodesCsv(workspace);
  const edges = exportEdgesCsv(workspace);

  it('starts with a byte order mark and ends rows with CRLF', () => {
    expect(nodes.startsWith('\uFEFFid,type,name,aliases,notes,rank,titles,kind,')).toBe(true);
    expect(nodes.endsWith('\r\n')).toBe(true);
    expect(edges.startsWith('\uFEFFid,type,source,target,label,provenance\r\n')).toBe(true);
  });

  it('quotes as RFC 4180 says, so any CSV reader gets the cells back', () => {
    const rows = Papa.parse<string[]>(nodes.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(8);
    const person = rows.find((row) => row[0] === IDS.person)!;
    expect(person[4]).toBe('Dòng 1\nDòng 2\r\nTab\there <b>bold</b> & “quotes”');
    expect(person[3]).toBe('["Ông A","A; \\"Sáu\\""]');
    expect(person[6]).toBe('Chính ủy; Phó Chỉ huy trưởng');
  });

  it('puts an apostrophe before what a spreadsheet would run as a formula', () => {
    const rows = Papa.parse<string[]>(nodes.slice(1), { skipEmptyLines: true }).data;
    const person2 = rows.find((row) => row[0] === IDS.person2)!;
    expect(person2[2]).toBe(`'=HYPERLINK("http://x")`);
    expect(person2[3]).toBe(`'-minus; @at`);
    expect(person2.at(-3)).toBe('-40'); // numbers stay numbers
  });

  it('round-trips entities, relations, provenance and positions through the guessed mapping', () => {
    const nodesTable = table(nodes);
    const edgesTable = table(edges);
    const preview = previewCsvImport(
      { table: nodesTable, mapping: guessNodeMapping(nodesTable.columns) },
      { table: edgesTable, mapping: guessEdgeMapping(edgesTable.columns)! },
    );
    expect(english(preview.problems)).toEqual([]);
    expect(english(preview.warnings)).toEqual([]);
    expect(preview.snapshot).toEqual({ ...workspace, name: '' });
  });
});

describe('CSV import', () => {
  it('maps columns by their names, whatever they are called', () => {
    expect(guessNodeMapping(['Label', 'Category', 'Notes', 'Rank', 'periodfrom'])).toEqual({
      name: 'Label',
      type: 'Category',
      notes: 'Notes',
      rank: 'Rank',
      periodFrom: 'periodfrom',
      defaultType: 'org',
    });
    expect(guessNodeMapping(['Họ tên', 'Ghi chú'])).toMatchObject({ name: 'Họ tên' });
    expect(guessEdgeMapping(['From', 'To', 'Relation'])).toEqual({
      source: 'From',
      target: 'To',
      type: 'Relation',
    });
    expect(guessEdgeMapping(['name', 'type'])).toBeNull();
  });

  it('reads a semicolon-separated table as a European Excel saves it', () => {
    const t = table('\uFEFFTên;Loại\r\n"Bộ đội; Biên phòng";org\r\nLê Văn D;person\r\n');
    expect(t.columns).toEqual(['Tên', 'Loại']);
    expect(t.rows).toEqual([
      ['Bộ đội; Biên phòng', 'org'],
      ['Lê Văn D', 'person'],
    ]);
  });

  it('links edges to nodes by name, and uses the chosen columns and default type', () => {
    const nodes = table(
      'Tên,Loại,Ghi chú\nLê Văn D,person,\nCông an phường,,x\n\nHội Nông dân,Hiệp hội,\n',
    );
    const edges = table('Từ,Đến,Chức vụ\nLê Văn D,Công an phường,Trưởng\n');
    const preview = previewCsvImport(
      {
        table: nodes,
        mapping: { name: 'Tên', type: 'Loại', notes: 'Ghi chú', defaultType: 'org' },
      },
      { table: edges, mapping: { source: 'Từ', target: 'Đến', label: 'Chức vụ', type: undefined } },
    );
    expect(english(preview.problems)).toEqual([]);
    const [person, police, union] = preview.snapshot.entities;
    expect(person).toMatchObject({ type: 'person', name: 'Lê Văn D' });
    expect(police).toMatchObject({ type: 'org', name: 'Công an phường', notes: 'x' });
    expect(union).toMatchObject({ type: 'org', name: 'Hội Nông dân' });
    expect(preview.snapshot.relations).toEqual([
      expect.objectContaining({
        type: 'related_to',
        from: person.id,
        to: police.id,
        label: 'Trưởng',
      }),
    ]);
    expect(english(preview.warnings)).toEqual([
      '1 node had no type; imported as Organisation.',
      '1 node had the type “Hiệp hội”, which Concord does not know; imported as Organisation.',
      '1 edge had no type; imported as “related to”.',
    ]);
  });

  it('refuses rows it cannot read, naming each row, and stores nothing', () => {
    const nodes = table('name,type,items\n,person,\nA,agreement,many\nB,org,\nB,org,\nC,theme,\n');
    const edges = table('source,target,type\nB,A,party_to\nC,Z,covers\nC,C,related_to\n');
    const preview = previewCsvImport(
      { table: nodes, mapping: guessNodeMapping(nodes.columns) },
      { table: edges, mapping: guessEdgeMapping(edges.columns)! },
    );
    expect(preview.ok).toBe(false);
    expect(preview.snapshot.entities).toEqual([]);
    expect(english(preview.problems)).toEqual([
      'Nodes row 2: name: The name cannot be empty.',
      'Nodes row 3: items: “many” is not a number.',
      'Edges row 2: its source “B” names 2 entities; give its id instead.',
      'Edges row 3: its target “Z” is not a node of the file.',
      'Edges row 4: it links “C” to itself.',
    ]);
  });

  it('makes entities from the ends of an edges table given alone', () => {
    const edges = table('source,target,type\nBĐBP,UBND quận,part of\nUBND quận,Quận ủy,part_of\n');
    const mapping = { ...guessEdgeMapping(edges.columns)!, endType: 'org' as const };
    const preview = previewCsvImport(null, { table: edges, mapping });
    expect(english(preview.problems)).toEqual([]);
    expect(preview.snapshot.entities.map((e) => e.name)).toEqual(['BĐBP', 'UBND quận', 'Quận ủy']);
    expect(preview.snapshot.relations.map((r) => r.type)).toEqual(['part_of', 'part_of']);
    expect(english(preview.warnings)).toEqual([
      'Made 3 entities from the ends of the edges, as organisations.',
    ]);
  });

  it('refuses broken quoting, uneven rows and repeated columns with one sentence', () => {
    const problem = (text: string) => {
      const read = readCsv(text);
      return read.ok ? null : inEnglish(read.problem);
    };
    expect(problem('a,b\n"x,y\n')).toMatch(/broken quoting/);
    expect(problem('a,b\n1,2,3\n4,5,6\n')).toBe(
      'Row 2 has 3 cells but the header has 2 (and 1 more row).',
    );
    expect(problem('name,name\n1,2\n')).toBe('The column “name” appears twice in the header.');
    expect(english(previewCsvImport(null, null).problems)).toEqual([
      'Choose a nodes table, an edges table or both.',
    ]);
  });

  it('says which chosen column is missing', () => {
    const t = table('name\nA\n');
    const preview = previewCsvImport(
      { table: t, mapping: { name: 'Name', defaultType: 'org' } },
      null,
    );
    expect(english(preview.problems)).toEqual([
      'The nodes table has no column “Name” (chosen for name).',
    ]);
  });

  it('imports one CSV file by itself through previewImport', () => {
    const preview = previewImport('people.csv', 'name,type\nLê Văn D,person\n');
    expect(preview).toMatchObject({ ok: true, format: 'csv', counts: { person: 1 } });
  });
});
