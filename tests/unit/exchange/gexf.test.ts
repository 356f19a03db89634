// GEXF: what Concord writes, graphology's own parser reads (the library Gephi Lite uses, here
// with its Node entry and xmldom, another XML parser than the app's); and what Concord writes,
// Concord reads back with every field, relation and passage of provenance.
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { exportGexf, previewImport } from '../../../src/exchange';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';
import { english } from '../../fixtures/exchange/english';

describe('GEXF export', () => {
  const workspace = richWorkspace();
  const text = exportGexf(workspace);

  it('is GEXF 1.3 with declared attributes, directed edges and the workspace as description', () => {
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(text).toContain('<graph defaultedgetype="directed">');
    expect(text).toContain('<attributes class="node">');
    expect(text).toContain('<description>Tân Bình — thử nghiệm</description>');
  });

  it('is read by graphology-gexf: nodes, labels, types, fields, positions, edges', () => {
    const graph = parse(Graph, text);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(9);
    const person = graph.getNodeAttributes(IDS.person);
    expect(person).toMatchObject({
      label: 'Nguyễn Văn A',
      type: 'person',
      rank: 'Đại tá',
      titles: 'Chính ủy; Phó Chỉ huy trưởng',
      notes: 'Dòng 1\nDòng 2\r\nTab\there <b>bold</b> & “quotes”',
      x: 120.5,
    });
    // Gephi's y axis points up: the picture keeps its orientation.
    expect(graph.getNodeAttributes(IDS.person2)).toMatchObject({ x: -40, y: 310.25 });
    expect(graph.getNodeAttributes(IDS.agreement)).toMatchObject({
      periodFrom: 2022,
      items: 6,
      pinned: false,
    });
    expect(graph.getNodeAttribute(IDS.theme, 'campaign')).toBe(true);
    const edge = graph.getEdgeAttributes('rel:ffffffff0001');
    expect(edge).toMatchObject({ type: 'holds_title', label: 'Chính ủy' });
    expect(JSON.parse(edge.provenance as string)).toEqual(workspace.relations[0].provenance);
    expect(graph.source('rel:ffffffff0001')).toBe(IDS.person);
    expect(graph.target('rel:ffffffff0001')).toBe(IDS.org);
  });

  it('round-trips every entity, relation, passage of provenance and position', () => {
    const preview = previewImport('graph.gexf', text);
    expect(preview.problems).toEqual([]);
    expect(english(preview.warnings)).toEqual([]);
    expect(preview.format).toBe('gexf');
    expect(preview.snapshot).toEqual(workspace);
  });

  it('drops characters XML cannot hold instead of writing a file no one can open', () => {
    const dirty = richWorkspace();
    dirty.entities[0] = { ...dirty.entities[0], notes: 'a\u0001b\u000Cc\uD800d😀' };
    const graph = parse(Graph, exportGexf(dirty));
    expect(graph.getNodeAttribute(IDS.person, 'notes')).toBe('abcd😀');
  });
});

describe('GEXF from other tools', () => {
  const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.2draft" xmlns:viz="http://gexf.net/1.2draft/viz" version="1.2">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="Category" type="string"/>
      <attribute id="1" title="Degree" type="integer"/>
    </attributes>
    <nodes>
      <node id="n0" label="Lê Thị B"><attvalues><attvalue for="0" value="Person"/><attvalue for="1" value="1"/></attvalues>
        <viz:position x="10.0" y="20.0" z="0.0"/><viz:size value="10"/></node>
      <node id="n1" label="Hội LHPN"><viz:color r="1" g="2" b="3"/></node>
      <node id="n2"/>
    </nodes>
    <edges>
      <edge id="0" source="n0" target="n1" label="member"/>
      <edge id="1" source="n1" target="n2"/>
    </edges>
  </graph>
</gexf>`;

  it('imports foreign ids as new ids, types by default, unknown edge types as “related to”', () => {
    const preview = previewImport('gephi.gexf', GEPHI, { defaultType: 'org' });
    expect(preview.problems).toEqual([]);
    const { entities, relations, positions } = preview.snapshot;
    expect(entities.map((e) => [e.type, e.name])).toEqual([
      ['org', 'Lê Thị B'],
      ['org', 'Hội LHPN'],
      ['org', 'n2'],
    ]);
    expect(entities.every((e) => /^org:[a-z0-9]{12}$/.test(e.id))).toBe(true);
    expect(positions[entities[0].id]).toEqual({ x: 10, y: -20 });
    expect(relations.map((r) => [r.type, r.label])).toEqual([
      ['related_to', 'member'],
      ['related_to', ''],
    ]);
    expect(relations[0].from).toBe(entities[0].id);
    expect(preview.snapshot.name).toBe('gephi');
    expect(english(preview.warnings)).toEqual(
      expect.arrayContaining([
        '3 nodes had no type; imported as Organisation.',
        '1 node had no label; the id is used as the name.',
        '2 edges had no type; imported as “related to”.',
        'Ignored the node attribute “Category” (1×): Concord has no field for it.',
        'Ignored the node attribute “Degree” (1×): Concord has no field for it.',
      ]),
    );
  });

  it('refuses an edge to a node that is not in the file, and stores nothing', () => {
    const broken = GEPHI.replace('target="n2"', 'target="n9"');
    const preview = previewImport('gephi.gexf', broken);
    expect(preview.ok).toBe(false);
    expect(english(preview.problems)).toEqual([
      'Edge “1”: its target “n9” is not a node of the file.',
    ]);
    expect(preview.snapshot.entities).toEqual([]);
  });
});
