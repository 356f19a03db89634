// The sample workspace builds through the commands, in one undo step, with provenance that
// points at the exact words of its articles.
import { expect, test } from 'vitest';
import { loadSampleWorkspace } from '../../../src/sample/loadSample';
import { createHistory, createProjection } from '../../../src/store';
import { createWorkspace } from '../store/helpers';

test('the sample holds both articles, their people, bodies, programmes and campaigns', () => {
  const doc = createWorkspace();
  const { state, dispose } = createProjection(doc);
  loadSampleWorkspace(doc);
  const entities = Object.values(state.entities);
  const count = (type: string) => entities.filter((e) => e.type === type).length;
  expect([
    count('source'),
    count('person'),
    count('org'),
    count('agreement'),
    count('theme'),
  ]).toEqual([2, 7, 10, 4, 9]);
  const an = entities.find((e) => e.name === 'Nguyễn Quốc Ân');
  expect(an).toMatchObject({ type: 'person', rank: 'Đại tá' });
  const programmes = entities.filter(
    (e) => e.type === 'agreement' && e.kind === 'chương trình phối hợp',
  );
  expect(programmes).toHaveLength(3);
  dispose();
});

test('every sample relation quotes its source verbatim at the recorded span', () => {
  const doc = createWorkspace();
  const { state, dispose } = createProjection(doc);
  loadSampleWorkspace(doc);
  const relations = Object.values(state.relations);
  expect(relations.length).toBeGreaterThan(60);
  for (const relation of relations) {
    expect(relation.provenance).toHaveLength(1);
    const [p] = relation.provenance;
    const source = state.entities[p.sourceId];
    expect(source?.type).toBe('source');
    const text = source!.type === 'source' ? source!.text : '';
    expect(text.slice(p.start, p.end), `${relation.type} quoting “${p.quote}”`).toBe(p.quote);
  }
  dispose();
});

test('loading the sample is one undo step', () => {
  const doc = createWorkspace();
  const history = createHistory(doc);
  const { state, dispose } = createProjection(doc);
  loadSampleWorkspace(doc);
  history.undo();
  expect(Object.keys(state.entities)).toEqual([]);
  expect(history.canUndo()).toBe(false);
  dispose();
  history.destroy();
});
