// The other half of the trade-off: two peers edit different fields of one record before they sync.
// A nested Y.Map merges per field; a plain value is replaced whole, so one peer's edit is lost.
import * as Y from 'yjs';
import {
  restoreEntity,
  restoreRelation,
  validateEntity,
  type EntityDraft,
  type EntityType,
} from '../src/model';
import { updateEntity, updateRelation } from '../src/store/commands';
import type { GeneratedEntity, Workspace } from './generateWorkspace';
import { REPRESENTATIONS, writeWorkspace, type RepresentationName } from './representations';

type Patch = Record<string, unknown>;

interface Editor {
  editEntity(doc: Y.Doc, id: string, patch: Patch): void;
  editRelation(doc: Y.Doc, id: string, patch: Patch): void;
}

const PERSON = 'person:benchpeer0001';
const ORG = 'org:benchpeer0002';
const RELATION = 'rel:benchpeer0003';

/** Peer 1 and peer 2 each change one field, of the entity and of the relation. */
const ENTITY_EDITS: [Patch, Patch] = [{ rank: 'Đại tá' }, { notes: 'Nghỉ hưu từ tháng 9/2024.' }];
const RELATION_EDITS: [Patch, Patch] = [{ label: 'đỡ đầu' }, { from: ORG, to: PERSON }];

function entity(id: string, type: EntityType, draft: EntityDraft): GeneratedEntity {
  const checked = validateEntity(type, draft);
  if (!checked.ok) throw new Error(`Invalid test entity ${id}.`);
  return { id, fields: checked.value };
}

const SEED_WORKSPACE: Workspace = {
  entities: [
    entity(PERSON, 'person', { name: 'Nguyễn Văn An', rank: 'Thượng tá' }),
    entity(ORG, 'org', { name: 'Ban Chỉ huy Quân sự huyện Tuy Phước', kind: 'military command' }),
  ],
  relations: [
    { id: RELATION, type: 'related_to', from: PERSON, to: ORG, label: 'kết nghĩa', provenance: [] },
  ],
  positions: [],
};

function check(result: { ok: boolean }): void {
  if (!result.ok) throw new Error(`A command refused the edit: ${JSON.stringify(result)}`);
}

function replaceWhole(map: Y.Map<unknown>, id: string, patch: Patch): void {
  map.set(id, { ...(map.get(id) as Patch), ...patch });
}

function setFields(map: Y.Map<unknown>, patch: Patch): void {
  for (const [key, value] of Object.entries(patch)) map.set(key, value);
}

const EDITORS: Record<RepresentationName, Editor> = {
  // Entities are nested exactly as in the schema, so the real command applies.
  nested: {
    editEntity: (doc, id, patch) => check(updateEntity(doc, id, patch)),
    editRelation: (doc, id, patch) =>
      setFields(doc.getMap<Y.Map<unknown>>('relations').get(id)!, patch),
  },
  plain: {
    editEntity: (doc, id, patch) => replaceWhole(doc.getMap('entities'), id, patch),
    editRelation: (doc, id, patch) => replaceWhole(doc.getMap('relations'), id, patch),
  },
  hybrid: {
    editEntity: (doc, id, patch) => check(updateEntity(doc, id, patch)),
    editRelation: (doc, id, patch) => check(updateRelation(doc, id, patch)),
  },
};

function syncBothWays(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** Two peers with fixed client ids, so which of two conflicting values Yjs keeps is reproducible. */
function editConcurrently(
  name: RepresentationName,
  edit: (doc: Y.Doc, peer: 0 | 1) => void,
): Y.Doc[] {
  const peers = [new Y.Doc(), new Y.Doc()];
  peers.forEach((doc, index) => (doc.clientID = index + 1));
  writeWorkspace(peers[0], SEED_WORKSPACE, name);
  Y.applyUpdate(peers[1], Y.encodeStateAsUpdate(peers[0]));
  edit(peers[0], 0);
  edit(peers[1], 1);
  syncBothWays(peers[0], peers[1]);
  return peers;
}

const plain = (raw: unknown) => (raw instanceof Y.Map ? raw.toJSON() : raw);

/** Which peers' edits the merged record still shows, and whether both peers agree on it. */
function verdict(records: Patch[], edits: [Patch, Patch]): string {
  const converged = JSON.stringify(records[0]) === JSON.stringify(records[1]);
  const lost = edits.flatMap((patch, peer) =>
    Object.entries(patch)
      .filter(([key, value]) => JSON.stringify(records[0][key]) !== JSON.stringify(value))
      .map(([key]) => `peer ${peer + 1}'s ${key}`),
  );
  const kept = lost.length === 0 ? 'both edits kept' : `LOST ${[...new Set(lost)].join(', ')}`;
  return converged ? kept : `${kept}; peers DIVERGED`;
}

function entityOutcome(name: RepresentationName): string {
  const peers = editConcurrently(name, (doc, peer) =>
    EDITORS[name].editEntity(doc, PERSON, ENTITY_EDITS[peer]),
  );
  const records = peers.map(
    (doc) => restoreEntity(PERSON, plain(doc.getMap('entities').get(PERSON))).value,
  );
  return verdict(records as unknown as Patch[], ENTITY_EDITS);
}

function relationOutcome(name: RepresentationName): string {
  const peers = editConcurrently(name, (doc, peer) =>
    EDITORS[name].editRelation(doc, RELATION, RELATION_EDITS[peer]),
  );
  const records = peers.map(
    (doc) => restoreRelation(RELATION, plain(doc.getMap('relations').get(RELATION))).value,
  );
  return verdict(records as unknown as Patch[], RELATION_EDITS);
}

export function printConcurrentEdits(): void {
  console.log('\nConcurrent edits: two peers change different fields of one record, then sync');
  console.log(
    `  entity:   peer 1 sets ${JSON.stringify(ENTITY_EDITS[0])}, peer 2 sets ${JSON.stringify(ENTITY_EDITS[1])}`,
  );
  console.log(
    `  relation: peer 1 sets ${JSON.stringify(RELATION_EDITS[0])}, peer 2 swaps its direction`,
  );
  console.log(`  ${'variant'.padEnd(26)}${'entity'.padEnd(28)}relation`);
  for (const name of Object.keys(REPRESENTATIONS) as RepresentationName[]) {
    console.log(
      `  ${REPRESENTATIONS[name].label.padEnd(26)}${entityOutcome(name).padEnd(28)}${relationOutcome(name)}`,
    );
  }
}
