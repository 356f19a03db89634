// The wire copy stands between a transport library and the workspace: edits flow out as they
// are made, peers' changes flow in only through applyPeerUpdate, and what breaks the copy never
// reaches the workspace.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEntity,
  createHistory,
  createProjection,
  getRoots,
  initSchema,
  updateEntity,
} from '../../../src/store';
import { peerWarningsOf } from '../../../src/sync';
import { createWireCopy } from '../../../src/sync/wireCopy';

function workspace() {
  const doc = new Y.Doc();
  initSchema(doc);
  return doc;
}

/** Two wire copies joined as a transport would join them: every update crosses at once. */
function link(a: Y.Doc, b: Y.Doc) {
  const remote = { transport: 'test-link' };
  a.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(b, u, remote),
  );
  b.on(
    'update',
    (u: Uint8Array, origin: unknown) => origin !== remote && Y.applyUpdate(a, u, remote),
  );
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), remote);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), remote);
}

const entityNames = (doc: Y.Doc) => {
  const projection = createProjection(doc);
  const names = Object.values(projection.state.entities).map((e) => e.name);
  projection.dispose();
  return names.sort();
};

describe('createWireCopy', () => {
  it('starts as a copy of the workspace and carries edits both ways', () => {
    const a = workspace();
    addEntity(a, 'person', { name: 'Trước khi chia sẻ' });
    const b = workspace();
    const wireA = createWireCopy(a);
    const wireB = createWireCopy(b);
    link(wireA.doc, wireB.doc);
    expect(entityNames(b)).toEqual(['Trước khi chia sẻ']);
    addEntity(b, 'org', { name: 'Ban Dân vận' });
    expect(entityNames(a)).toEqual(['Ban Dân vận', 'Trước khi chia sẻ']);
  });

  it('merges concurrent edits of different fields of one entity', () => {
    const a = workspace();
    const b = workspace();
    const wireA = createWireCopy(a);
    const wireB = createWireCopy(b);
    link(wireA.doc, wireB.doc);
    const added = addEntity(a, 'person', { name: 'Lê Văn C' });
    if (!added.ok) throw new Error('not added');
    wireA.destroy();
    wireB.destroy();
    updateEntity(a, added.value, { notes: 'from A' });
    updateEntity(b, added.value, { rank: 'Đại tá' });
    link(createWireCopy(a).doc, createWireCopy(b).doc);
    for (const doc of [a, b]) {
      const projection = createProjection(doc);
      expect(projection.state.entities[added.value]).toMatchObject({
        notes: 'from A',
        rank: 'Đại tá',
      });
      projection.dispose();
    }
  });

  it('marks peers’ changes with its own origin, so undo here never reverts them', () => {
    const a = workspace();
    const b = workspace();
    const historyB = createHistory(b);
    const wireA = createWireCopy(a);
    const wireB = createWireCopy(b);
    const origins: unknown[] = [];
    b.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    link(wireA.doc, wireB.doc);
    addEntity(a, 'person', { name: 'Made by A' });
    expect(origins.at(-1)).toBe(wireB.origin);
    expect(historyB.canUndo()).toBe(false);
    historyB.destroy();
  });

  it('does not send the workspace its own edits back', () => {
    const a = workspace();
    const wire = createWireCopy(a);
    let updates = 0;
    a.on('update', () => (updates += 1));
    addEntity(a, 'person', { name: 'Once' });
    expect(updates).toBe(1);
    wire.destroy();
  });

  it('quarantines schema-breaking data from a peer and reports it', () => {
    const a = workspace();
    const wire = createWireCopy(a);
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, Y.encodeStateAsUpdate(wire.doc));
    hostile.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('name', 42);
      getRoots(hostile).entities.set('person:abcdefgh1234', bad);
      getRoots(hostile).layout.set('person:abcdefgh1234', 'not a position');
    });
    Y.applyUpdate(wire.doc, Y.encodeStateAsUpdate(hostile, Y.encodeStateVector(wire.doc)));
    expect(entityNames(a)).toEqual([]);
    const projection = createProjection(a);
    expect(projection.problems().length).toBeGreaterThan(0);
    projection.dispose();
    expect(peerWarningsOf(a).totals()['set-aside']).toBeGreaterThan(0);
  });

  it('stops carrying anything once destroyed', () => {
    const a = workspace();
    const b = workspace();
    const wireA = createWireCopy(a);
    const wireB = createWireCopy(b);
    link(wireA.doc, wireB.doc);
    wireA.destroy();
    addEntity(a, 'person', { name: 'Kept here' });
    expect(entityNames(b)).toEqual([]);
  });
});
