import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEntity,
  deleteElements,
  getRoots,
  LOCAL_ORIGIN,
  linkEntities,
  moveNodes,
  readEntity,
  readRelation,
  runAsOneStep,
  setPinned,
  setWorkspaceName,
  storeLayoutPositions,
  SYSTEM_ORIGIN,
  updateEntity,
  updateRelation,
} from '../../../src/store';
import { countTransactions, createWorkspace, entityField, errorsOf, must } from './helpers';

/** A person, an organisation and an agreement, unlinked. */
function threeEntities(doc = createWorkspace()) {
  const person = must(addEntity(doc, 'person', { name: 'Nguyễn Văn A' }));
  const org = must(addEntity(doc, 'org', { name: 'Tỉnh ủy' }));
  const agreement = must(addEntity(doc, 'agreement', { name: 'Chương trình phối hợp' }));
  return { doc, person, org, agreement };
}

/** Origins of the transactions `fn` ran. */
function originsOf(doc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const listener = (tr: Y.Transaction) => origins.push(tr.origin);
  doc.on('afterTransaction', listener);
  fn();
  doc.off('afterTransaction', listener);
  return origins;
}

describe('addEntity', () => {
  it('stores the validated fields in a nested map under a typed id', () => {
    const doc = createWorkspace();
    const name = 'Ủy ban  Mặt trận '.normalize('NFD');
    const id = must(addEntity(doc, 'org', { name, aliases: ['MTTQ', ' MTTQ '] }));
    expect(id).toMatch(/^org:[a-z0-9]{12}$/);
    const map = getRoots(doc).entities.get(id);
    expect(map).toBeInstanceOf(Y.Map);
    // Neither the type (the id's prefix) nor fields at their default (empty notes, no kind) are
    // stored; reading restores them.
    expect(map?.toJSON()).toEqual({
      name: 'Ủy ban Mặt trận'.normalize('NFC'),
      aliases: ['MTTQ'],
    });
    expect(readEntity(doc, id)).toEqual({ id, type: 'org', ...map?.toJSON(), notes: '', kind: '' });
  });

  it('writes nothing when the draft is invalid', () => {
    const doc = createWorkspace();
    const before = Y.encodeStateVector(doc);
    const result = addEntity(doc, 'agreement', { name: 'CT', signed: '31/04' });
    expect(errorsOf(result).signed).toBeDefined();
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(getRoots(doc).entities.size).toBe(0);
  });

  it('stores the position it is given in the same transaction, as one undoable command', () => {
    const doc = createWorkspace();
    let id = '';
    const origins = originsOf(doc, () => {
      id = must(addEntity(doc, 'theme', { name: 'Dân vận khéo' }, { position: { x: 10, y: -20 } }));
    });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(getRoots(doc).layout.get(id)).toEqual({ x: 10, y: -20 });
  });

  it('gives every entity its own id', () => {
    const doc = createWorkspace();
    const a = must(addEntity(doc, 'person', { name: 'Same' }));
    const b = must(addEntity(doc, 'person', { name: 'Same' }));
    expect(a).not.toBe(b);
    expect(getRoots(doc).entities.size).toBe(2);
  });
});

