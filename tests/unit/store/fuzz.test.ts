// The quick pass of the convergence fuzz (the long one: `npm run fuzz -- --ops 100000`): five
// peers run seeded random commands over a lossy, partitioned network and must end identical,
// with every invariant kept. A failure's message starts with the seed that replays it.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEntity,
  createHistory,
  createProjection,
  deleteElements,
  getRoots,
  initSchema,
  linkEntities,
  readEntity,
  updateEntity,
} from '../../../src/store';
import { checkConvergence, checkDocument } from '../../fixtures/fuzz/checks';
import { CheckFailure, FuzzFailure } from '../../fixtures/fuzz/failure';
import { createFuzzPeers } from '../../fixtures/fuzz/peer';
import { replayOptions, runFuzz, type FuzzReport } from '../../fixtures/fuzz/runFuzz';
import { recordReliability } from '../../fixtures/reliabilityReport';
import { must, REMOTE, sendUpdates, syncPeers } from './helpers';

const OPS = 300;
const figures = { fuzz_runs: 0, fuzz_ops: 0, divergences: 0, invariant_violations: 0 };
afterAll(() => recordReliability('fuzz', figures));

function run(seed: number): FuzzReport {
  figures.fuzz_runs += 1;
  try {
    const report = runFuzz({ seed, ops: OPS, peers: 5 });
    figures.fuzz_ops += OPS;
    return report;
  } catch (error) {
    if (error instanceof FuzzFailure) {
      figures.fuzz_ops += error.opsRun;
      if (error.kind === 'divergence') figures.divergences += 1;
      else figures.invariant_violations += 1;
      console.error(error.message);
    }
    throw error;
  }
}

describe('five peers, random commands, a lossy network', () => {
  it.each([1, 2, 3, 5, 6, 8])('converge with every invariant kept (seed %i)', (seed) => {
    const report = run(seed);
    // The run did what it is for: commands applied and refused, messages lost and doubled.
    const total = (key: 'applied' | 'refused') =>
      Object.values(report.outcomes).reduce((sum, outcome) => sum + outcome[key], 0);
    expect(total('applied')).toBeGreaterThan(OPS / 2);
    expect(total('refused')).toBeGreaterThan(10);
    expect(report.final.entities).toBeGreaterThan(0);
    expect(report.network.duplicated).toBeGreaterThan(0);
  });

  // Seed 4 once met the undo bug below (an entity left without its name); kept as a regression run.
  it('converge with every invariant kept (seed 4: undo once left an entity nameless)', () => {
    run(4);
  });
});

/** Two or three peers with fixed client ids, so that Yjs settles every conflict the same way. */
function peersWithIds(...clientIds: number[]): Y.Doc[] {
  const docs = clientIds.map((clientId) => {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    return doc;
  });
  initSchema(docs[0]);
  syncPeers(...docs);
  return docs;
}

const nameOf = (doc: Y.Doc, id: string) => getRoots(doc).entities.get(id)?.get('name');

