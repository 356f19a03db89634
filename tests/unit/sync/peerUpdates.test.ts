// applyPeerUpdate: what cannot be decoded is refused before the document is touched; what
// decodes is applied, and what it writes against the schema is quarantined: never shown, never
// exported, never built on, and reported for the problems banner.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { translate, type Message } from '../../../src/i18n';
import {
  addEntity,
  createHistory,
  createProjection,
  getRoots,
  LOCAL_ORIGIN,
  linkEntities,
  type Projection,
} from '../../../src/store';
import {
  applyPeerUpdate,
  checkPeerUpdate,
  encodeStateForPeer,
  MAX_PEER_UPDATE_BYTES,
  peerWarningsOf,
} from '../../../src/sync';
import { craftUpdate, SCHEMA_VIOLATIONS } from '../../fixtures/schemaViolations';
import { must } from '../store/helpers';
import {
  buildsOnHidden,
  docFrom,
  exerciseCommands,
  exportedHidden,
  invalidRecords,
  matchesFreshProjection,
  PEER,
  sampleState,
  sorted,
} from './helpers';
import { createSeededRandom } from '../../fixtures/seededRandom';

const SAMPLE = sampleState();

let projections: Projection[] = [];
function victim(): { doc: Y.Doc; projection: Projection } {
  const doc = docFrom(SAMPLE);
  const projection = createProjection(doc);
  projections.push(projection);
  return { doc, projection };
}
afterEach(() => {
  projections.forEach((projection) => projection.dispose());
  projections = [];
});