describe('updateEntity', () => {
  it('writes only the fields that changed', () => {
    const { doc, person } = threeEntities();
    const written: string[] = [];
    getRoots(doc).entities.observeDeep((events) =>
      events.forEach((event) => event.changes.keys.forEach((_, key) => written.push(key))),
    );
    must(updateEntity(doc, person, { name: 'Nguyễn Văn A', rank: ' Đại tá ', titles: ['Bí thư'] }));
    expect(written.sort()).toEqual(['rank', 'titles']);
    expect(readEntity(doc, person)).toMatchObject({
      name: 'Nguyễn Văn A',
      rank: 'Đại tá',
      titles: ['Bí thư'],
    });
  });

  it('writes nothing when nothing changed', () => {
    const { doc, person } = threeEntities();
    must(updateEntity(doc, person, { aliases: ['A'] }));
    const counted = countTransactions(doc, () =>
      must(updateEntity(doc, person, { aliases: [' A '], name: ' Nguyễn Văn A ' })),
    );
    expect(counted.updates).toBe(0);
  });

  it('writes nothing and reports the field when the result is invalid', () => {
    const { doc, agreement } = threeEntities();
    must(updateEntity(doc, agreement, { periodFrom: 2021 }));
    const result = updateEntity(doc, agreement, { periodTo: 2020, notes: 'kept out' });
    expect(errorsOf(result).periodTo).toMatch(/before it starts/);
    expect(readEntity(doc, agreement)).toMatchObject({
      periodFrom: 2021,
      periodTo: null,
      notes: '',
    });
  });

  it('refuses to empty the name', () => {
    const { doc, org } = threeEntities();
    expect(errorsOf(updateEntity(doc, org, { name: '  ' })).name).toBeDefined();
    expect(readEntity(doc, org)?.name).toBe('Tỉnh ủy');
  });

  it('answers an error for an entity that no longer exists', () => {
    const { doc, org } = threeEntities();
    must(deleteElements(doc, [org]));
    expect(errorsOf(updateEntity(doc, org, { name: 'Back' })).entity).toMatch(/no longer exists/);
    expect(getRoots(doc).entities.has(org)).toBe(false);
  });

  it('cannot change the type of an entity', () => {
    const { doc, org } = threeEntities();
    must(updateEntity(doc, org, { type: 'person', kind: 'party committee' } as never));
    // The type is the id's prefix, never a stored field.
    expect(entityField(doc, org, 'type')).toBeUndefined();
    expect(readEntity(doc, org)).toMatchObject({ type: 'org', kind: 'party committee' });
  });

  it('treats a field given as undefined as unchanged', () => {
    const { doc, person } = threeEntities();
    must(updateEntity(doc, person, { notes: 'Ghi chú' }));
    must(updateEntity(doc, person, { notes: undefined, rank: 'Thiếu tướng' }));
    expect(readEntity(doc, person)).toMatchObject({ notes: 'Ghi chú', rank: 'Thiếu tướng' });
  });
});

