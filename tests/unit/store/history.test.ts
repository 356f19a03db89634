import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addEntity,
  createHistory,
  deleteElements,
  getRoots,
  linkEntities,
  moveNodes,
  readEntity,
  readRelation,
  runAsOneStep,
  storeLayoutPositions,
  updateEntity,
  updateRelation,
  type History,
} from '../../../src/store';
import { createPeers, createWorkspace, must, syncPeers } from './helpers';

let histories: History[] = [];
function historyOf(doc: Y.Doc): History {
  const history = createHistory(doc);
  histories.push(history);
  return history;
}
afterEach(() => {
  histories.forEach((history) => history.destroy());
  histories = [];
});

const entityIds = (doc: Y.Doc) => [...getRoots(doc).entities.keys()].sort();

describe('createHistory', () => {
  it('undoes and redoes one command per step', () => {
    const doc = createWorkspace();
    const history = historyOf(doc);
    expect(history.canUndo()).toBe(false);
    const a = must(addEntity(doc, 'person', { name: 'A' }));
    const b = must(addEntity(doc, 'org', { name: 'B' }));
    must(updateEntity(doc, a, { rank: 'Đại tá' }));
    expect(history.canUndo()).toBe(true);

    history.undo();
    expect(readEntity(doc, a)).toMatchObject({ rank: '' });
    expect(entityIds(doc)).toEqual([a, b].sort());
    history.undo();
    expect(entityIds(doc)).toEqual([a]);
    expect(history.canRedo()).toBe(true);
    history.undo();
    expect(entityIds(doc)).toEqual([]);
    expect(history.canUndo()).toBe(false);

    history.redo();
    history.redo();
    expect(entityIds(doc)).toEqual([a, b].sort());
    expect(readEntity(doc, a)).toMatchObject({ rank: '' });
    history.redo();
    expect(readEntity(doc, a)).toMatchObject({ rank: 'Đại tá' });
    expect(history.canRedo()).toBe(false);
  });

  it('brings a deleted entity back with its relations and position in one step', () => {
    const doc = createWorkspace();
    const person = must(
      addEntity(doc, 'person', { name: 'A', notes: 'Ghi chú' }, { position: { x: 5, y: 6 } }),
    );
    const org = must(addEntity(doc, 'org', { name: 'O' }));
    const agreement = must(addEntity(doc, 'agreement', { name: 'CT' }));
    const title = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }),
    );
    const signed = must(linkEntities(doc, { type: 'signed', from: person, to: agreement }));
    const before = doc.toJSON();
    const history = historyOf(doc);

    must(deleteElements(doc, [person]));
    expect(getRoots(doc).relations.size).toBe(0);
    history.undo();

    expect(doc.toJSON()).toEqual(before);
    expect(readEntity(doc, person)).toMatchObject({ name: 'A', notes: 'Ghi chú' });
    expect(readRelation(doc, title)).toMatchObject({ from: person, to: org, label: 'Bí thư' });
    expect(readRelation(doc, signed)).toMatchObject({ from: person, to: agreement });
    expect(getRoots(doc).layout.get(person)).toEqual({ x: 5, y: 6 });
    expect(history.canUndo()).toBe(false);

    // The restored entity is a live record again: it can be edited and linked.
    must(updateEntity(doc, person, { rank: 'Đại tá' }));
    expect(readEntity(doc, person)).toMatchObject({ rank: 'Đại tá' });
  });

  it('undoes a relation change as one step', () => {
    const doc = createWorkspace();
    const person = must(addEntity(doc, 'person', { name: 'A' }));
    const org = must(addEntity(doc, 'org', { name: 'O' }));
    const rel = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Phó Bí thư' }),
    );
    const history = historyOf(doc);
    must(updateRelation(doc, rel, { label: 'Bí thư' }));
    history.undo();
    expect(readRelation(doc, rel)?.label).toBe('Phó Bí thư');
    history.redo();
    expect(readRelation(doc, rel)?.label).toBe('Bí thư');
  });

  it('undoes a whole runAsOneStep block at once', () => {
    const doc = createWorkspace();
    const history = historyOf(doc);
    runAsOneStep(doc, () => {
      const person = must(addEntity(doc, 'person', { name: 'A' }));
      const org = must(addEntity(doc, 'org', { name: 'O' }));
      must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    });
    history.undo();
    expect(entityIds(doc)).toEqual([]);
    expect(getRoots(doc).relations.size).toBe(0);
    expect(history.canUndo()).toBe(false);
  });

  it('does not make automatic layout positions an undo step', () => {
    const doc = createWorkspace();
    const history = historyOf(doc);
    const a = must(addEntity(doc, 'person', { name: 'A' }));
    storeLayoutPositions(doc, { [a]: { x: 100, y: 200 } });
    history.undo();
    // The undo removed the entity rather than the layout position.
    expect(entityIds(doc)).toEqual([]);
    expect(history.canUndo()).toBe(false);
  });

  it('undoes a drag back to where the automatic layout had put the nodes', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'person', { name: 'A' }));
    const b = must(addEntity(doc, 'person', { name: 'B' }));
    storeLayoutPositions(doc, { [a]: { x: 1, y: 1 }, [b]: { x: 2, y: 2 } });
    const history = historyOf(doc);
    expect(history.canUndo()).toBe(false);
    moveNodes(doc, { [a]: { x: 50, y: 50 }, [b]: { x: 60, y: 60 } });
    history.undo();
    expect(getRoots(doc).layout.toJSON()).toEqual({ [a]: { x: 1, y: 1 }, [b]: { x: 2, y: 2 } });
    expect(history.canUndo()).toBe(false);
  });

  it('never undoes an edit that came from another peer', () => {
    const [mine, theirs] = createPeers(2);
    const history = historyOf(mine);
    const own = must(addEntity(mine, 'person', { name: 'Mine' }));
    const remote = must(addEntity(theirs, 'person', { name: 'Theirs' }));
    syncPeers(mine, theirs);
    must(updateEntity(theirs, own, { notes: 'their note on my entity' }));
    syncPeers(mine, theirs);

    history.undo();
    expect(entityIds(mine)).toEqual([remote]);
    expect(history.canUndo()).toBe(false);
    history.undo();
    expect(entityIds(mine)).toEqual([remote]);
  });

  it('undoes my field edit but keeps a peer’s edit of another field', () => {
    const [mine, theirs] = createPeers(2);
    const id = must(addEntity(mine, 'agreement', { name: 'CT' }));
    syncPeers(mine, theirs);
    const history = historyOf(mine);
    must(updateEntity(mine, id, { items: 5 }));
    must(updateEntity(theirs, id, { summary: 'Tóm tắt' }));
    syncPeers(mine, theirs);
    history.undo();
    syncPeers(mine, theirs);
    for (const doc of [mine, theirs])
      expect(readEntity(doc, id)).toMatchObject({ items: null, summary: 'Tóm tắt' });
  });

  it('stops tracking after destroy', () => {
    const doc = createWorkspace();
    const history = createHistory(doc);
    history.destroy();
    must(addEntity(doc, 'person', { name: 'A' }));
    history.undo();
    expect(getRoots(doc).entities.size).toBe(1);
  });
});
