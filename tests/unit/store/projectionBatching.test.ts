// One transaction is one diff, whatever collections it touched, so the graph adapter applies a
// composite command (an entity, its position and its relation) in one batch.
import { expect, test } from 'vitest';
import {
  addEntity,
  createProjection,
  linkEntities,
  runAsOneStep,
  type ProjectionDiff,
} from '../../../src/store';
import { createWorkspace, must } from './helpers';

test('a command touching entities, relations and layout yields exactly one diff', () => {
  const doc = createWorkspace();
  const org = must(addEntity(doc, 'org', { name: 'Quận ủy Tân Bình' }));
  const projection = createProjection(doc);
  const diffs: ProjectionDiff[] = [];
  projection.onDiff((diff) => diffs.push(diff));
  const person = runAsOneStep(doc, () => {
    const id = must(
      addEntity(doc, 'person', { name: 'Trương Tấn Sơn' }, { position: { x: 5, y: 6 } }),
    );
    must(
      linkEntities(doc, { type: 'holds_title', from: id, to: org, label: 'Ủy viên Ban Thường vụ' }),
    );
    return id;
  });
  expect(diffs).toHaveLength(1);
  expect(diffs[0].upsertedEntities).toEqual([person]);
  expect(diffs[0].upsertedRelations).toHaveLength(1);
  expect(diffs[0].movedNodes).toEqual([person]);
  projection.dispose();
});

test('the first read of a loaded workspace shows what is stored, dangling relations excluded', () => {
  const doc = createWorkspace();
  const a = must(addEntity(doc, 'org', { name: 'A' }));
  const b = must(addEntity(doc, 'org', { name: 'B' }));
  must(linkEntities(doc, { type: 'part_of', from: a, to: b }));
  doc.getMap('relations').set('rel:danglingdangling', {
    type: 'part_of',
    from: a,
    to: 'org:missingmissing',
    label: '',
    provenance: [],
  });
  const { state, dispose } = createProjection(doc);
  expect(Object.keys(state.entities).sort()).toEqual([a, b].sort());
  expect(Object.values(state.relations).map((r) => [r.from, r.to])).toEqual([[a, b]]);
  dispose();
});
