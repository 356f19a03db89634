import { createMemo, createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate } from '../../../src/i18n';
import {
  addEntity,
  createHistory,
  createProjection,
  deleteElements,
  getRoots,
  linkEntities,
  moveNodes,
  readEntity,
  readRelation,
  storeLayoutPositions,
  updateEntity,
  updateRelation,
  type Projection,
  type ProjectionDiff,
} from '../../../src/store';
import { createWorkspace, must, REMOTE, sendUpdates } from './helpers';

/** The projection's problems, as an English reader sees them. */
const problemsOf = (projection: Projection) =>
  projection.problems().map((problem) => translate('en', problem));

let projections: Projection[] = [];
function projectionOf(doc: Y.Doc): Projection {
  const projection = createProjection(doc);
  projections.push(projection);
  return projection;
}
afterEach(() => {
  projections.forEach((projection) => projection.dispose());
  projections = [];
});

type DiffKey = keyof ProjectionDiff;
const DIFF_KEYS: DiffKey[] = [
  'upsertedEntities',
  'removedEntities',
  'upsertedRelations',
  'removedRelations',
  'movedNodes',
];

/** Every diff the projection emits while `fn` runs, merged into one, lists sorted. */
function diffDuring(projection: Projection, fn: () => void): ProjectionDiff {
  const merged: ProjectionDiff = {
    upsertedEntities: [],
    removedEntities: [],
    upsertedRelations: [],
    removedRelations: [],
    movedNodes: [],
  };
  const stop = projection.onDiff((diff) =>
    DIFF_KEYS.forEach((key) => merged[key].push(...diff[key])),
  );
  fn();
  stop();
  DIFF_KEYS.forEach((key) => merged[key].sort());
  return merged;
}

/** A diff with the given lists and every other list empty. */
function diffOf(lists: Partial<ProjectionDiff>): ProjectionDiff {
  const diff = {
    upsertedEntities: [],
    removedEntities: [],
    upsertedRelations: [],
    removedRelations: [],
    movedNodes: [],
    ...lists,
  };
  DIFF_KEYS.forEach((key) => (diff[key] = [...diff[key]].sort()));
  return diff;
}

const keys = (record: object) => Object.keys(record).sort();

/** A person who holds a title at an organisation and signed an agreement. */
function smallGraph(doc = createWorkspace()) {
  const person = must(addEntity(doc, 'person', { name: 'A' }, { position: { x: 1, y: 2 } }));
  const org = must(addEntity(doc, 'org', { name: 'O' }, { position: { x: 3, y: 4 } }));
  const agreement = must(addEntity(doc, 'agreement', { name: 'CT' }));
  const title = must(
    linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }),
  );
  const signed = must(linkEntities(doc, { type: 'signed', from: person, to: agreement }));
  return { doc, person, org, agreement, title, signed };
}

