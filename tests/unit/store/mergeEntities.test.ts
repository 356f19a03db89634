// Merging duplicate entities: what happens to their relations, names, fields and positions, that
// one undo brings it all back, and that a peer's concurrent edit never leaves a dangling relation.
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Provenance } from '../../../src/model';
import {
  addEntity,
  createHistory,
  createProjection,
  getRoots,
  linkEntities,
  mergeEntities,
  readEntity,
  readRelation,
  updateEntity,
  type History,
  type Projection,
} from '../../../src/store';
import {
  countTransactions,
  createPeers,
  createWorkspace,
  errorsOf,
  must,
  syncPeers,
} from './helpers';

let disposables: (Projection | History)[] = [];
afterEach(() => {
  disposables.forEach((item) => ('dispose' in item ? item.dispose() : item.destroy()));
  disposables = [];
});

function historyOf(doc: Y.Doc): History {
  const history = createHistory(doc);
  disposables.push(history);
  return history;
}

function projectionOf(doc: Y.Doc): Projection {
  const projection = createProjection(doc);
  disposables.push(projection);
  return projection;
}

const relationIds = (doc: Y.Doc) => [...getRoots(doc).relations.keys()].sort();

function quote(sourceId: string, start: number, text: string): Provenance {
  return { sourceId, start, end: start + text.length, quote: text };
}

/** Two spellings of one border guard command, its officer, a programme and an article. */
function borderGuardWorkspace() {
  const doc = createWorkspace();
  const full = 'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh';
  const keep = must(addEntity(doc, 'org', { name: full }, { position: { x: 10, y: 20 } }));
  const twin = must(
    addEntity(
      doc,
      'org',
      { name: 'Bộ Chỉ huy BĐBP TPHCM', aliases: ['BĐBP TP.HCM'], kind: 'military command' },
      { position: { x: 300, y: 40 } },
    ),
  );
  const person = must(addEntity(doc, 'person', { name: 'Nguyễn Quốc Ân' }));
  const programme = must(
    addEntity(doc, 'agreement', { name: 'Chương trình phối hợp 2022 – 2026' }),
  );
  const source = must(addEntity(doc, 'source', { name: 'Ký kết chương trình phối hợp' }));
  return { doc, keep, twin, person, programme, source };
}