describe('linkEntities', () => {
  it('stores a relation as one plain record', () => {
    const { doc, person, org } = threeEntities();
    const id = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: '  Phó   Bí thư ' }),
    );
    expect(id).toMatch(/^rel:[a-z0-9]{12}$/);
    // Without its id (the key) or an empty provenance: both are restored on reading.
    expect(getRoots(doc).relations.get(id)).toEqual({
      type: 'holds_title',
      from: person,
      to: org,
      label: 'Phó Bí thư',
    });
    expect(readRelation(doc, id)).toEqual({
      id,
      type: 'holds_title',
      from: person,
      to: org,
      label: 'Phó Bí thư',
      provenance: [],
    });
  });

  it('drops the label of a relation type that has none', () => {
    const { doc, person, agreement } = threeEntities();
    const id = must(
      linkEntities(doc, { type: 'signed', from: person, to: agreement, label: 'ignored' }),
    );
    expect(readRelation(doc, id)?.label).toBe('');
  });

  it('keeps the provenance it is given, as a copy', () => {
    const doc = createWorkspace();
    const source = must(addEntity(doc, 'source', { name: 'Bài báo', text: 'Ông A dự lễ ký.' }));
    const person = must(addEntity(doc, 'person', { name: 'A' }));
    const provenance = [{ sourceId: source, start: 0, end: 5, quote: 'Ông A' }];
    const id = must(linkEntities(doc, { type: 'mentions', from: source, to: person, provenance }));
    provenance[0].quote = 'changed later';
    expect(readRelation(doc, id)?.provenance).toEqual([
      { sourceId: source, start: 0, end: 5, quote: 'Ông A' },
    ]);
  });

  it('refuses to link an entity to itself', () => {
    const { doc, org } = threeEntities();
    expect(errorsOf(linkEntities(doc, { type: 'related_to', from: org, to: org })).to).toMatch(
      /itself/,
    );
    expect(getRoots(doc).relations.size).toBe(0);
  });

  it('refuses types that may not be linked that way', () => {
    const { doc, person, org } = threeEntities();
    const errors = errorsOf(linkEntities(doc, { type: 'holds_title', from: org, to: person }));
    expect(errors.type).toBe('Cannot link an organisation to a person as "holds a title at".');
    expect(getRoots(doc).relations.size).toBe(0);
  });

  it.each([
    ['an id no entity has', 'org:zzzzzzzz9999'],
    ['a malformed id', 'org:!'],
    ['a relation id', 'rel:zzzzzzzz9999'],
  ])('refuses a missing end (%s)', (_label, to) => {
    const { doc, person } = threeEntities();
    expect(errorsOf(linkEntities(doc, { type: 'holds_title', from: person, to })).to).toMatch(
      /existing entities/,
    );
    expect(getRoots(doc).relations.size).toBe(0);
  });

  it('refuses an end that was deleted', () => {
    const { doc, person, org } = threeEntities();
    must(deleteElements(doc, [org]));
    expect(errorsOf(linkEntities(doc, { type: 'holds_title', from: person, to: org })).to).toMatch(
      /existing/,
    );
  });

  it('refuses a duplicate of an existing relation', () => {
    const { doc, person, org, agreement } = threeEntities();
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }));
    must(linkEntities(doc, { type: 'signed', from: person, to: agreement }));
    const title = linkEntities(doc, {
      type: 'holds_title',
      from: person,
      to: org,
      label: ' Bí  thư ',
    });
    expect(errorsOf(title).to).toBe('These two are already linked as "holds a title at".');
    expect(errorsOf(linkEntities(doc, { type: 'signed', from: person, to: agreement })).to).toMatch(
      /already/,
    );
    expect(getRoots(doc).relations.size).toBe(2);
  });

  it('refuses a duplicate that differs only by a label its type does not keep', () => {
    const { doc, person, agreement } = threeEntities();
    must(linkEntities(doc, { type: 'signed', from: person, to: agreement }));
    const again = linkEntities(doc, {
      type: 'signed',
      from: person,
      to: agreement,
      label: 'ignored',
    });
    expect(errorsOf(again).to).toMatch(/already linked/);
    expect(getRoots(doc).relations.size).toBe(1);
  });

  it('allows two titles at one organisation, and the same pair under another type', () => {
    const { doc, person, org, agreement } = threeEntities();
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }));
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Chủ tịch HĐND' }));
    must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
    must(linkEntities(doc, { type: 'signed', from: person, to: agreement }));
    must(linkEntities(doc, { type: 'attended', from: person, to: agreement }));
    expect(getRoots(doc).relations.size).toBe(5);
  });

  it('refuses a label over 500 characters', () => {
    const { doc, person, org } = threeEntities();
    const result = linkEntities(doc, {
      type: 'holds_title',
      from: person,
      to: org,
      label: 't'.repeat(501),
    });
    expect(errorsOf(result).label).toMatch(/at most 500/);
  });

  it('is not thrown off by garbage in the relations map', () => {
    const { doc, person, org } = threeEntities();
    getRoots(doc).relations.set('rel:garbage00001', null);
    getRoots(doc).relations.set('rel:garbage00002', 'junk');
    expect(must(linkEntities(doc, { type: 'holds_title', from: person, to: org }))).toMatch(
      /^rel:/,
    );
  });
});

