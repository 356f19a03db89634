// Committing a reviewed article: one transaction and one undo step, a source with mentions,
// provenance on every relation, merges into existing entities, nothing written on bad input.
import { describe, expect, it } from 'vitest';
import { buildReview, toIngestionInput } from '../../../src/ingest/review';
import {
  addEntity,
  commitIngestion,
  createHistory,
  createProjection,
  type IngestionInput,
} from '../../../src/store';
import { ARTICLE, sampleExtraction } from '../../fixtures/extraction';
import { countTransactions, createWorkspace, errorsOf, must } from './helpers';

const inputFor = (
  find: (type: string, names: string[]) => string | null = () => null,
): IngestionInput =>
  toIngestionInput(buildReview(sampleExtraction(), ARTICLE, find, 'Untitled article'));

describe('commitIngestion', () => {
  it('stores the source, the entities, their relations and mentions in one transaction', () => {
    const doc = createWorkspace();
    const { state, dispose } = createProjection(doc);
    let result!: ReturnType<typeof commitIngestion>;
    const counted = countTransactions(doc, () => (result = commitIngestion(doc, inputFor())));
    expect(counted.updates).toBe(1);
    const { sourceId, entityIds } = must(result);
    const entities = Object.values(state.entities);
    expect(entities.map((e) => e.type).sort()).toEqual([
      'agreement',
      'org',
      'org',
      'person',
      'person',
      'source',
      'theme',
    ]);
    expect(state.entities[sourceId]).toMatchObject({ type: 'source', text: ARTICLE });
    const relations = Object.values(state.relations);
    expect(relations.filter((r) => r.type === 'mentions')).toHaveLength(6);
    expect(relations.filter((r) => r.type !== 'mentions')).toHaveLength(7);
    const title = relations.find((r) => r.type === 'holds_title' && r.from === entityIds.p1)!;
    expect(title).toMatchObject({ to: entityIds.o1, label: 'Giám đốc Công an tỉnh' });
    dispose();
  });

  it('gives every relation provenance whose quote is the text at its span', () => {
    const doc = createWorkspace();
    const { state, dispose } = createProjection(doc);
    const { sourceId } = must(commitIngestion(doc, inputFor()));
    for (const relation of Object.values(state.relations)) {
      expect(relation.provenance.length).toBeGreaterThan(0);
      for (const p of relation.provenance) {
        expect(p.sourceId).toBe(sourceId);
        expect(ARTICLE.slice(p.start, p.end)).toBe(p.quote);
      }
    }
    dispose();
  });

  it('is undone in one step', () => {
    const doc = createWorkspace();
    const history = createHistory(doc);
    const { state, dispose } = createProjection(doc);
    must(commitIngestion(doc, inputFor()));
    history.undo();
    expect(Object.keys(state.entities)).toEqual([]);
    expect(Object.keys(state.relations)).toEqual([]);
    history.redo();
    expect(Object.keys(state.entities)).toHaveLength(7);
    dispose();
  });

  it('merges a candidate into an existing entity, adding its spelling as an alias', () => {
    const doc = createWorkspace();
    const existing = must(
      addEntity(doc, 'org', { name: 'Hội Liên hiệp Phụ nữ tỉnh', aliases: ['LHPN tỉnh'] }),
    );
    const { state, dispose } = createProjection(doc);
    const { entityIds } = must(
      commitIngestion(
        doc,
        inputFor((type, names) =>
          type === 'org' && names.includes('Hội LHPN tỉnh') ? existing : null,
        ),
      ),
    );
    expect(entityIds.o2).toBe(existing);
    expect(state.entities[existing].aliases).toEqual(['LHPN tỉnh', 'Hội LHPN tỉnh']);
    // The merged candidate made no second body: the orgs are the existing one and Công an tỉnh.
    expect(
      Object.values(state.entities)
        .filter((e) => e.type === 'org')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Công an tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh']);
    dispose();
  });

  it('attests an identical relation again instead of duplicating it when an article is re-imported', () => {
    const doc = createWorkspace();
    const { state, dispose } = createProjection(doc);
    const first = must(commitIngestion(doc, inputFor()));
    const ids = first.entityIds;
    const again = inputFor();
    again.entities = again.entities.map((e) => ({
      ...e,
      target: { kind: 'existing', id: ids[e.ref], aliases: [] },
    }));
    const second = must(commitIngestion(doc, again));
    const titles = Object.values(state.relations).filter(
      (r) => r.type === 'holds_title' && r.from === ids.p1,
    );
    expect(titles).toHaveLength(1);
    expect(titles[0].provenance.map((p) => p.sourceId)).toEqual([first.sourceId, second.sourceId]);
    dispose();
  });

  it('writes nothing when a candidate is invalid, naming the candidate', () => {
    const doc = createWorkspace();
    const input = inputFor();
    const agreement = input.entities.find((e) => e.ref === 'a1')!;
    if (agreement.target.kind === 'new')
      agreement.target.fields = { ...agreement.target.fields, periodFrom: 2030 };
    const before = JSON.stringify(doc.toJSON());
    expect(errorsOf(commitIngestion(doc, input)).a1).toMatch(/ends .* before it starts/);
    expect(JSON.stringify(doc.toJSON())).toBe(before);
  });

  it('commits even when a peer stored garbage in the relations map', () => {
    const doc = createWorkspace();
    doc.getMap('relations').set('rel:garbagegarbage', null);
    const { state, dispose } = createProjection(doc);
    must(commitIngestion(doc, inputFor()));
    expect(Object.values(state.relations).filter((r) => r.type === 'holds_title')).toHaveLength(2);
    dispose();
  });
});