describe('createProjection, local commands', () => {
  it('starts from what the document already holds', () => {
    const { doc, person, org, agreement, title, signed } = smallGraph();
    const { state } = projectionOf(doc);
    expect(keys(state.entities)).toEqual([person, org, agreement].sort());
    expect(state.entities[person]).toEqual(readEntity(doc, person));
    expect(keys(state.relations)).toEqual([title, signed].sort());
    expect(state.relations[title]).toEqual(readRelation(doc, title));
    expect(state.positions).toEqual({ [person]: { x: 1, y: 2 }, [org]: { x: 3, y: 4 } });
  });

  it('shows an added entity and emits exactly its id', () => {
    const doc = createWorkspace();
    const projection = projectionOf(doc);
    let id = '';
    const diff = diffDuring(projection, () => {
      id = must(
        addEntity(
          doc,
          'theme',
          { name: 'Dân vận khéo', campaign: true },
          { position: { x: 9, y: 9 } },
        ),
      );
    });
    expect(diff).toEqual(diffOf({ upsertedEntities: [id], movedNodes: [id] }));
    expect(projection.state.entities[id]).toEqual({ ...readEntity(doc, id), campaign: true });
    expect(projection.state.positions[id]).toEqual({ x: 9, y: 9 });
  });

  it('updates one entity in place and leaves the others untouched', () => {
    const { doc, person, org } = smallGraph();
    const projection = projectionOf(doc);
    const orgBefore = projection.state.entities[org];
    const diff = diffDuring(projection, () =>
      must(updateEntity(doc, person, { rank: 'Đại tá', titles: ['Bí thư'] })),
    );
    expect(diff).toEqual(diffOf({ upsertedEntities: [person] }));
    expect(projection.state.entities[person]).toMatchObject({ rank: 'Đại tá', titles: ['Bí thư'] });
    expect(projection.state.entities[org]).toBe(orgBefore);
  });

  it('drives Solid computations over the store', () => {
    const { doc, person, org } = smallGraph();
    const projection = projectionOf(doc);
    createRoot((dispose) => {
      const name = createMemo(() => projection.state.entities[person]?.name ?? null);
      const relationCount = createMemo(() => Object.keys(projection.state.relations).length);
      expect(name()).toBe('A');
      must(updateEntity(doc, person, { name: 'B' }));
      expect(name()).toBe('B');
      const before = relationCount();
      must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
      expect(relationCount()).toBe(before + 1);
      must(deleteElements(doc, [person]));
      expect(name()).toBeNull();
      dispose();
    });
  });

  it('shows a new relation and a relation change', () => {
    const { doc, person, org } = smallGraph();
    const projection = projectionOf(doc);
    let rel = '';
    expect(
      diffDuring(
        projection,
        () =>
          (rel = must(
            linkEntities(doc, { type: 'related_to', from: org, to: person, label: 'x' }),
          )),
      ),
    ).toEqual(diffOf({ upsertedRelations: [rel] }));
    expect(diffDuring(projection, () => must(updateRelation(doc, rel, { label: 'y' })))).toEqual(
      diffOf({ upsertedRelations: [rel] }),
    );
    expect(projection.state.relations[rel]).toEqual({
      id: rel,
      type: 'related_to',
      from: org,
      to: person,
      label: 'y',
      provenance: [],
    });
  });

  it('removes a deleted entity with its relations and position', () => {
    const { doc, person, org, agreement, title, signed } = smallGraph();
    const projection = projectionOf(doc);
    const diff = diffDuring(projection, () => must(deleteElements(doc, [person])));
    expect(diff).toEqual(diffOf({ removedEntities: [person], removedRelations: [title, signed] }));
    expect(keys(projection.state.entities)).toEqual([org, agreement].sort());
    expect(projection.state.relations).toEqual({});
    expect(keys(projection.state.positions)).toEqual([org]);
  });

  it('emits the moved nodes and their rounded positions', () => {
    const { doc, person, org, agreement } = smallGraph();
    const projection = projectionOf(doc);
    expect(
      diffDuring(projection, () =>
        moveNodes(doc, { [person]: { x: 10.01, y: 20 }, [agreement]: { x: 0, y: 0 } }),
      ),
    ).toEqual(diffOf({ movedNodes: [person, agreement] }));
    expect(
      diffDuring(projection, () => storeLayoutPositions(doc, { [org]: { x: 7, y: 7 } })),
    ).toEqual(diffOf({ movedNodes: [org] }));
    expect(projection.state.positions).toEqual({
      [person]: { x: 10, y: 20 },
      [org]: { x: 7, y: 7 },
      [agreement]: { x: 0, y: 0 },
    });
  });

  it('emits nothing for a change outside the projected roots', () => {
    const { doc } = smallGraph();
    const projection = projectionOf(doc);
    let calls = 0;
    projection.onDiff(() => (calls += 1));
    getRoots(doc).meta.set('name', 'Workspace');
    expect(calls).toBe(0);
  });

  it('stops a listener that unsubscribed and stops everything on dispose', () => {
    const { doc, person } = smallGraph();
    const projection = projectionOf(doc);
    let calls = 0;
    const stop = projection.onDiff(() => (calls += 1));
    must(updateEntity(doc, person, { notes: '1' }));
    stop();
    must(updateEntity(doc, person, { notes: '2' }));
    expect(calls).toBe(1);
    projection.onDiff(() => (calls += 1));
    projection.dispose();
    must(updateEntity(doc, person, { notes: '3' }));
    expect(calls).toBe(1);
    expect(projection.state.entities[person].notes).toBe('2');
  });
});

