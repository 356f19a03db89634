// Storing an import: everything in one transaction (one undo step, or none for a new workspace),
// merging without erasing, identical relations attested rather than repeated, nothing written
// when anything is wrong.
import { describe, expect, it } from 'vitest';
import { previewImport, exportConcordJson, snapshotOf } from '../../../src/exchange';
import {
  addEntity,
  createHistory,
  createProjection,
  getRoots,
  importSnapshot,
  linkEntities,
  moveNodes,
} from '../../../src/store';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';
import { countTransactions, createWorkspace, errorsOf, must } from './helpers';

describe('importSnapshot', () => {
  it('stores a whole workspace in one transaction that is not an undo step', () => {
    const doc = createWorkspace();
    const history = createHistory(doc);
    const workspace = richWorkspace();
    let summary!: ReturnType<typeof importSnapshot>;
    const counted = countTransactions(doc, () => {
      summary = importSnapshot(doc, workspace, { origin: 'system' });
    });
    expect(counted).toEqual({ all: 1, updates: 1 });
    expect(must(summary)).toEqual({ added: 7, updated: 0, relationsAdded: 9, relationsMerged: 0 });
    expect(history.canUndo()).toBe(false);
    const { state, dispose } = createProjection(doc);
    // The store keeps only `pinned: true`; not pinned is no flag at all.
    delete workspace.positions[IDS.agreement].pinned;
    expect(getRoots(doc).layout.get(IDS.agreement)).toEqual({ x: 300, y: 12.5 });
    expect(snapshotOf(state, workspace.name)).toEqual(workspace);
    dispose();
  });

  it('round-trips through Concord JSON: export, import into a new document, export again', () => {
    const first = createWorkspace();
    must(importSnapshot(first, richWorkspace(), { origin: 'system' }));
    const projection = createProjection(first);
    const text = exportConcordJson(snapshotOf(projection.state, 'A'), new Date(0));
    const second = createWorkspace();
    must(importSnapshot(second, previewImport('a.json', text).snapshot, { origin: 'system' }));
    const again = createProjection(second);
    expect(exportConcordJson(snapshotOf(again.state, 'A'), new Date(0))).toBe(text);
    projection.dispose();
    again.dispose();
  });

  it('merges as one undo step, and undo takes the whole import back', () => {
    const doc = createWorkspace();
    const history = createHistory(doc);
    must(addEntity(doc, 'org', { name: 'Quận ủy' }));
    must(importSnapshot(doc, richWorkspace(), { origin: 'undoable' }));
    expect(getRoots(doc).entities.size).toBe(8);
    history.undo();
    expect(getRoots(doc).entities.size).toBe(1);
    expect(getRoots(doc).relations.size).toBe(0);
    expect(getRoots(doc).layout.size).toBe(0);
  });

  it('merges into existing entities without erasing, and leaves placed nodes where they are', () => {
    const doc = createWorkspace();
    must(importSnapshot(doc, richWorkspace(), { origin: 'system' }));
    moveNodes(doc, { [IDS.person]: { x: 5, y: 5 } });
    const edited = richWorkspace();
    const person = edited.entities[0] as Extract<(typeof edited.entities)[0], { type: 'person' }>;
    Object.assign(person, {
      name: 'Nguyễn Văn An',
      rank: 'Thượng tá',
      notes: '',
      aliases: ['Anh A'],
    });
    edited.positions[IDS.person] = { x: 999, y: 999 };
    edited.positions[IDS.theme] = { x: 7, y: 8 };
    let summary!: ReturnType<typeof importSnapshot>;
    const counted = countTransactions(doc, () => (summary = importSnapshot(doc, edited, {})));
    expect(counted.updates).toBe(1);
    expect(must(summary)).toEqual({ added: 0, updated: 1, relationsAdded: 0, relationsMerged: 9 });
    const map = getRoots(doc).entities.get(IDS.person)!;
    expect(map.get('rank')).toBe('Thượng tá');
    expect(map.get('notes')).toBe(richWorkspace().entities[0].notes);
    expect(map.get('name')).toBe('Nguyễn Văn An');
    // Nothing is erased: empty notes leave the notes, the old name stays as an alias.
    expect(map.get('aliases')).toEqual(['Ông A', 'A; "Sáu"', 'Nguyễn Văn A', 'Anh A']);
    expect(getRoots(doc).layout.get(IDS.person)).toEqual({ x: 5, y: 5 });
    expect(getRoots(doc).layout.get(IDS.theme)).toEqual({ x: 7, y: 8 });
  });

  it('attests an identical relation with the file’s provenance instead of repeating it', () => {
    const doc = createWorkspace();
    const workspace = richWorkspace();
    must(importSnapshot(doc, { ...workspace, relations: [] }, { origin: 'system' }));
    const existing = must(
      linkEntities(doc, { type: 'holds_title', from: IDS.person, to: IDS.org, label: 'Chính ủy' }),
    );
    const summary = must(importSnapshot(doc, workspace, {}));
    expect(summary).toMatchObject({ relationsAdded: 8, relationsMerged: 1 });
    expect(getRoots(doc).relations.size).toBe(9);
    expect(getRoots(doc).relations.get(existing)).toMatchObject({
      provenance: workspace.relations[0].provenance,
    });
  });

  it('writes nothing when one record is wrong', () => {
    const doc = createWorkspace();
    const bad = richWorkspace();
    bad.entities.push({ ...bad.entities[1], id: 'person:zzzzzzzz0001', name: '' });
    bad.relations.push({ ...bad.relations[0], id: 'rel:zzzzzzzz0001', to: 'org:missing00001' });
    let result!: ReturnType<typeof importSnapshot>;
    const counted = countTransactions(doc, () => (result = importSnapshot(doc, bad, {})));
    expect(counted.all).toBe(0);
    expect(errorsOf(result)).toEqual({
      'person:zzzzzzzz0001': '“”: The name cannot be empty.',
      'rel:zzzzzzzz0001': 'Both ends of a relation must be entities of the import or here.',
    });
    expect(getRoots(doc).entities.size).toBe(0);
  });

  it('refuses a relation the rules forbid and an id that contradicts its type', () => {
    const doc = createWorkspace();
    const bad = richWorkspace();
    bad.relations[0] = { ...bad.relations[0], to: IDS.theme };
    bad.entities[2] = { ...bad.entities[2], id: 'person:bbbbbbbb0009' };
    const errors = errorsOf(importSnapshot(doc, bad, {}));
    expect(errors['rel:ffffffff0001']).toMatch(/does not link two entities that may be linked/);
    expect(errors['person:bbbbbbbb0009']).toMatch(/does not match its type/);
  });
});
