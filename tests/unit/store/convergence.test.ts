// Several peers editing at once: what each keeps after exchanging updates, and whether the
// incrementally updated projection always equals one built from scratch.
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  entityTypeOfId,
  ENTITY_TYPES,
  RELATION_TYPES,
  suggestRelation,
  type EntityType,
} from '../../../src/model';
import {
  addEntity,
  createHistory,
  createProjection,
  deleteElements,
  getRoots,
  linkEntities,
  moveNodes,
  readEntity,
  updateEntity,
  type History,
  type Projection,
} from '../../../src/store';
import { createPeers, must, syncPeers } from './helpers';
import { createSeededRandom, type SeededRandom } from '../../fixtures/seededRandom';

let disposables: (Projection | History)[] = [];
afterEach(() => {
  disposables.forEach((item) => ('dispose' in item ? item.dispose() : item.destroy()));
  disposables = [];
});

describe('concurrent edits of one entity', () => {
  it('keeps both edits when two peers change different fields', () => {
    const [a, b] = createPeers(2);
    const id = must(addEntity(a, 'person', { name: 'Nguyễn Văn A' }));
    syncPeers(a, b);
    must(updateEntity(a, id, { rank: 'Đại tá' }));
    must(updateEntity(b, id, { titles: ['Bí thư Đảng ủy'], notes: 'Từ bài báo 19/8' }));
    syncPeers(a, b);
    for (const doc of [a, b]) {
      expect(readEntity(doc, id)).toEqual({
        id,
        type: 'person',
        name: 'Nguyễn Văn A',
        aliases: [],
        rank: 'Đại tá',
        titles: ['Bí thư Đảng ủy'],
        notes: 'Từ bài báo 19/8',
      });
    }
  });

  it('settles on one value when two peers change the same field', () => {
    const [a, b] = createPeers(2);
    const id = must(addEntity(a, 'org', { name: 'O' }));
    syncPeers(a, b);
    must(updateEntity(a, id, { name: 'From A' }));
    must(updateEntity(b, id, { name: 'From B' }));
    syncPeers(a, b);
    expect(readEntity(a, id)?.name).toBe(readEntity(b, id)?.name);
    expect(['From A', 'From B']).toContain(readEntity(a, id)?.name);
  });
});

function randomEdit(doc: Y.Doc, rng: SeededRandom, history: History, step: number): void {
  const ids = [...getRoots(doc).entities.keys()];
  const roll = rng.next();
  if (roll < 0.3 || ids.length < 2) {
    const type: EntityType = rng.pick(ENTITY_TYPES);
    must(addEntity(doc, type, { name: `${type} ${step}` }, { position: { x: step, y: -step } }));
  } else if (roll < 0.6) {
    const [from, to] = [rng.pick(ids), rng.pick(ids)];
    const suggested = suggestRelation(entityTypeOfId(from)!, entityTypeOfId(to)!);
    // A random type is mostly refused (wrong types, self-links, duplicates): that is tested too.
    const type = rng.next() < 0.8 ? suggested.type : rng.pick(RELATION_TYPES);
    const ends = suggested.swap ? { from: to, to: from } : { from, to };
    linkEntities(doc, { type, ...ends, label: `l${step % 3}` });
  } else if (roll < 0.7) {
    must(updateEntity(doc, rng.pick(ids), { notes: `note ${step}` }));
  } else if (roll < 0.8) {
    must(deleteElements(doc, [rng.pick(ids)]));
  } else if (roll < 0.9) {
    moveNodes(doc, { [rng.pick(ids)]: { x: rng.next() * 100, y: rng.next() * 100 } });
  } else {
    history.undo();
  }
}

function plain(projection: Projection) {
  return JSON.parse(JSON.stringify(projection.state)) as Projection['state'];
}

describe('randomised concurrent commands on three peers', () => {
  it.each([1, 2, 3, 4, 5])(
    'converge, and the projection never shows a dangling relation (seed %i)',
    (seed) => {
      const rng = createSeededRandom(seed);
      const peers = createPeers(3);
      const projections = peers.map((doc) => createProjection(doc));
      const histories = peers.map((doc) => createHistory(doc));
      disposables.push(...projections, ...histories);

      for (let round = 0; round < 15; round += 1) {
        for (let step = 0; step < 12; step += 1) {
          const index = Math.floor(rng.next() * peers.length);
          randomEdit(peers[index], rng, histories[index], round * 100 + step);
        }
        if (rng.next() < 0.5) syncPeers(peers[0], peers[Math.floor(rng.next() * 2) + 1]);
        for (const projection of projections) {
          for (const relation of Object.values(projection.state.relations)) {
            expect(projection.state.entities[relation.from]).toBeDefined();
            expect(projection.state.entities[relation.to]).toBeDefined();
          }
        }
      }
      syncPeers(...peers);

      const documents = peers.map((doc) => doc.toJSON());
      expect(documents[1]).toEqual(documents[0]);
      expect(documents[2]).toEqual(documents[0]);
      const states = projections.map(plain);
      expect(states[1]).toEqual(states[0]);
      expect(states[2]).toEqual(states[0]);
      // The incrementally updated projection equals one built from the final document.
      const fresh = createProjection(peers[0]);
      disposables.push(fresh);
      expect(states[0]).toEqual(plain(fresh));
      expect(Object.keys(states[0].entities).length).toBeGreaterThan(0);
      expect(Object.keys(states[0].relations).length).toBeGreaterThan(0);
    },
  );
});
