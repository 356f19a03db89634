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

function mount(doc: Y.Doc, placed: Record<string, Position>[] = []) {
  projection = createProjection(doc);
  adapter = createGraphAdapter({
    projection,
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
});