// Y.UndoManager cannot redo a map value that a concurrent change conflicts with, so it leaves the
// key with no value at all (yjs/yjs#514, #472). For an entity's name, restoreEntity would then
// drop the entity on every peer; createHistory writes back the last name the tab saw.
describe('undo and redo beside concurrent edits (store bug found by the fuzz)', () => {
  it('undoing an edit that won over a concurrent edit of the same field keeps a name', () => {
    const [a, b] = peersWithIds(1, 2);
    const id = must(addEntity(a, 'org', { name: 'N' }));
    syncPeers(a, b);
    const history = createHistory(b);
    must(updateEntity(a, id, { name: 'From A' }));
    must(updateEntity(b, id, { name: 'From B' })); // the higher client id wins
    syncPeers(a, b);
    expect(readEntity(a, id)?.name).toBe('From B');
    history.undo();
    syncPeers(a, b);
    // Yjs cannot bring back 'N' or 'From A': the last name this tab saw is kept, never none.
    expect(['N', 'From A', 'From B']).toContain(nameOf(a, id));
    expect(nameOf(b, id)).toBe(nameOf(a, id));
    expect(readEntity(b, id)).not.toBeNull();
  });

  it('undoing a delete brings back the fields a peer edited and undid meanwhile', () => {
    const [a, b, c] = peersWithIds(1, 2, 3);
    const id = must(addEntity(a, 'theme', { name: 'N0', notes: 'n0' }));
    syncPeers(a, b, c);
    const historyB = createHistory(b);
    const historyC = createHistory(c);
    must(updateEntity(b, id, { name: 'N1', notes: 'n1' }));
    must(deleteElements(c, [id]));
    historyB.undo();
    sendUpdates(b, c);
    historyC.undo();
    syncPeers(a, b, c);
    expect(readEntity(a, id)?.name).toBe('N0');
  });

  it('redoing a creation keeps the name a peer set while it was undone', () => {
    const [a, b] = peersWithIds(2, 1);
    const history = createHistory(a);
    const id = must(addEntity(a, 'theme', { name: 'N0' }));
    syncPeers(a, b);
    history.undo();
    must(updateEntity(b, id, { name: 'N1' })); // b has not yet heard of the undo
    sendUpdates(b, a);
    history.redo();
    syncPeers(a, b);
    expect(readEntity(a, id)).not.toBeNull();
    expect(readEntity(b, id)).toEqual(readEntity(a, id));
  });

  // The repair once left as an update of its own, after the undo's: a peer that had heard the
  // undo but not yet the repair (a partition, a lost message) could not read the entity, which
  // the long fuzz caught as a stored entity without a name (seeds 1024, 1054, 1097).
  describe('a third peer hearing the undoing tab one update at a time', () => {
    /** Each update `fn` makes `doc` broadcast, in order, as a sync provider would send them. */
    function updatesSentBy(doc: Y.Doc, fn: () => void): Uint8Array[] {
      const updates: Uint8Array[] = [];
      const onUpdate = (update: Uint8Array) => updates.push(update);
      doc.on('update', onUpdate);
      try {
        fn();
      } finally {
        doc.off('update', onUpdate);
      }
      return updates;
    }

    /** Applies the updates to `observer` one by one; what it shows of `id` after each. */
    function namesShownAfterEach(observer: Y.Doc, id: string, updates: Uint8Array[]) {
      const projection = createProjection(observer);
      try {
        return updates.map((update) => {
          Y.applyUpdate(observer, update, REMOTE);
          return projection.state.entities[id]?.name ?? null;
        });
      } finally {
        projection.dispose();
      }
    }

    it('sees a name after every update of an undo that Yjs could not complete', () => {
      const [a, b, c] = peersWithIds(1, 2, 3);
      const id = must(addEntity(a, 'org', { name: 'N' }));
      syncPeers(a, b, c);
      const history = createHistory(b);
      must(updateEntity(a, id, { name: 'From A' }));
      must(updateEntity(b, id, { name: 'From B' })); // the higher client id wins
      syncPeers(a, b, c);
      // Yjs will not bring back 'N' over 'From A', so its undo alone leaves no name.
      const undo = updatesSentBy(b, () => history.undo());
      expect(namesShownAfterEach(c, id, undo)).not.toContain(null);
      // Undo and repair are still one undo step, and it can be redone.
      expect([history.canUndo(), history.canRedo()]).toEqual([false, true]);
      history.redo();
      expect(nameOf(b, id)).toBe('From B');
      syncPeers(a, b, c);
      expect([nameOf(a, id), nameOf(c, id)]).toEqual(['From B', 'From B']);
      history.destroy();
    });

    it('sees a name after every update of a redone creation that raced a rename', () => {
      const [a, b, c] = peersWithIds(2, 1, 3);
      const history = createHistory(a);
      const id = must(addEntity(a, 'theme', { name: 'N0' }));
      syncPeers(a, b, c);
      history.undo();
      sendUpdates(a, c);
      must(updateEntity(b, id, { name: 'N1' })); // b has not yet heard of the undo
      sendUpdates(b, a);
      // The redone entity cannot take back 'N0' over the rename that came meanwhile.
      const redo = updatesSentBy(a, () => history.redo());
      expect(namesShownAfterEach(c, id, redo)).not.toContain(null);
      syncPeers(a, b, c);
      expect(readEntity(c, id)).toEqual(readEntity(a, id));
      expect(readEntity(b, id)).toEqual(readEntity(a, id));
      history.destroy();
    });
  });

  // What a fix must keep: undo takes back only this tab's own step, never a peer's edit.
  it('undoing an edit that lost to a concurrent edit leaves the winning value', () => {
    const [a, b] = peersWithIds(1, 2);
    const id = must(addEntity(a, 'org', { name: 'N' }));
    syncPeers(a, b);
    const history = createHistory(a);
    must(updateEntity(a, id, { name: 'From A' }));
    must(updateEntity(b, id, { name: 'From B' }));
    syncPeers(a, b);
    history.undo();
    syncPeers(a, b);
    expect(readEntity(a, id)?.name).toBe('From B');
    expect(readEntity(b, id)?.name).toBe('From B');
  });
});