/** An update `peer` makes with `fn`, relative to `doc`'s state. */
function updateFrom(doc: Y.Doc, fn: (peer: Y.Doc) => void): Uint8Array {
  const peer = docFrom(Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(peer);
  fn(peer);
  return Y.encodeStateAsUpdate(peer, before);
}

describe('applyPeerUpdate refuses what cannot be an update', () => {
  const good = updateFrom(docFrom(SAMPLE), (peer) =>
    must(addEntity(peer, 'person', { name: 'Trần Văn Mới' })),
  );
  const cases: [string, unknown, RegExp][] = [
    ['text', 'hello', /not a sequence of bytes/],
    ['an array of numbers', [0, 0], /not a sequence of bytes/],
    ['null', null, /not a sequence of bytes/],
    ['an ArrayBuffer', new ArrayBuffer(4), /not a sequence of bytes/],
    ['a DataView', new DataView(new ArrayBuffer(4)), /not a sequence of bytes/],
    ['16-bit numbers', new Uint16Array([0, 0]), /not a sequence of bytes/],
    ['no bytes', new Uint8Array(0), /empty/],
    ['random bytes', new Uint8Array([7, 255, 3, 9, 200, 1, 0, 77]), /could not be decoded/],
    ['a truncated update', good.slice(0, good.length - 3), /could not be decoded/],
    ['the first half of an update', good.slice(0, good.length >> 1), /could not be decoded/],
  ];
  it.each(cases)('refuses %s and leaves the document as it was', (_, bytes, reason) => {
    const { doc, projection } = victim();
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on('update', () => (updates += 1));
    const result = applyPeerUpdate(doc, bytes, PEER);
    expect(result).toEqual({
      ok: false,
      reason: expect.objectContaining({ key: expect.any(String) }),
    });
    expect(result.ok ? '' : translate('en', result.reason)).toMatch(reason);
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(doc.store.pendingStructs).toBeNull();
    expect(peerWarningsOf(doc).totals()).toEqual({ refused: 1, 'set-aside': 0 });
    const [warning] = peerWarningsOf(doc).list();
    expect(translate('en', warning.message)).toMatch(/^Refused an update from another copy: /);
    expect(warning.message.params?.reason).toEqual(result.ok ? null : result.reason);
    expect(projection.problems()).toEqual([]);
  });

  it('refuses an update over the size limit without reading it', () => {
    const english = (reason: Message | null) => reason && translate('en', reason);
    expect(english(checkPeerUpdate(new Uint8Array(MAX_PEER_UPDATE_BYTES + 1), PEER))).toBe(
      'it is 64 MB, over the limit of 64 MB',
    );
    expect(english(checkPeerUpdate(good, PEER, good.length - 1))).toMatch(/over the limit/);
    expect(checkPeerUpdate(good, PEER, good.length)).toBeNull();
  });

  it('refuses an update that claims to be a command of this tab, which undo would revert', () => {
    const { doc } = victim();
    expect(applyPeerUpdate(doc, good, LOCAL_ORIGIN)).toMatchObject({ ok: false });
    expect(Object.keys(getRoots(doc).entities.toJSON())).toHaveLength(32);
  });
});

describe('applyPeerUpdate applies what decodes', () => {
  it('applies a peer’s edit with the transport’s origin, out of reach of undo', () => {
    const { doc, projection } = victim();
    const history = createHistory(doc);
    const update = updateFrom(doc, (peer) =>
      must(addEntity(peer, 'person', { name: 'Trần Văn Mới' })),
    );
    const origins: unknown[] = [];
    doc.on('update', (_: Uint8Array, origin: unknown) => origins.push(origin));
    expect(applyPeerUpdate(doc, update, PEER)).toEqual({ ok: true, waiting: false });
    expect(origins).toEqual([PEER]);
    const names = () => Object.values(projection.state.entities).map((e) => e.name);
    expect(names()).toContain('Trần Văn Mới');
    history.undo();
    expect(names()).toContain('Trần Văn Mới');
    history.destroy();
    expect(peerWarningsOf(doc).list()).toEqual([]);
  });

  it('holds an update that depends on one not yet received, then applies both', () => {
    const { doc, projection } = victim();
    const peer = docFrom(SAMPLE);
    const updates: Uint8Array[] = [];
    peer.on('update', (update: Uint8Array) => updates.push(update));
    const first = must(addEntity(peer, 'person', { name: 'Người thứ nhất' }));
    must(addEntity(peer, 'org', { name: 'Cơ quan thứ hai' }));
    expect(applyPeerUpdate(doc, updates[1], PEER)).toEqual({ ok: true, waiting: true });
    expect(Object.values(projection.state.entities).map((e) => e.name)).not.toContain(
      'Cơ quan thứ hai',
    );
    expect(applyPeerUpdate(doc, updates[0], PEER)).toEqual({ ok: true, waiting: false });
    expect(projection.state.entities[first]?.name).toBe('Người thứ nhất');
    expect(Object.values(projection.state.entities).map((e) => e.name)).toContain(
      'Cơ quan thứ hai',
    );
  });

  it('lets go of waiting changes past the bound and says so', () => {
    const { doc } = victim();
    const peer = docFrom(SAMPLE);
    const updates: Uint8Array[] = [];
    peer.on('update', (update: Uint8Array) => updates.push(update));
    must(addEntity(peer, 'person', { name: 'Người thứ nhất' }));
    must(addEntity(peer, 'org', { name: 'Cơ quan thứ hai', notes: 'x'.repeat(5000) }));
    const limits = { maxUpdateBytes: MAX_PEER_UPDATE_BYTES, maxWaitingBytes: 1000 };
    expect(applyPeerUpdate(doc, updates[1], PEER, limits)).toEqual({ ok: true, waiting: false });
    expect(doc.store.pendingStructs).toBeNull();
    expect(
      peerWarningsOf(doc)
        .list()
        .map((w) => translate('en', w.message)),
    ).toEqual([expect.stringMatching(/^Let go of 0 MB of changes from another copy that wait/)]);
  });

  it('sends a peer what it lacks, or everything when its state vector is garbage', () => {
    const doc = docFrom(SAMPLE);
    const peer = docFrom(SAMPLE);
    must(addEntity(doc, 'theme', { name: 'Chủ đề mới' }));
    const diff = encodeStateForPeer(doc, Y.encodeStateVector(peer));
    expect(diff.length).toBeLessThan(SAMPLE.length / 10);
    expect(encodeStateForPeer(doc, new Uint8Array([200, 1]))).toEqual(Y.encodeStateAsUpdate(doc));
    expect(applyPeerUpdate(peer, diff, PEER)).toMatchObject({ ok: true });
    expect(peer.getMap('entities').toJSON()).toEqual(doc.getMap('entities').toJSON());
  });
});

describe('applyPeerUpdate quarantines schema violations', () => {
  it.each(SCHEMA_VIOLATIONS.map((v) => [v.name, v] as const))('%s', (_, violation) => {
    const { doc, projection } = victim();
    const { update, expectation } = craftUpdate(Y.encodeStateAsUpdate(doc), violation);
    const warnings = peerWarningsOf(doc);
    expect(applyPeerUpdate(doc, update, PEER)).toMatchObject({ ok: true });
    expect(invalidRecords(projection)).toEqual([]);
    expect(matchesFreshProjection(doc, projection)).toBe(true);
    const { entities, relations } = projection.state;
    for (const id of expectation.hidden ?? []) {
      expect(Object.hasOwn(entities, id) || Object.hasOwn(relations, id)).toBe(false);
      expect(buildsOnHidden(doc, projection, id)).toEqual([]);
    }
    expect(exportedHidden(projection, expectation.hidden ?? [])).toEqual([]);
    for (const [id, field, fallback] of expectation.repaired ?? [])
      expect((entities[id] ?? relations[id]) as unknown).toMatchObject({ [field]: fallback });
    if (expectation.reported) expect(projection.problems()).not.toEqual([]);
    const setAside = warnings.list().filter((w) => w.kind === 'set-aside');
    if (expectation.warned) expect(setAside).not.toEqual([]);
    expect(warnings.totals().refused).toBe(0);
    expect(exerciseCommands(doc, projection, createSeededRandom(7))).toEqual([]);
    expect(invalidRecords(projection)).toEqual([]);
  });

  it('keeps the sample free of problems: the banner has nothing to say', () => {
    const { projection } = victim();
    expect(projection.problems()).toEqual([]);
  });

  it('converges: peers that applied a violation in any order hold the same document', () => {
    const [a, b, c] = [victim(), victim(), victim()];
    const state = Y.encodeStateAsUpdate(a.doc);
    const bad = SCHEMA_VIOLATIONS.slice(0, 12).map((v) => craftUpdate(state, v).update);
    for (const update of bad) applyPeerUpdate(a.doc, update, PEER);
    for (const update of [...bad].reverse()) applyPeerUpdate(b.doc, update, PEER);
    applyPeerUpdate(c.doc, Y.encodeStateAsUpdate(b.doc), PEER);
    // Keys in order: a map lists them in the order they arrived, which differs by peer.
    const json = (doc: Y.Doc) =>
      JSON.stringify(
        sorted(
          JSON.parse(
            JSON.stringify(doc.toJSON(), (_, value: unknown) =>
              value instanceof Y.Doc ? `subdocument ${value.guid}` : value,
            ),
          ),
        ),
      );
    expect(json(b.doc)).toBe(json(a.doc));
    expect(json(c.doc)).toBe(json(a.doc));
    expect(b.projection.state).toEqual(a.projection.state);
    expect(c.projection.state).toEqual(a.projection.state);
  });

  it('lets a person link two entities although a hidden record looks like that link', () => {
    const { doc, projection } = victim();
    const [person, org] = ['person', 'org'].map(
      (type) => Object.values(projection.state.entities).find((e) => e.type === type)!.id,
    );
    applyPeerUpdate(
      doc,
      updateFrom(doc, (peer) =>
        peer
          .getMap('relations')
          .set('junk', { type: 'related_to', from: person, to: org, label: 'x' }),
      ),
      PEER,
    );
    const linked = linkEntities(doc, { type: 'related_to', from: person, to: org, label: 'x' });
    expect(linked).toMatchObject({ ok: true });
    expect(projection.state.relations[(linked as { value: string }).value]).toBeDefined();
  });
});