describe('updateRelation', () => {
  it('changes the label and keeps the rest', () => {
    const { doc, person, org } = threeEntities();
    const id = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Phó Bí thư' }),
    );
    must(updateRelation(doc, id, { label: ' Bí thư ' }));
    expect(readRelation(doc, id)).toEqual({
      id,
      type: 'holds_title',
      from: person,
      to: org,
      label: 'Bí thư',
      provenance: [],
    });
  });

  it('clears the label when the new type has none', () => {
    const { doc, person, agreement } = threeEntities();
    const id = must(
      linkEntities(doc, { type: 'related_to', from: person, to: agreement, label: 'guest' }),
    );
    must(updateRelation(doc, id, { type: 'attended' }));
    expect(readRelation(doc, id)).toMatchObject({ type: 'attended', label: '' });
  });

  it('can reverse a relation when the reversed direction is allowed', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'related_to', from: org, to: person }));
    must(updateRelation(doc, id, { from: person, to: org, type: 'holds_title' }));
    expect(readRelation(doc, id)).toMatchObject({ type: 'holds_title', from: person, to: org });
  });

  it('refuses a change to types that may not be linked, and keeps the relation', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'related_to', from: org, to: person }));
    expect(errorsOf(updateRelation(doc, id, { type: 'holds_title' })).type).toBeDefined();
    expect(readRelation(doc, id)?.type).toBe('related_to');
  });

  it('refuses to turn a relation into a duplicate of another, but not of itself', () => {
    const { doc, person, org } = threeEntities();
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }));
    const second = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Phó Bí thư' }),
    );
    expect(errorsOf(updateRelation(doc, second, { label: 'Bí thư' })).to).toMatch(/already linked/);
    expect(readRelation(doc, second)?.label).toBe('Phó Bí thư');
    must(updateRelation(doc, second, { label: 'Phó Bí thư' }));
  });

  it('refuses a self-link and a missing end', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
    expect(errorsOf(updateRelation(doc, id, { to: person })).to).toMatch(/itself/);
    expect(errorsOf(updateRelation(doc, id, { to: 'org:zzzzzzzz9999' })).to).toMatch(/existing/);
    expect(readRelation(doc, id)?.to).toBe(org);
  });

  it('answers an error for a relation that no longer exists', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
    must(deleteElements(doc, [id]));
    expect(errorsOf(updateRelation(doc, id, { label: 'x' })).relation).toMatch(/no longer exists/);
    expect(getRoots(doc).relations.has(id)).toBe(false);
  });
});

describe('deleteElements', () => {
  it('removes an entity with its relations and position in one transaction', () => {
    const doc = createWorkspace();
    const person = must(addEntity(doc, 'person', { name: 'A' }, { position: { x: 1, y: 1 } }));
    const other = must(addEntity(doc, 'person', { name: 'B' }, { position: { x: 2, y: 2 } }));
    const org = must(addEntity(doc, 'org', { name: 'O' }, { position: { x: 3, y: 3 } }));
    const title = must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    const colleague = must(linkEntities(doc, { type: 'holds_title', from: other, to: org }));
    const friend = must(linkEntities(doc, { type: 'related_to', from: other, to: person }));

    let deleted = 0;
    const origins = originsOf(doc, () => (deleted = must(deleteElements(doc, [person]))));

    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(deleted).toBe(3);
    const { entities, relations, layout } = getRoots(doc);
    expect([...entities.keys()].sort()).toEqual([org, other].sort());
    expect([...relations.keys()]).toEqual([colleague]);
    expect(relations.has(title) || relations.has(friend)).toBe(false);
    expect([...layout.keys()].sort()).toEqual([org, other].sort());
  });

  it('removes a relation alone and keeps its ends', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    expect(must(deleteElements(doc, [id]))).toBe(1);
    expect(getRoots(doc).relations.size).toBe(0);
    expect(getRoots(doc).entities.size).toBe(3);
  });

  it('counts a relation named and touched only once', () => {
    const { doc, person, org } = threeEntities();
    const id = must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    expect(must(deleteElements(doc, [id, person, org]))).toBe(3);
    expect(getRoots(doc).entities.size).toBe(1);
  });

  it('does nothing for ids that are not there', () => {
    const { doc } = threeEntities();
    const counted = countTransactions(doc, () => {
      expect(must(deleteElements(doc, ['org:zzzzzzzz9999', 'rel:zzzzzzzz9999', 'junk']))).toBe(0);
    });
    expect(counted).toEqual({ all: 0, updates: 0 });
  });
});

