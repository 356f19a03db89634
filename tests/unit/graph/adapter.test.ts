// The graph adapter on a headless Cytoscape: it mirrors the projection incrementally, never moves
// nodes that did not change, places only nodes without a stored position, and hides relations
// whose endpoint is gone.
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createGraphAdapter, type GraphAdapter } from '../../../src/graph/adapter';
import type { Position } from '../../../src/model';
import {
  addEntity,
  createProjection,
  deleteElements,
  linkEntities,
  moveNodes,
  setPinned,
  storeLayoutPositions,
  updateEntity,
  type Projection,
} from '../../../src/store';
import { createWorkspace, must, sendUpdates } from '../store/helpers';

let adapter: GraphAdapter | undefined;
let projection: Projection | undefined;
afterEach(() => {
  adapter?.destroy();
  projection?.dispose();
  adapter = undefined;
  projection = undefined;
});

function mount(
  doc: Y.Doc,
  placed: Record<string, Position>[] = [],
  onNodeDoubleTap?: (id: string) => void,
) {
  projection = createProjection(doc);
  adapter = createGraphAdapter({
    projection,
    onNodeDoubleTap,
    onPlaced: (positions) => {
      placed.push(positions);
      storeLayoutPositions(doc, positions);
    },
  });
  return adapter;
}

