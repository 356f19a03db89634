// What a victim of hostile updates must still be: a projection holding only valid records that
// equals one built from scratch, commands that answer instead of throwing and refuse to build on
// quarantined data, exports that carry nothing the projection does not show.
import * as Y from 'yjs';
import { exportConcordJson, exportGexf, exportGraphml, snapshotOf } from '../../../src/exchange';
import {
  entityTypeOfId,
  restoreRelation,
  suggestRelation,
  validateEntity,
  type Entity,
  type EntityDraft,
} from '../../../src/model';
import { loadSampleWorkspace } from '../../../src/sample/loadSample';
import {
  addEntity,
  commitIngestion,
  createProjection,
  deleteElements,
  getRoots,
  importSnapshot,
  initSchema,
  linkEntities,
  mergeEntities,
  moveNodes,
  setPinned,
  updateEntity,
  updateRelation,
  type Projection,
} from '../../../src/store';
import type { SeededRandom } from '../../fixtures/seededRandom';

/** Origin of the updates these tests apply, as a transport would tag them. */
export const PEER = Symbol('test.peer');

/** The sample workspace's state: every entity type, relations with provenance, positions. */
export function sampleState(): Uint8Array {
  const doc = docFrom(new Uint8Array([0, 0]), 1);
  initSchema(doc);
  loadSampleWorkspace(doc);
  getRoots(doc).layout.set(Object.keys(getRoots(doc).entities.toJSON())[0], { x: 1, y: 2 });
  return Y.encodeStateAsUpdate(doc);
}

/** A document holding `state`; a given client id makes its updates the same on every run. */
export function docFrom(state: Uint8Array, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  Y.applyUpdate(doc, state);
  return doc;
}

/** The value with every object's keys in order, for comparing documents built in any order. */
export const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
        )
      : value;
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

function entityProblem(id: string, entity: Entity): string | null {
  if (entity.id !== id || entityTypeOfId(id) !== entity.type) return 'its id and type disagree';
  const fields: Record<string, unknown> = { ...entity };
  delete fields.id;
  const checked = validateEntity(entity.type, fields as EntityDraft);
  if (!checked.ok) return `it fails validation: ${JSON.stringify(checked.errors)}`;
  return same(checked.value, fields) ? null : 'it is not what validation makes of it';
}

/** Sentences naming each record the projection shows that a command could not have written. */
export function invalidRecords(projection: Projection): string[] {
  const { entities, relations, positions } = projection.state;
  const found: string[] = [];
  for (const [id, entity] of Object.entries(entities)) {
    const problem = entityProblem(id, entity);
    if (problem) found.push(`entity ${id.slice(0, 60)}: ${problem}`);
  }
  for (const [id, relation] of Object.entries(relations)) {
    const restored = restoreRelation(id, { ...relation });
    if (!restored.value || restored.problems.length > 0 || !same(restored.value, relation))
      found.push(`relation ${id.slice(0, 60)}: it does not restore to itself`);
    if (!entities[relation.from] || !entities[relation.to])
      found.push(`relation ${id.slice(0, 60)}: an end is not shown`);
  }
  for (const [id, p] of Object.entries(positions)) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y))
      found.push(`position ${id.slice(0, 60)}: not finite`);
  }
  return found;
}

/** Whether the incrementally kept projection equals one built from the document now. */
export function matchesFreshProjection(doc: Y.Doc, projection: Projection): boolean {
  const fresh = createProjection(doc);
  const equal = same(
    { ...fresh.state.entities, ...fresh.state.relations, p: fresh.state.positions },
    { ...projection.state.entities, ...projection.state.relations, p: projection.state.positions },
  );
  fresh.dispose();
  return equal;
}

/**
 * Ids the document holds that the projection does not show: quarantined or dangling. An id a
 * peer used as a key of the wrong root (an entity's id among the relations) is not hidden while
 * the projection shows it as what it is.
 */
export function hiddenIds(doc: Y.Doc, projection: Projection): string[] {
  const { entities, relations } = getRoots(doc);
  const { state } = projection;
  const shown = (id: string) =>
    Object.hasOwn(state.entities, id) || Object.hasOwn(state.relations, id);
  return [...new Set([...entities.keys(), ...relations.keys()])].filter((id) => !shown(id));
}

/**
 * Failures of the rule that commands never build on what the projection hides: each command
 * given a hidden id must refuse. Answers one sentence per command that did not.
 */