describe('moveNodes and storeLayoutPositions', () => {
  it('stores positions rounded to a tenth, for existing entities only', () => {
    const { doc, person, org, agreement } = threeEntities();
    moveNodes(doc, {
      [person]: { x: 10.04, y: -3.96 },
      [org]: { x: Number.NaN, y: 1 },
      [agreement]: { x: 1, y: Number.POSITIVE_INFINITY },
      'person:zzzzzzzz9999': { x: 1, y: 1 },
    });
    expect(getRoots(doc).layout.toJSON()).toEqual({ [person]: { x: 10, y: -4 } });
  });

  it('moves many nodes in one user transaction', () => {
    const { doc, person, org } = threeEntities();
    const origins = originsOf(doc, () =>
      moveNodes(doc, { [person]: { x: 1, y: 2 }, [org]: { x: 3, y: 4 } }),
    );
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(getRoots(doc).layout.toJSON()).toEqual({
      [person]: { x: 1, y: 2 },
      [org]: { x: 3, y: 4 },
    });
  });

  it('stores automatic layout positions under the system origin', () => {
    const { doc, person, org } = threeEntities();
    const origins = originsOf(doc, () =>
      storeLayoutPositions(doc, { [person]: { x: 5.55, y: 6 }, [org]: { x: 7, y: 8 } }),
    );
    expect(origins).toEqual([SYSTEM_ORIGIN]);
    expect(getRoots(doc).layout.get(person)).toEqual({ x: 5.6, y: 6 });
  });

  it('runs no transaction when no position is valid', () => {
    const { doc } = threeEntities();
    expect(
      countTransactions(doc, () => moveNodes(doc, { 'org:zzzzzzzz9999': { x: 1, y: 1 } })).all,
    ).toBe(0);
    expect(countTransactions(doc, () => storeLayoutPositions(doc, {})).all).toBe(0);
  });
});

describe('setPinned', () => {
  it('pins and unpins in one undoable step, and a later move keeps the pin', () => {
    const { doc, person, org } = threeEntities();
    moveNodes(doc, { [person]: { x: 1, y: 2 } });
    expect(
      originsOf(doc, () => setPinned(doc, [person, org], true, { [org]: { x: 5, y: 6 } })),
    ).toEqual([LOCAL_ORIGIN]);
    const { layout } = getRoots(doc);
    expect(layout.get(person)).toEqual({ x: 1, y: 2, pinned: true });
    expect(layout.get(org)).toEqual({ x: 5, y: 6, pinned: true });
    moveNodes(doc, { [person]: { x: 10, y: 20 } });
    expect(layout.get(person)).toEqual({ x: 10, y: 20, pinned: true });
    setPinned(doc, [person], false);
    expect(layout.get(person)).toEqual({ x: 10, y: 20 });
  });

  it('skips entities with no position and unknown ids', () => {
    const { doc, agreement } = threeEntities();
    setPinned(doc, [agreement, 'org:zzzzzzzz9999'], true);
    expect(getRoots(doc).layout.size).toBe(0);
  });
});

describe('runAsOneStep', () => {
  it('joins the commands it runs into one user transaction and returns their result', () => {
    const doc = createWorkspace();
    let ids: string[] = [];
    const origins = originsOf(doc, () => {
      ids = runAsOneStep(doc, () => {
        const person = must(addEntity(doc, 'person', { name: 'A' }));
        const org = must(addEntity(doc, 'org', { name: 'O' }));
        // A command sees what an earlier command of the same step wrote.
        const rel = must(
          linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }),
        );
        must(updateEntity(doc, person, { rank: 'Đại tá' }));
        return [person, org, rel];
      });
    });
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(readEntity(doc, ids[0])).toMatchObject({ rank: 'Đại tá' });
    expect(readRelation(doc, ids[2])).toMatchObject({ from: ids[0], to: ids[1] });
  });
});

describe('setWorkspaceName', () => {
  it('stores the cleaned name in meta, outside the undo history', () => {
    const doc = createWorkspace();
    const origins = originsOf(doc, () => setWorkspaceName(doc, '  Dân vận   2022 '));
    expect(origins).toEqual([SYSTEM_ORIGIN]);
    expect(getRoots(doc).meta.get('name')).toBe('Dân vận 2022');
  });
});