const positionsOf = (graph: GraphAdapter) =>
  Object.fromEntries(graph.cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('graph adapter', () => {
  test('draws stored entities and relations with their type and label', () => {
    const doc = createWorkspace();
    const person = must(
      addEntity(
        doc,
        'person',
        { name: 'Nguyễn Quốc Ân', rank: 'Đại tá' },
        { position: { x: 10, y: 20 } },
      ),
    );
    const org = must(
      addEntity(doc, 'org', { name: 'Bộ Chỉ huy BĐBP TPHCM' }, { position: { x: 200, y: 20 } }),
    );
    const rel = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Chính ủy' }),
    );
    const graph = mount(doc);
    const drawn = graph.drawn();
    expect(drawn.nodes.map((n) => [n.id, n.type, n.label, n.x, n.y])).toEqual([
      [person, 'person', 'Đại tá Nguyễn Quốc Ân', 10, 20],
      [org, 'org', 'Bộ Chỉ huy BĐBP TPHCM', 200, 20],
    ]);
    expect(drawn.edges).toEqual([
      { id: rel, type: 'holds_title', source: person, target: org, label: 'Chính ủy' },
    ]);
  });

  test('an edit changes only its own element and moves no node', () => {
    const doc = createWorkspace();
    const ids = ['A', 'B', 'C'].map((name, i) =>
      must(addEntity(doc, 'org', { name }, { position: { x: i * 100, y: 0 } })),
    );
    const graph = mount(doc);
    const before = positionsOf(graph);
    const nodeBefore = graph.cy.getElementById(ids[1]);
    must(updateEntity(doc, ids[1], { name: 'B renamed' }));
    expect(graph.cy.getElementById(ids[1]).data('label')).toBe('B renamed');
    // The same element object: updated in place, not removed and re-added.
    expect(graph.cy.getElementById(ids[1]).same(nodeBefore)).toBe(true);
    expect(positionsOf(graph)).toEqual(before);
  });

  test('an unlabelled relation reads as its verb in the language chosen, switched in place', () => {
    const doc = createWorkspace();
    const person = must(addEntity(doc, 'person', { name: 'Ân' }, { position: { x: 0, y: 0 } }));
    const [a, b, c] = ['A', 'B', 'C'].map((name, i) =>
      must(addEntity(doc, 'org', { name }, { position: { x: i * 100, y: 100 } })),
    );
    const titled = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: a, label: 'Chính ủy' }),
    );
    const unlabelled = must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
    const graph = mount(doc);
    const label = (id: string) => graph.cy.getElementById(id).data('label');
    expect([label(titled), label(unlabelled)]).toEqual(['Chính ủy', 'is part of']);
    const before = positionsOf(graph);
    const edgeBefore = graph.cy.getElementById(unlabelled);
    const elementsBefore = graph.cy.elements().length;

    graph.setLocale('vi');
    expect([label(titled), label(unlabelled)]).toEqual(['Chính ủy', 'trực thuộc']);
    // The same element, relabelled: nothing added, removed or moved.
    expect(graph.cy.getElementById(unlabelled).same(edgeBefore)).toBe(true);
    expect(graph.cy.elements().length).toBe(elementsBefore);
    expect(positionsOf(graph)).toEqual(before);

    // Relations drawn or edited later speak the current language too.
    const later = must(linkEntities(doc, { type: 'part_of', from: b, to: c }));
    expect(label(later)).toBe('trực thuộc');
    graph.setLocale('en');
    expect([label(titled), label(unlabelled), label(later)]).toEqual([
      'Chính ủy',
      'is part of',
      'is part of',
    ]);
  });

  test('a whole unpositioned graph gets a layout once; a new node goes beside its neighbour', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'org', { name: 'A' }));
    const b = must(addEntity(doc, 'org', { name: 'B' }));
    must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
    const placed: Record<string, Position>[] = [];
    const graph = mount(doc, placed);
    expect(Object.keys(placed[0]).sort()).toEqual([a, b].sort());
    const settled = positionsOf(graph);

    const c = must(addEntity(doc, 'person', { name: 'C' }));
    must(linkEntities(doc, { type: 'holds_title', from: c, to: a }));
    expect(Object.keys(placed[1])).toEqual([c]);
    expect(positionsOf(graph)[a]).toEqual(settled[a]);
    expect(positionsOf(graph)[b]).toEqual(settled[b]);
    const cPos = graph.cy.getElementById(c).position();
    expect(Number.isFinite(cPos.x) && Number.isFinite(cPos.y)).toBe(true);
  });

  test('deleting an entity removes its node and its edges; moves from the document are applied', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'org', { name: 'A' }, { position: { x: 0, y: 0 } }));
    const b = must(addEntity(doc, 'agreement', { name: 'Quy chế' }, { position: { x: 50, y: 0 } }));
    must(linkEntities(doc, { type: 'party_to', from: a, to: b }));
    const graph = mount(doc);
    moveNodes(doc, { [b]: { x: 300, y: 40 } });
    expect(graph.cy.getElementById(b).position()).toEqual({ x: 300, y: 40 });
    must(deleteElements(doc, [a]));
    expect(graph.cy.nodes().map((n) => n.id())).toEqual([b]);
    expect(graph.cy.edges().length).toBe(0);
  });

  test('a relation to an entity deleted concurrently on another peer is never drawn', () => {
    const local = createWorkspace();
    const remote = new Y.Doc();
    const a = must(addEntity(local, 'org', { name: 'A' }, { position: { x: 0, y: 0 } }));
    const b = must(addEntity(local, 'org', { name: 'B' }, { position: { x: 90, y: 0 } }));
    sendUpdates(local, remote);
    const graph = mount(local);
    must(linkEntities(local, { type: 'part_of', from: a, to: b }));
    must(deleteElements(remote, [b]));
    sendUpdates(remote, local);
    expect(graph.cy.edges().length).toBe(0);
    expect(graph.cy.nodes().map((n) => n.id())).toEqual([a]);
  });

  test('select() selects exactly the given elements', () => {
    const doc = createWorkspace();
    const a = must(
      addEntity(
        doc,
        'theme',
        { name: 'Dân vận khéo', campaign: true },
        { position: { x: 0, y: 0 } },
      ),
    );
    const b = must(
      addEntity(doc, 'theme', { name: '5 không', campaign: true }, { position: { x: 1, y: 1 } }),
    );
    const graph = mount(doc);
    graph.select([a, b]);
    graph.select([b]);
    expect(graph.cy.$(':selected').map((el) => el.id())).toEqual([b]);
  });

  test('draws only the drawn set, follows edits inside it, and draws everything again on null', () => {
    const doc = createWorkspace();
    const at = (x: number) => ({ position: { x, y: 0 } });
    const a = must(addEntity(doc, 'org', { name: 'A' }, at(0)));
    const b = must(addEntity(doc, 'org', { name: 'B' }, at(100)));
    const c = must(addEntity(doc, 'org', { name: 'C' }, at(200)));
    const ab = must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
    const bc = must(linkEntities(doc, { type: 'part_of', from: b, to: c }));
    const graph = mount(doc);
    graph.setDrawnSet({ entities: new Set([a, b]), relations: new Set([ab, bc]) });
    expect(graph.cy.nodes().map((n) => n.id())).toEqual([a, b]);
    // bc is let through but one of its ends is not drawn: no dangling edge.
    expect(graph.cy.edges().map((e) => e.id())).toEqual([ab]);
    // An entity the set does not hold stays out when edited; one it holds is updated.
    must(updateEntity(doc, c, { name: 'C renamed' }));
    must(updateEntity(doc, a, { name: 'A renamed' }));
    expect(graph.cy.getElementById(c).empty()).toBe(true);
    expect(graph.cy.getElementById(a).data('label')).toBe('A renamed');
    graph.setDrawnSet(null);
    expect(graph.cy.nodes().length).toBe(3);
    expect(
      graph.cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([ab, bc].sort());
    // Back where they were stored: hiding and showing moves nothing.
    expect(positionsOf(graph)[c]).toEqual({ x: 200, y: 0 });
  });

  test('pins are drawn, survive moves, and a layout leaves pinned nodes where they are', async () => {
    const doc = createWorkspace();
    const ids = ['A', 'B', 'C', 'D'].map((name, i) =>
      must(addEntity(doc, 'org', { name }, { position: { x: i * 10, y: i * 10 } })),
    );
    const graph = mount(doc);
    setPinned(doc, [ids[0]], true);
    expect(
      graph
        .drawn()
        .nodes.filter((n) => n.pinned)
        .map((n) => n.id),
    ).toEqual([ids[0]]);
    moveNodes(doc, { [ids[0]]: { x: -500, y: -500 } });
    expect(graph.cy.getElementById(ids[0]).hasClass('pinned')).toBe(true);
    for (const name of ['grid', 'circle', 'concentric', 'breadthfirst', 'fcose'] as const) {
      const moved = await graph.runLayout({ name, roots: [ids[1]] });
      expect(Object.keys(moved).sort()).toEqual(ids.slice(1).sort());
      expect(graph.cy.getElementById(ids[0]).position()).toEqual({ x: -500, y: -500 });
    }
    setPinned(doc, [ids[0]], false);
    expect(graph.cy.getElementById(ids[0]).hasClass('pinned')).toBe(false);
  });

  test('decorations size and colour nodes, also nodes drawn later; highlight fades the rest', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'org', { name: 'A' }, { position: { x: 0, y: 0 } }));
    const b = must(addEntity(doc, 'org', { name: 'B' }, { position: { x: 90, y: 0 } }));
    const c = must(addEntity(doc, 'org', { name: 'C' }, { position: { x: 180, y: 0 } }));
    const ab = must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
    const graph = mount(doc);
    graph.setDrawnSet({ entities: new Set([a, b]), relations: new Set([ab]) });
    graph.setDecorations({ size: { a: 0, [a]: 1, [c]: 0 }, colour: { [c]: '#ff0000' } });
    graph.setDrawnSet(null);
    // Headless Cytoscape computes no style: the data the stylesheet maps is what is checked here.
    const data = (id: string, key: string): unknown => graph.cy.getElementById(id).data(key);
    expect([data(a, 'size'), data(b, 'size'), data(c, 'size')]).toEqual([1, undefined, 0]);
    expect(data(c, 'colour')).toBe('#ff0000');
    graph.highlight([a, ab, b]);
    expect(graph.drawn().highlighted.sort()).toEqual([a, ab, b].sort());
    expect(graph.cy.getElementById(c).hasClass('faded')).toBe(true);
    graph.highlight(null);
    expect(graph.cy.$('.faded').length).toBe(0);
    graph.setDecorations({});
    expect([data(a, 'size'), data(c, 'colour')]).toEqual([undefined, undefined]);
    // Decorations that change nothing touch no node: each touch restyles the node and its edges.
    const touched: string[] = [];
    graph.cy.on('data', (event) => touched.push(event.target.id()));
    graph.setDecorations({});
    graph.setDecorations({ size: { [a]: 0.5 } });
    expect(touched).toEqual([a]);
  });

  test('a double tap on a node is reported with its id', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'org', { name: 'A' }, { position: { x: 0, y: 0 } }));
    const tapped: string[] = [];
    const graph = mount(doc, [], (id) => tapped.push(id));
    graph.cy.getElementById(a).emit('dbltap');
    expect(tapped).toEqual([a]);
  });

  test('outlines what peers selected, clears it, and marks elements drawn later', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'person', { name: 'A' }));
    const b = must(addEntity(doc, 'person', { name: 'B' }));
    const graph = mount(doc);
    const colourOf = (id: string) =>
      graph.drawn().nodes.find((n) => n.id === id)?.peerColour ?? null;
    graph.setPeerMarks({ [a]: '#e11d48' });
    expect([colourOf(a), colourOf(b)]).toEqual(['#e11d48', null]);
    graph.setPeerMarks({ [b]: '#2563eb' });
    expect([colourOf(a), colourOf(b)]).toEqual([null, '#2563eb']);
    const c = must(addEntity(doc, 'person', { name: 'C' }));
    graph.setPeerMarks({ [b]: '#2563eb', [c]: '#16a34a' });
    expect(colourOf(c)).toBe('#16a34a');
    deleteElements(doc, [c]);
    const again = must(addEntity(doc, 'org', { name: 'Drawn after the mark' }));
    graph.setPeerMarks({ [again]: '#ca8a04' });
    expect(colourOf(again)).toBe('#ca8a04');
  });
});