describe('createProjection, updates from a peer', () => {
  it('shows a whole workspace that arrives in one update, relations included', () => {
    const { doc: theirs, person, org, agreement, title, signed } = smallGraph();
    const mine = new Y.Doc();
    const projection = projectionOf(mine);
    const diff = diffDuring(projection, () => sendUpdates(theirs, mine));
    expect(diff).toEqual(
      diffOf({
        upsertedEntities: [person, org, agreement],
        upsertedRelations: [title, signed],
        movedNodes: [person, org],
      }),
    );
    expect(keys(projection.state.relations)).toEqual([title, signed].sort());
  });

  it('shows a relation only while both its ends exist, as they go and return', () => {
    // Peer A deletes the organisation while peer B, not yet aware, links someone to it.
    const { doc: a, person, org, title } = smallGraph();
    const b = new Y.Doc();
    sendUpdates(a, b);
    const projectionA = projectionOf(a);
    const projectionB = projectionOf(b);
    const other = must(addEntity(b, 'person', { name: 'B' }));
    const late = must(
      linkEntities(b, { type: 'holds_title', from: other, to: org, label: 'Phó Bí thư' }),
    );
    const historyA = createHistory(a);
    must(deleteElements(a, [org]));
    expect(keys(projectionB.state.relations)).toContain(late);

    const diffA = diffDuring(projectionA, () => sendUpdates(b, a));
    const diffB = diffDuring(projectionB, () => sendUpdates(a, b));

    // Both documents now store the late relation, whose end is gone: neither projection shows it.
    expect(getRoots(a).relations.has(late)).toBe(true);
    expect(getRoots(b).relations.has(late)).toBe(true);
    expect(diffA).toEqual(diffOf({ upsertedEntities: [other] }));
    expect(diffB).toEqual(diffOf({ removedEntities: [org], removedRelations: [title, late] }));
    for (const projection of [projectionA, projectionB]) {
      expect(projection.state.relations[late]).toBeUndefined();
      expect(projection.state.entities[org]).toBeUndefined();
      for (const relation of Object.values(projection.state.relations)) {
        expect(projection.state.entities[relation.from]).toBeDefined();
        expect(projection.state.entities[relation.to]).toBeDefined();
      }
    }

    // A undoes the delete: the organisation returns with its own relation, and the late one shows.
    const back = diffDuring(projectionB, () => {
      historyA.undo();
      sendUpdates(a, b);
    });
    expect(back).toEqual(
      diffOf({ upsertedEntities: [org], upsertedRelations: [title, late], movedNodes: [org] }),
    );
    expect(projectionB.state.positions[org]).toEqual({ x: 3, y: 4 });
    for (const projection of [projectionA, projectionB]) {
      expect(projection.state.entities[org]).toMatchObject({ name: 'O' });
      expect(projection.state.relations[late]).toMatchObject({
        from: other,
        to: org,
        label: 'Phó Bí thư',
      });
      expect(projection.state.relations[title]).toMatchObject({
        from: person,
        to: org,
        label: 'Bí thư',
      });
    }
    historyA.destroy();
  });

  it('hides a relation whose end arrives later', () => {
    const mine = createWorkspace();
    const projection = projectionOf(mine);
    const person = 'person:aaaaaaaa1111';
    const org = 'org:bbbbbbbb2222';
    const rel = 'rel:cccccccc3333';
    getRoots(mine).entities.set(person, toYMap({ type: 'person', name: 'A' }));
    Y.transact(
      mine,
      () =>
        getRoots(mine).relations.set(rel, {
          id: rel,
          type: 'holds_title',
          from: person,
          to: org,
          label: '',
          provenance: [],
        }),
      REMOTE,
    );
    expect(projection.state.relations[rel]).toBeUndefined();
    const diff = diffDuring(projection, () =>
      getRoots(mine).entities.set(org, toYMap({ type: 'org', name: 'O' })),
    );
    expect(diff).toEqual(diffOf({ upsertedEntities: [org], upsertedRelations: [rel] }));
  });
});

function toYMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe('createProjection, garbage in the document', () => {
  it('drops entities that are not field maps and reports them', () => {
    const { doc, person } = smallGraph();
    const projection = projectionOf(doc);
    const { entities } = getRoots(doc) as unknown as { entities: Y.Map<unknown> };
    entities.set('person:garbage00001', 'not a record');
    // A plain object is not what commands can edit, link or read back: it must not be shown either.
    entities.set('person:garbage00002', { type: 'person', name: 'Looks fine' });
    entities.set('not-an-id', toYMap({ name: 'X' }));
    expect(keys(projection.state.entities)).not.toContain('person:garbage00001');
    expect(keys(projection.state.entities)).not.toContain('person:garbage00002');
    expect(keys(projection.state.entities)).not.toContain('not-an-id');
    expect(projection.state.entities[person]).toBeDefined();
    expect(problemsOf(projection)).toEqual([
      'Dropped person:garbage00001: it is not a record.',
      'Dropped person:garbage00002: it is not a record.',
      'Dropped a record with a malformed id "not-an-id".',
    ]);
    expect(readEntity(doc, 'person:garbage00002')).toBeNull();
  });

  it('resets a bad field of an entity and reports it', () => {
    const { doc, person } = smallGraph();
    const projection = projectionOf(doc);
    getRoots(doc).entities.get(person)?.set('titles', 'not a list');
    expect(projection.state.entities[person]).toMatchObject({ name: 'A', titles: [] });
    expect(problemsOf(projection)).toEqual([
      `Reset the field "titles" of ${person}: it had the wrong type or size.`,
    ]);
  });

  it('drops an entity whose name a peer emptied, with its relations', () => {
    const { doc, person, title, signed } = smallGraph();
    const projection = projectionOf(doc);
    const diff = diffDuring(projection, () => getRoots(doc).entities.get(person)?.set('name', ''));
    expect(diff).toEqual(diffOf({ removedEntities: [person], removedRelations: [title, signed] }));
    expect(problemsOf(projection)).toEqual([
      `Dropped ${person}: its name is missing, empty or too long.`,
    ]);
  });

  it('drops relations that are malformed or link types that may not be linked', () => {
    const { doc, person, org, title } = smallGraph();
    const projection = projectionOf(doc);
    const { relations } = getRoots(doc);
    relations.set('rel:garbage00001', { type: 'holds_title', from: org, to: person });
    relations.set('rel:garbage00002', null);
    relations.set('rel:garbage00003', { type: 'befriends', from: person, to: org });
    relations.set('junk', { type: 'related_to', from: person, to: org });
    expect(keys(projection.state.relations)).not.toContain('rel:garbage00001');
    expect(keys(projection.state.relations).length).toBe(2);
    expect(projection.state.relations[title]).toBeDefined();
    expect(problemsOf(projection)).toEqual([
      'Dropped rel:garbage00001: it does not link two entities that may be linked.',
      'Dropped rel:garbage00002: it is not a record.',
      'Dropped rel:garbage00003: unknown relation type.',
      'Dropped a relation with a malformed id "junk".',
    ]);
  });

  it('hides a relation a peer broke and keeps its good provenance', () => {
    const { doc, person, org, title } = smallGraph();
    const projection = projectionOf(doc);
    const source = must(addEntity(doc, 'source', { name: 'Bài' }));
    const good = { sourceId: source, start: 0, end: 3, quote: 'Ông' };
    getRoots(doc).relations.set(title, {
      id: title,
      type: 'holds_title',
      from: person,
      to: org,
      label: 'x',
      provenance: [good, { sourceId: 'nope' }],
    });
    expect(projection.state.relations[title].provenance).toEqual([good]);
    expect(problemsOf(projection)).toEqual([`Dropped malformed provenance of ${title}.`]);
    const diff = diffDuring(projection, () =>
      getRoots(doc).relations.set(title, { type: 'holds_title', from: org, to: person }),
    );
    expect(diff).toEqual(diffOf({ removedRelations: [title] }));
  });

  it('ignores positions that are not finite coordinates', () => {
    const { doc, person, org } = smallGraph();
    const projection = projectionOf(doc);
    getRoots(doc).layout.set(person, 'left');
    getRoots(doc).layout.set(org, { x: Number.NaN, y: 0 });
    expect(projection.state.positions).toEqual({});
  });

  it('keeps the latest 100 problems', () => {
    const doc = createWorkspace();
    const projection = projectionOf(doc);
    const { entities } = getRoots(doc) as unknown as { entities: Y.Map<unknown> };
    doc.transact(() => {
      for (let i = 0; i < 150; i += 1)
        entities.set(`person:garbage${String(i).padStart(5, '0')}`, i);
    });
    expect(projection.problems()).toHaveLength(100);
    expect(problemsOf(projection).at(-1)).toBe('Dropped person:garbage00149: it is not a record.');
    expect(projection.state.entities).toEqual({});
  });
});