export function buildsOnHidden(doc: Y.Doc, projection: Projection, hidden: string): string[] {
  const shown = Object.values(projection.state.entities);
  const failures: string[] = [];
  const expectRefusal = (what: string, result: { ok: boolean }) => {
    if (result.ok) failures.push(`${what} accepted the hidden ${hidden.slice(0, 60)}`);
  };
  const type = entityTypeOfId(hidden);
  if (type && getRoots(doc).entities.has(hidden)) {
    const other = shown.find((e) => e.id !== hidden);
    if (other) {
      const { type: relationType } = suggestRelation(other.type, type);
      expectRefusal(
        'linkEntities',
        linkEntities(doc, { type: relationType, from: other.id, to: hidden }),
      );
      expectRefusal(
        'linkEntities',
        linkEntities(doc, { type: 'related_to', from: hidden, to: other.id }),
      );
    }
    expectRefusal('updateEntity', updateEntity(doc, hidden, { notes: 'built on it' }));
    const peer = shown.find((e) => e.type === type);
    if (peer) {
      expectRefusal('mergeEntities', mergeEntities(doc, peer.id, [hidden]));
      expectRefusal('mergeEntities', mergeEntities(doc, hidden, [peer.id]));
    }
  }
  if (getRoots(doc).relations.has(hidden))
    expectRefusal('updateRelation', updateRelation(doc, hidden, { label: 'built on it' }));
  return failures;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Hidden ids that the exports carry as records (a node, an edge, an entry). A relation shown may
 * still cite a hidden source in its provenance, as it may cite a deleted one: a reference, not
 * the record.
 */
export function exportedHidden(projection: Projection, hidden: string[]): string[] {
  const snapshot = snapshotOf(projection.state, 'victim');
  const json = JSON.parse(exportConcordJson(snapshot)) as Record<string, { id: string }[]>;
  const ids = new Set([...json.entities, ...json.relations].map((record) => record.id));
  const xml = [exportGexf(snapshot), exportGraphml(snapshot)];
  return hidden.filter(
    (id) => ids.has(id) || xml.some((file) => file.includes(`id="${escapeXml(id)}"`)),
  );
}

/**
 * A user's next moves after an update arrived: each command a person could run, on records the
 * projection shows; `thorough` adds the slow ones (re-importing the workspace, exporting it).
 * Answers the exceptions that escaped; a command answering an error is fine.
 */
export function exerciseCommands(
  doc: Y.Doc,
  projection: Projection,
  rng: SeededRandom,
  thorough = true,
): string[] {
  const escaped: string[] = [];
  const attempt = (what: string, fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      escaped.push(`${what}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };
  const shown = () => Object.values(projection.state.entities);
  const pick = () => (shown().length > 0 ? rng.pick(shown()) : null);
  attempt('addEntity', () => addEntity(doc, 'person', { name: `Người ${rng.token(4)}` }));
  attempt('updateEntity', () => {
    const entity = pick();
    if (entity) updateEntity(doc, entity.id, { notes: `ghi chú ${rng.token(4)}` });
  });
  attempt('linkEntities', () => {
    const [a, b] = [pick(), pick()];
    if (a && b && a.id !== b.id) {
      const { type, swap } = suggestRelation(a.type, b.type);
      linkEntities(doc, { type, from: swap ? b.id : a.id, to: swap ? a.id : b.id, label: 'x' });
    }
  });
  attempt('commitIngestion', () => ingestAgain(doc, projection));
  attempt('moveNodes', () => {
    const entity = pick();
    if (entity) moveNodes(doc, { [entity.id]: { x: rng.int(-500, 500), y: rng.int(-500, 500) } });
  });
  attempt('setPinned', () => {
    const entity = pick();
    if (entity) setPinned(doc, [entity.id], rng.chance(0.5), { [entity.id]: { x: 0, y: 0 } });
  });
  attempt('mergeEntities', () => {
    const a = pick();
    const b = a && shown().find((e) => e.type === a.type && e.id !== a.id && e.type !== 'source');
    if (a && b && rng.chance(0.3)) mergeEntities(doc, a.id, [b.id]);
  });
  attempt('deleteElements', () => {
    const relations = Object.keys(projection.state.relations);
    if (relations.length > 0 && rng.chance(0.3)) deleteElements(doc, [rng.pick(relations)]);
  });
  if (thorough) {
    attempt('importSnapshot', () => importSnapshot(doc, snapshotOf(projection.state, 'again')));
    attempt('exports', () => exportedHidden(projection, []));
  }
  return escaped;
}

/**
 * Re-imports an article that attests relations the workspace already holds (between the first
 * person and organisation shown), as a reader importing the same news twice would.
 */
function ingestAgain(doc: Y.Doc, projection: Projection): void {
  const entities = Object.values(projection.state.entities);
  const person = entities.find((e) => e.type === 'person');
  const org = entities.find((e) => e.type === 'org');
  if (!person || !org) return;
  const text = `${person.name} là Chủ tịch ${org.name}.`;
  commitIngestion(doc, {
    source: { name: 'Bài báo lần hai', text },
    entities: [
      { ref: 'p', target: { kind: 'existing', id: person.id, aliases: [] }, spans: [] },
      { ref: 'o', target: { kind: 'existing', id: org.id, aliases: [] }, spans: [] },
    ],
    relations: [
      { type: 'holds_title', from: 'p', to: 'o', label: 'Chủ tịch', spans: [{ start: 0, end: 4 }] },
      { type: 'related_to', from: 'p', to: 'o', label: 'bare', spans: [{ start: 0, end: 4 }] },
    ],
  });
}