describe('the fuzz checks can fail', () => {
  const failureOf = (check: () => unknown): CheckFailure => {
    try {
      check();
    } catch (error) {
      if (error instanceof CheckFailure) return error;
      throw error;
    }
    throw new Error('The check passed.');
  };

  it('names a peer that missed an update as a divergence', () => {
    const peers = createFuzzPeers(3);
    must(addEntity(peers[0].doc, 'person', { name: 'Nguyễn Văn An' }));
    sendUpdates(peers[0].doc, peers[1].doc); // peer 2 never hears of it
    const failure = failureOf(() => checkConvergence(peers));
    expect([failure.kind, failure.check]).toEqual(['divergence', 'state vectors equal']);
    peers.forEach((peer) => peer.dispose());
  });

  it('names a relation no command may write as a broken invariant', () => {
    const [peer] = createFuzzPeers(1);
    const person = must(addEntity(peer.doc, 'person', { name: 'Nguyễn Văn An' }));
    const org = must(addEntity(peer.doc, 'org', { name: 'BĐBP' }));
    must(linkEntities(peer.doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }));
    expect(() => checkDocument(peer)).not.toThrow();
    // Written behind the commands' back: an organisation cannot hold a title at a person.
    const forged = { id: 'rel:forged000000', type: 'holds_title', from: org, to: person };
    getRoots(peer.doc).relations.set('rel:forged000000', { ...forged, label: '', provenance: [] });
    const failure = failureOf(() => checkDocument(peer));
    expect([failure.kind, failure.check]).toEqual(['invariant', 'stored relation']);
    peer.dispose();
  });

  it('starts a failed run with the seed and the command that replay it', () => {
    // No seed is known to fail today, so the failure is built as runFuzz builds it from a check.
    const failure = new FuzzFailure(new CheckFailure('divergence', 'documents', 'peer 2 differs'), {
      seed: 4,
      op: 17,
      opsRun: 18,
      replay: replayOptions({ seed: 4, ops: OPS, peers: 5 }),
      trace: ['peer 1: addEntity person'],
    });
    const lines = failure.message.split('\n');
    expect(lines[0]).toBe('Replay with seed 4: documents failed at op 17 (divergence).');
    expect(lines[1]).toContain(`fuzz.ts --seed 4 --runs 1 --peers 5 --ops-per-run ${OPS}`);
    expect(lines).toContain('    peer 1: addEntity person');
    expect([failure.kind, failure.check, failure.seed]).toEqual(['divergence', 'documents', 4]);
  });
});
