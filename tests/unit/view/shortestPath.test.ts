// Shortest chains between two entities, over the whole graph or only what is visible.
import { describe, expect, test } from 'vitest';
import { computeVisibility, NO_FILTERS, shortestPath, type ViewFilters } from '../../../src/view';
import { W, world } from './world';

const { data, adjacency, rel } = world();
const visibleWith = (f: Partial<ViewFilters>) =>
  computeVisibility(data, adjacency, { ...NO_FILTERS, ...f });

describe('shortestPath', () => {
  test('goes from one organisation to another through the agreement they are party to', () => {
    expect(shortestPath(data, adjacency, W.bdbp, W.quanuy)).toEqual([
      { entityId: W.bdbp, via: null },
      { entityId: W.ctph2020, via: rel(W.bdbp, W.ctph2020) },
      { entityId: W.quanuy, via: rel(W.quanuy, W.ctph2020) },
    ]);
  });

  test('ignores the direction of relations', () => {
    const path = shortestPath(data, adjacency, W.tobp1, W.bdbpqg);
    expect(path?.map((step) => step.entityId)).toEqual([W.tobp1, W.donbp1, W.bdbp, W.bdbpqg]);
  });

  test('is a single step from an entity to itself', () => {
    expect(shortestPath(data, adjacency, W.an, W.an)).toEqual([{ entityId: W.an, via: null }]);
  });

  test('is null when nothing joins the two, or an end does not exist', () => {
    expect(shortestPath(data, adjacency, W.lone, W.bdbp)).toBeNull();
    expect(shortestPath(data, adjacency, W.bdbp, W.ubnd)).toBeNull();
    expect(shortestPath(data, adjacency, W.bdbp, 'org:doesnotexist')).toBeNull();
  });

  test('respects hidden relation types', () => {
    const allowed = visibleWith({ hiddenRelationTypes: ['party_to'] });
    expect(shortestPath(data, adjacency, W.bdbp, W.quanuy, allowed)).toEqual([
      { entityId: W.bdbp, via: null },
      { entityId: W.an, via: rel(W.an, W.bdbp) },
      { entityId: W.ctph2020, via: rel(W.an, W.ctph2020) },
      { entityId: W.binh, via: rel(W.binh, W.ctph2020) },
      { entityId: W.quanuy, via: rel(W.binh, W.quanuy) },
    ]);
  });

  test('only walks visible entities, and needs both ends visible', () => {
    const noPeople = visibleWith({
      hiddenRelationTypes: ['party_to'],
      hiddenEntityTypes: ['person'],
    });
    expect(shortestPath(data, adjacency, W.bdbp, W.quanuy, noPeople)).toBeNull();
    const noAgreements = visibleWith({ hiddenEntityTypes: ['agreement'] });
    expect(shortestPath(data, adjacency, W.ctph2020, W.ctph2020, noAgreements)).toBeNull();
  });
});
