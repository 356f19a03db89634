// GraphML: every attribute declared as a <key>, read by graphology-graphml's own parser (Node
// entry, xmldom), and read back by Concord with every field, relation and passage of provenance.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraphml, previewImport } from '../../../src/exchange';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';
import { english } from '../../fixtures/exchange/english';

describe('GraphML export', () => {
  const workspace = richWorkspace();
  const text = exportGraphml(workspace);

  it('declares every key once, with a GraphML type', () => {
    const keys = [
      ...text.matchAll(/<key id="([^"]+)" for="(\w+)" attr\.name="(\w+)" attr\.type="(\w+)"\/>/g),
    ];
    const ids = keys.map((k) => k[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      keys.map((k) => k[4]).every((t) => ['string', 'int', 'double', 'boolean'].includes(t)),
    ).toBe(true);
    // Every data element refers to a declared key.
    const used = new Set([...text.matchAll(/<data key="([^"]+)">/g)].map((m) => m[1]));
    expect([...used].every((key) => ids.includes(key))).toBe(true);
  });

  it('is read by graphology-graphml: nodes, labels, typed fields, positions, edges', () => {
    const graph = parse(Graph, text);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(9);
    expect(graph.getAttribute('name')).toBe('Tân Bình — thử nghiệm');
    expect(graph.getNodeAttributes(IDS.person)).toMatchObject({
      label: 'Nguyễn Văn A',
      type: 'person',
      notes: 'Dòng 1\nDòng 2\r\nTab\there <b>bold</b> & “quotes”',
      x: 120.5,
      y: 0,
    });
    expect(graph.getNodeAttributes(IDS.agreement)).toMatchObject({
      periodFrom: 2022,
      periodTo: 2026,
      items: 6,
      signed: '16/09',
      pinned: false,
      y: -12.5,
    });
    expect(graph.getNodeAttribute(IDS.org, 'pinned')).toBe(true);
    expect(graph.getNodeAttribute(IDS.theme, 'campaign')).toBe(true);
    const edge = graph.getEdgeAttributes('rel:ffffffff0009');
    expect(edge).toEqual({ type: 'related_to', label: 'đồng đội; "bạn"' });
    const mentions = graph.getEdgeAttributes('rel:ffffffff0008');
    expect(JSON.parse(mentions.provenance as string)).toEqual(workspace.relations[7].provenance);
  });

  it('round-trips every entity, relation, passage of provenance and position', () => {
    const preview = previewImport('graph.graphml', text);
    expect(english(preview.problems)).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.format).toBe('graphml');
    expect(preview.snapshot).toEqual(workspace);
  });
});

describe('GraphML from other tools', () => {
  const YED = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="Name" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="a"><data key="d0">Trần Văn C</data><data key="d1">Person</data></node>
    <node id="b"><data key="d0">Công an quận</data><data key="d1">organization</data></node>
    <edge source="a" target="b"><data key="d2">x</data></edge>
  </graph>
</graphml>`;

  it('reads names and types whatever their case, and defaults what it cannot read', () => {
    const preview = previewImport('from-yed.xml', YED);
    expect(english(preview.problems)).toEqual([]);
    expect(preview.format).toBe('graphml');
    const [person, org] = preview.snapshot.entities;
    expect(person).toMatchObject({ type: 'person', name: 'Trần Văn C' });
    expect(org).toMatchObject({ type: 'org', name: 'Công an quận' });
    expect(preview.snapshot.relations).toEqual([
      expect.objectContaining({ type: 'related_to', from: person.id, to: org.id }),
    ]);
    expect(english(preview.warnings)).toContain(
      'Ignored the edge attribute “relation” (1×): Concord has no field for it.',
    );
  });

  it('refuses a relation the rules forbid, naming the edge', () => {
    const typed = YED.replace('attr.name="relation"', 'attr.name="type"').replace(
      '>x<',
      '>party_to<',
    );
    const preview = previewImport('g.graphml', typed);
    expect(english(preview.problems)).toEqual([
      'Edge 1: a person cannot be linked to an organisation as “is party to”.',
    ]);
  });
});