describe('relationsOf and entityCount', () => {
  it('lists the relations at either end of an entity, following links, unlinks and deletes', () => {
    const doc = createWorkspace();
    const projection = projectionOf(doc);
    const person = must(addEntity(doc, 'person', { name: 'Lê Văn A' }));
    const org = must(addEntity(doc, 'org', { name: 'Bộ Quốc phòng' }));
    const other = must(addEntity(doc, 'org', { name: 'Tỉnh ủy' }));
    const title = must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    const part = must(linkEntities(doc, { type: 'part_of', from: org, to: other }));
    const ids = (id: string) =>
      projection
        .relationsOf(id)
        .map((r) => r.id)
        .sort();
    expect(ids(person)).toEqual([title]);
    expect(ids(org)).toEqual([title, part].sort());
    expect(projection.entityCount()).toBe(3);

    must(updateRelation(doc, title, { label: 'Bộ trưởng' }));
    expect(projection.relationsOf(person)[0].label).toBe('Bộ trưởng');
    must(deleteElements(doc, [part]));
    expect(ids(other)).toEqual([]);
    must(deleteElements(doc, [person]));
    expect(ids(org)).toEqual([]);
    expect(projection.entityCount()).toBe(2);
  });

  it('does not re-run readers when an entity only changes its fields', () => {
    const doc = createWorkspace();
    const projection = projectionOf(doc);
    const person = must(addEntity(doc, 'person', { name: 'Lê Văn A' }));
    const org = must(addEntity(doc, 'org', { name: 'Bộ Quốc phòng' }));
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    let runs = 0;
    createRoot((dispose) => {
      const count = createMemo(() => {
        runs += 1;
        return projection.relationsOf(person).length + projection.entityCount();
      });
      count();
      must(updateEntity(doc, person, { name: 'Lê Văn B' }));
      count();
      expect(runs).toBe(1);
      must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
      expect(count()).toBe(4);
      expect(runs).toBe(2);
      dispose();
    });
  });
});

describe('entityList, relationList, size and entityVersion', () => {
  it('list what the store holds, in its order, and say when entities change', () => {
    const doc = createWorkspace();
    const projection = projectionOf(doc);
    const person = must(addEntity(doc, 'person', { name: 'Lê Văn A' }));
    const org = must(addEntity(doc, 'org', { name: 'Bộ Quốc phòng' }));
    must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    const plain = projection.plain;
    expect(projection.entityList()).toEqual(Object.values(plain.entities));
    expect(projection.relationList()).toEqual(Object.values(plain.relations));
    expect(projection.entityIds()).toEqual(Object.keys(plain.entities));
    expect(projection.relationIds()).toEqual(Object.keys(plain.relations));
    expect(projection.size()).toEqual({ entities: 2, relations: 1 });

    const versions: number[] = [];
    createRoot((dispose) => {
      createMemo(() => versions.push(projection.entityVersion()));
      must(updateEntity(doc, person, { name: 'Lê Văn B' }));
      expect(projection.entityList().map((e) => e.name)).toEqual(['Lê Văn B', 'Bộ Quốc phòng']);
      must(linkEntities(doc, { type: 'related_to', from: person, to: org }));
      must(deleteElements(doc, [org]));
      dispose();
    });
    // The rename and the delete; not the new link.
    expect(versions.length).toBe(3);
    expect(projection.entityList().map((e) => e.id)).toEqual([person]);
    expect(projection.relationList()).toEqual([]);
    expect(projection.size()).toEqual({ entities: 1, relations: 0 });
  });
});