describe('mergeEntities: relations', () => {
  it('re-points every relation of a merged entity to the kept one, keeping its id', () => {
    const { doc, keep, twin, person, programme } = borderGuardWorkspace();
    const party = must(linkEntities(doc, { type: 'party_to', from: twin, to: programme }));
    const title = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: twin, label: 'Chính ủy' }),
    );

    const summary = must(mergeEntities(doc, keep, [twin]));

    expect(summary).toEqual({ keepId: keep, merged: 1, moved: 2, droppedSelfLoops: 0, united: 0 });
    expect(readRelation(doc, party)).toMatchObject({ from: keep, to: programme });
    expect(readRelation(doc, title)).toMatchObject({ from: person, to: keep, label: 'Chính ủy' });
    expect(relationIds(doc)).toEqual([party, title].sort());
  });

  it('drops relations that would link the kept entity to itself', () => {
    const doc = createWorkspace();
    const [keep, a, b] = ['Công an tỉnh Long An', 'CA tỉnh Long An', 'CA Long An'].map((name) =>
      must(addEntity(doc, 'org', { name })),
    );
    const other = must(addEntity(doc, 'org', { name: 'Bộ Công an' }));
    must(linkEntities(doc, { type: 'part_of', from: a, to: keep }));
    must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
    const kept = must(linkEntities(doc, { type: 'part_of', from: b, to: other }));

    const summary = must(mergeEntities(doc, keep, [a, b]));

    expect(summary).toMatchObject({ moved: 1, droppedSelfLoops: 2, united: 0 });
    expect(relationIds(doc)).toEqual([kept]);
    expect(readRelation(doc, kept)).toMatchObject({ from: keep, to: other });
  });

  it('unites a relation that becomes a copy of another, with their provenance', () => {
    const { doc, keep, twin, person, source } = borderGuardWorkspace();
    const shared = quote(source, 0, 'Đại tá Nguyễn Quốc Ân, Chính ủy');
    const onlyTwin = quote(source, 120, 'Chính ủy BĐBP TPHCM');
    const existing = must(
      linkEntities(doc, {
        type: 'holds_title',
        from: person,
        to: keep,
        label: 'Chính ủy',
        provenance: [shared],
      }),
    );
    const copy = must(
      linkEntities(doc, {
        type: 'holds_title',
        from: person,
        to: twin,
        label: 'Chính ủy',
        provenance: [onlyTwin, shared],
      }),
    );
    const otherLabel = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: twin, label: 'Bí thư Đảng ủy' }),
    );

    const summary = must(mergeEntities(doc, keep, [twin]));

    expect(summary).toMatchObject({ moved: 1, droppedSelfLoops: 0, united: 1 });
    expect(readRelation(doc, copy)).toBeNull();
    expect(readRelation(doc, existing)?.provenance).toEqual([shared, onlyTwin]);
    expect(readRelation(doc, otherLabel)).toMatchObject({ to: keep, label: 'Bí thư Đảng ủy' });
  });

  it('unites copies among the merged entities themselves', () => {
    const { doc, keep, twin, programme, source } = borderGuardWorkspace();
    const third = must(addEntity(doc, 'org', { name: 'BĐBP TP. Hồ Chí Minh' }));
    const first = must(
      linkEntities(doc, {
        type: 'party_to',
        from: twin,
        to: programme,
        provenance: [quote(source, 5, 'BĐBP TPHCM')],
      }),
    );
    must(
      linkEntities(doc, {
        type: 'party_to',
        from: third,
        to: programme,
        provenance: [quote(source, 9, 'BĐBP TP. Hồ Chí Minh')],
      }),
    );

    must(mergeEntities(doc, keep, [twin, third]));

    expect(relationIds(doc)).toEqual([first]);
    expect(readRelation(doc, first)).toMatchObject({ from: keep, to: programme });
    expect(readRelation(doc, first)?.provenance.map((p) => p.start)).toEqual([5, 9]);
  });

  it('re-points quotes to the kept source when sources are merged', () => {
    const doc = createWorkspace();
    const text = 'Đại tá Nguyễn Quốc Ân, Chính ủy Bộ đội Biên phòng TPHCM.';
    const keep = must(addEntity(doc, 'source', { name: 'Bài báo', text }));
    const copy = must(addEntity(doc, 'source', { name: 'Bài báo (bản sao)', text }));
    const person = must(addEntity(doc, 'person', { name: 'Nguyễn Quốc Ân' }));
    const org = must(addEntity(doc, 'org', { name: 'Bộ đội Biên phòng TPHCM' }));
    const title = must(
      linkEntities(doc, {
        type: 'holds_title',
        from: person,
        to: org,
        label: 'Chính ủy',
        provenance: [quote(copy, 0, 'Đại tá Nguyễn Quốc Ân')],
      }),
    );
    const mention = must(linkEntities(doc, { type: 'mentions', from: keep, to: person }));
    must(linkEntities(doc, { type: 'mentions', from: copy, to: person }));

    must(mergeEntities(doc, keep, [copy]));

    expect(readRelation(doc, title)?.provenance).toEqual([quote(keep, 0, 'Đại tá Nguyễn Quốc Ân')]);
    expect(relationIds(doc)).toEqual([mention, title].sort());
  });
});

