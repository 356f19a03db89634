// The list's name order follows every edit: entities added, renamed, deleted, one by one or
// thousands at once, always come out as a full sort with the Vietnamese collator would put them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { unwrap } from 'solid-js/store';
import * as Y from 'yjs';
import { ENTITY_TYPES, type EntityType } from '../../../src/model';
import { addEntity, createProjection, deleteElements, updateEntity } from '../../../src/store';
import { createSortedEntities } from '../../../src/ui/sortedEntities';
import { createSeededRandom } from '../../fixtures/seededRandom';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const SYLLABLES = [
  'An',
  'Ân',
  'Ăn',
  'Bình',
  'Đức',
  'Dũng',
  'Hà',
  'Lê',
  'Le',
  'Ơn',
  'Tổ 2',
  'Tổ 10',
];

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function setUp(options: { sortAtOnce?: number } = {}) {
  const doc = new Y.Doc();
  const projection = createProjection(doc);
  const sorted = createRoot((d) => {
    dispose = () => {
      d();
      projection.dispose();
    };
    return createSortedEntities(projection, options);
  });
  /**
   * Each type holds exactly the projection's entities, in collator order. Names equal to the
   * collator ("Lê" and "Le") may come in either order, as they could from a full sort.
   */
  const expectInOrder = (message: string) => {
    const all = Object.values(unwrap(projection.state).entities);
    for (const type of ENTITY_TYPES) {
      const listed = sorted()![type];
      const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
      expect(ids(listed), message).toEqual(ids(all.filter((e) => e.type === type)));
      const outOfOrder = listed.filter(
        (e, i) => i > 0 && collator.compare(listed[i - 1].name, e.name) > 0,
      );
      expect(
        outOfOrder.map((e) => e.name),
        message,
      ).toEqual([]);
    }
  };
  return { doc, sorted, expectInOrder };
}

describe('createSortedEntities', () => {
  it('files single edits in place and hands out new arrays only for the types they touch', () => {
    const { doc, sorted, expectInOrder } = setUp();
    const ids: string[] = [];
    for (const name of ['Trần Văn Bình', 'Nguyễn Ân', 'Đỗ Tiến Quang', 'Dương An'])
      ids.push((addEntity(doc, 'person', { name }) as { value: string }).value);
    const themes = sorted()!.theme;
    updateEntity(doc, ids[0], { name: 'An Bình' });
    expectInOrder('after a rename');
    expect(sorted()!.person.map((e) => e.name)).toEqual([
      'An Bình',
      'Dương An',
      'Đỗ Tiến Quang',
      'Nguyễn Ân',
    ]);
    expect(sorted()!.theme).toBe(themes);
    deleteElements(doc, [ids[2]]);
    expect(sorted()!.person.map((e) => e.name)).toEqual(['An Bình', 'Dương An', 'Nguyễn Ân']);
  });

  it('stays in full-sort order through random edits, small and in bulk', () => {
    const seed = 20_260_101;
    const rng = createSeededRandom(seed);
    const { doc, expectInOrder } = setUp();
    const name = () => `${rng.pick(SYLLABLES)} ${rng.pick(SYLLABLES)} ${rng.int(1, 30)}`;
    const ids: string[] = [];
    const add = () => {
      const type = rng.pick(['person', 'org', 'theme'] as EntityType[]);
      const added = addEntity(doc, type, { name: name() });
      if (added.ok) ids.push(added.value);
    };
    // In bulk: one transaction of 400 additions is sorted whole.
    doc.transact(() => Array.from({ length: 400 }, add));
    expectInOrder(`seed ${seed}`);
    for (let step = 0; step < 300; step++) {
      const roll = rng.next();
      // A few edits in one transaction are filed one by one, many are sorted whole again.
      if (step % 50 === 49) {
        const count = step % 100 === 99 ? 300 : 20;
        doc.transact(() => {
          for (let i = 0; i < count; i++) updateEntity(doc, rng.pick(ids), { name: name() });
        });
      } else if (roll < 0.4) add();
      else if (roll < 0.8) updateEntity(doc, rng.pick(ids), { name: name() });
      else if (roll < 0.9) updateEntity(doc, rng.pick(ids), { notes: name() });
      else deleteElements(doc, [rng.pick(ids)]);
      expectInOrder(`seed ${seed}, step ${step}`);
    }
  });

  it('sorts a large workspace in slices, after it opens, and takes in edits made meanwhile', async () => {
    const doc = new Y.Doc();
    for (const name of ['Trần Văn Bình', 'Nguyễn Ân', 'Đỗ Tiến Quang'])
      addEntity(doc, 'person', { name });
    const projection = createProjection(doc);
    const sorted = createRoot((d) => {
      dispose = () => {
        d();
        projection.dispose();
      };
      // Three entities count as large here, so that the sort goes in slices.
      return createSortedEntities(projection, { sortAtOnce: 2 });
    });
    expect(sorted()).toBeNull();
    addEntity(doc, 'person', { name: 'An Bình' });
    expect(sorted()).toBeNull();
    await vi.waitFor(() => expect(sorted()).not.toBeNull());
    expect(sorted()!.person.map((e) => e.name)).toEqual([
      'An Bình',
      'Đỗ Tiến Quang',
      'Nguyễn Ân',
      'Trần Văn Bình',
    ]);
  });
});
