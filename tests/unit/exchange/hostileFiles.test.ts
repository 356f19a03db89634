// What no import may accept: files too large, binary, empty, of the wrong shape, or XML that
// tries to read other files or expand without end. Each gives one clear sentence and stores nothing.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ENTITIES, previewImport, type ImportPreview } from '../../../src/exchange';
import { english } from '../../fixtures/exchange/english';

function refused(preview: ImportPreview): string[] {
  expect(preview.ok).toBe(false);
  expect(preview.snapshot).toEqual({ name: '', entities: [], relations: [], positions: {} });
  expect(preview.counts.relations).toBe(0);
  return english(preview.problems);
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gexf version="1.3"><graph><nodes><node id="a" label="&secret;"/></nodes></graph></gexf>`;

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<graphml><graph><node id="&lol2;"/></graph></graphml>`;

describe('hostile and broken files', () => {
  it('refuses XML with a document type or entities before parsing it', () => {
    expect(refused(previewImport('x.gexf', XXE))[0]).toMatch(
      /declares a document type or entities/,
    );
    expect(refused(previewImport('x.graphml', LAUGHS))[0]).toMatch(/declares a document type/);
  });

  it('refuses XML that is not well-formed, or not GEXF or GraphML', () => {
    expect(refused(previewImport('x.gexf', '<gexf><graph><node></gexf>'))[0]).toMatch(
      /^The file is not well-formed XML: /,
    );
    expect(refused(previewImport('page.xml', '<html><body/></html>'))).toEqual([
      'page.xml is XML but neither GEXF nor GraphML: its root element is <html>.',
    ]);
    expect(refused(previewImport('x.gexf', '<gexf version="1.3"/>'))).toEqual([
      'This is not a GEXF file: it has no <gexf> root with a <graph> inside.',
    ]);
  });

  it('refuses empty files, binary files and files over 50 MB', () => {
    expect(refused(previewImport('a.json', ''))).toEqual(['a.json is empty.']);
    expect(refused(previewImport('a.csv', '\uFEFF  \n'))).toEqual(['a.csv is empty.']);
    expect(refused(previewImport('a.gexf', '<gexf>\u0000</gexf>'))).toEqual([
      'a.gexf is a binary file, not a graph Concord can read.',
    ]);
    const huge = 'x'.repeat(50 * 1024 * 1024 + 1);
    expect(refused(previewImport('big.csv', huge))[0]).toMatch(/larger than 50 MB/);
  });

  it('refuses invalid JSON and JSON of the wrong shape', () => {
    expect(refused(previewImport('a.json', '{"format": "concord-workspace",'))[0]).toMatch(
      /^a\.json is not valid JSON/,
    );
    expect(refused(previewImport('a.json', '[1, 2, 3]'))).toEqual([
      'a.json is JSON but neither a Concord workspace (“format”: “concord-workspace”) nor Cytoscape JSON (“elements”).',
    ]);
    expect(refused(previewImport('a.json', 'nodes,edges\n'))[0]).toMatch(
      /does not start like a JSON/,
    );
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(refused(previewImport('deep.json', deep))).toHaveLength(1);
  });

  it('refuses more entities than a tab can hold, before checking them', () => {
    const elements = {
      nodes: Array.from({ length: MAX_IMPORT_ENTITIES + 1 }, (_, i) => ({ data: { id: `n${i}` } })),
    };
    expect(refused(previewImport('big.cyjs', JSON.stringify({ elements })))).toEqual([
      'The file has 200,001 entities; Concord imports at most 200,000.',
    ]);
  });

  it('keeps markup in names as text', () => {
    const preview = previewImport('x.csv', 'name,type\n"<img src=x onerror=alert(1)>",person\n');
    expect(preview.snapshot.entities[0].name).toBe('<img src=x onerror=alert(1)>');
  });

  it('does not let a record reach the prototype', () => {
    const elements = {
      nodes: [{ data: { id: 'a', name: 'A', type: 'toString', __proto__: { x: 1 } } }],
    };
    const preview = previewImport('x.cyjs', JSON.stringify({ elements }));
    expect(preview.snapshot.entities[0]).toMatchObject({ type: 'org', name: 'A' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