describe('mergeEntities: fields', () => {
  it('makes the merged names and aliases aliases of the kept entity, without repeats', () => {
    const doc = createWorkspace();
    const keep = must(
      addEntity(doc, 'org', {
        name: 'Bộ đội Biên phòng tỉnh Kiên Giang',
        aliases: ['BĐBP Kiên Giang'],
      }),
    );
    const a = must(
      addEntity(doc, 'org', {
        name: 'BĐBP tỉnh Kiên Giang',
        aliases: ['Bo doi Bien phong tinh Kien Giang', 'BĐBP Kiên Giang', 'bđbp kiên giang'],
      }),
    );
    const b = must(addEntity(doc, 'org', { name: 'Bộ đội biên phòng tỉnh Kiên Giang' }));

    must(mergeEntities(doc, keep, [a, b]));

    expect(readEntity(doc, keep)).toMatchObject({
      name: 'Bộ đội Biên phòng tỉnh Kiên Giang',
      aliases: ['BĐBP Kiên Giang', 'BĐBP tỉnh Kiên Giang'],
    });
  });

  it('unites titles, fills empty fields from the first merged entity that has them, joins notes', () => {
    const doc = createWorkspace();
    const keep = must(
      addEntity(doc, 'person', { name: 'Nguyễn Quốc Ân', titles: ['Chính ủy'], notes: 'Bài 1.' }),
    );
    const a = must(
      addEntity(doc, 'person', {
        name: 'Nguyễn Quốc Ân',
        rank: 'Đại tá',
        titles: ['Bí thư Đảng ủy', 'Chính ủy'],
        notes: 'Bài 2.',
      }),
    );
    const b = must(addEntity(doc, 'person', { name: 'Nguyen Quoc An', rank: 'Thượng tá' }));

    must(mergeEntities(doc, keep, [a, b]));

    expect(readEntity(doc, keep)).toEqual({
      id: keep,
      type: 'person',
      name: 'Nguyễn Quốc Ân',
      aliases: [],
      rank: 'Đại tá',
      titles: ['Chính ủy', 'Bí thư Đảng ủy'],
      notes: 'Bài 1.\n\nBài 2.',
    });
  });

  it('keeps the fields the kept entity has, and takes a period whole', () => {
    const doc = createWorkspace();
    const keep = must(
      addEntity(doc, 'agreement', { name: 'Chương trình phối hợp', periodFrom: 2025, items: 5 }),
    );
    const a = must(
      addEntity(doc, 'agreement', {
        name: 'CT phối hợp',
        kind: 'chương trình phối hợp',
        signed: '16/09',
        periodFrom: 2020,
        periodTo: 2022,
        items: 6,
        summary: 'Năm nội dung.',
      }),
    );

    must(mergeEntities(doc, keep, [a]));

    expect(readEntity(doc, keep)).toMatchObject({
      kind: 'chương trình phối hợp',
      signed: '16/09',
      periodFrom: 2025,
      periodTo: null,
      items: 5,
      summary: 'Năm nội dung.',
    });
  });

  it('fills an empty period from the first merged entity that has one', () => {
    const doc = createWorkspace();
    const keep = must(addEntity(doc, 'agreement', { name: 'Quy chế phối hợp' }));
    const a = must(
      addEntity(doc, 'agreement', { name: 'Quy chế', periodFrom: 2022, periodTo: 2026 }),
    );
    must(mergeEntities(doc, keep, [a]));
    expect(readEntity(doc, keep)).toMatchObject({ periodFrom: 2022, periodTo: 2026 });
  });

  it('removes the positions of the merged entities and keeps the kept one’s', () => {
    const { doc, keep, twin } = borderGuardWorkspace();
    must(mergeEntities(doc, keep, [twin]));
    expect(getRoots(doc).layout.toJSON()).toEqual({ [keep]: { x: 10, y: 20 } });
    expect(getRoots(doc).entities.has(twin)).toBe(false);
  });
});

describe('mergeEntities: undo', () => {
  it('is one transaction and one undo step that restores the document exactly', () => {
    const { doc, keep, twin, person, programme, source } = borderGuardWorkspace();
    const third = must(addEntity(doc, 'org', { name: 'BĐBP TP.HCM', notes: 'Ghi chú' }));
    must(linkEntities(doc, { type: 'party_to', from: twin, to: programme }));
    must(linkEntities(doc, { type: 'part_of', from: third, to: twin }));
    must(
      linkEntities(doc, {
        type: 'holds_title',
        from: person,
        to: keep,
        label: 'Chính ủy',
        provenance: [quote(source, 0, 'Chính ủy')],
      }),
    );
    must(
      linkEntities(doc, {
        type: 'holds_title',
        from: person,
        to: third,
        label: 'Chính ủy',
        provenance: [quote(source, 40, 'Chính ủy BĐBP')],
      }),
    );
    const before = doc.toJSON();
    const history = historyOf(doc);

    let after: unknown;
    const counted = countTransactions(doc, () => {
      must(mergeEntities(doc, keep, [twin, third]));
      after = doc.toJSON();
    });
    expect(counted).toEqual({ all: 1, updates: 1 });
    expect(after).not.toEqual(before);

    history.undo();
    expect(doc.toJSON()).toEqual(before);
    expect(history.canUndo()).toBe(false);

    history.redo();
    expect(doc.toJSON()).toEqual(after);
  });
});

describe('mergeEntities: concurrent edits on another peer', () => {
  it('leaves no dangling relation in the projection when a peer links a merged entity', () => {
    const [a, b] = createPeers(2);
    const keep = must(addEntity(a, 'org', { name: 'Ủy ban nhân dân quận Tân Bình' }));
    const twin = must(addEntity(a, 'org', { name: 'UBND quận Tân Bình' }));
    const person = must(addEntity(a, 'person', { name: 'Lê Văn Minh' }));
    syncPeers(a, b);
    const projections = [projectionOf(a), projectionOf(b)];

    must(mergeEntities(a, keep, [twin]));
    const late = must(
      linkEntities(b, { type: 'holds_title', from: person, to: twin, label: 'Chủ tịch' }),
    );
    must(updateEntity(b, twin, { notes: 'Sửa trên máy B' }));
    must(updateEntity(b, keep, { kind: "people's committee" }));
    syncPeers(a, b);

    expect(a.toJSON()).toEqual(b.toJSON());
    // B's relation is in the document, pointing at an entity that is gone: shown nowhere.
    expect(getRoots(a).relations.has(late)).toBe(true);
    for (const [i, doc] of [a, b].entries()) {
      const { entities, relations } = projections[i].state;
      expect(Object.keys(entities).sort()).toEqual([keep, person].sort());
      expect(relations[late]).toBeUndefined();
      for (const relation of Object.values(relations)) {
        expect(entities[relation.from] && entities[relation.to]).toBeTruthy();
      }
      expect(readEntity(doc, keep)).toMatchObject({
        aliases: ['UBND quận Tân Bình'],
        kind: "people's committee",
      });
      // A projection built from scratch agrees with the one updated incrementally.
      expect(projectionOf(doc).state).toEqual(projections[i].state);
    }
  });
});

describe('mergeEntities: bad input', () => {
  it('refuses, writing nothing, when the ids are wrong or the types differ', () => {
    const { doc, keep, twin, person } = borderGuardWorkspace();
    const before = doc.toJSON();
    const cases: Array<[string, string[], RegExp]> = [
      [keep, [], /at least one/],
      [keep, [keep, twin], /into itself/],
      ['org:missing00000', [twin], /entity to keep no longer exists/],
      [keep, ['org:missing00000'], /org:missing00000 no longer exists/],
      [keep, [twin, person], /only entities of one type/],
    ];
    for (const [keepId, mergedIds, message] of cases) {
      const errors = errorsOf(mergeEntities(doc, keepId, mergedIds));
      expect(Object.values(errors).join(' ')).toMatch(message);
    }
    expect(doc.toJSON()).toEqual(before);
  });

  it('refuses to merge sources whose texts differ, and a merge that overflows the aliases', () => {
    const doc = createWorkspace();
    const s1 = must(addEntity(doc, 'source', { name: 'Bài 1', text: 'Văn bản một.' }));
    const s2 = must(addEntity(doc, 'source', { name: 'Bài 2', text: 'Văn bản hai.' }));
    expect(errorsOf(mergeEntities(doc, s1, [s2])).merged).toMatch(/different texts/);

    const many = (prefix: string) => Array.from({ length: 120 }, (_, i) => `${prefix} ${i}`);
    const keep = must(addEntity(doc, 'org', { name: 'A', aliases: many('Tên A') }));
    const other = must(addEntity(doc, 'org', { name: 'B', aliases: many('Tên B') }));
    const before = doc.toJSON();
    expect(errorsOf(mergeEntities(doc, keep, [other])).aliases).toMatch(/At most 200 aliases/);
    expect(doc.toJSON()).toEqual(before);
  });
});
