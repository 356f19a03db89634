// The session's search index fills after the open, yet never answers from part of the workspace.
import { afterEach, expect, test, vi } from 'vitest';
import { createSearchInSlices } from '../../../src/app/searchInSlices';
import type { Entity } from '../../../src/model';

const person = (i: number): Entity => ({
  id: `person:abcdefgh${String(i).padStart(4, '0')}`,
  type: 'person',
  name: `Nguyễn Văn ${i}`,
  aliases: [],
  notes: '',
  rank: '',
  titles: [],
});

function workspace(count: number): Record<string, Entity> {
  const entities: Record<string, Entity> = {};
  for (let i = 0; i < count; i++) entities[person(i).id] = person(i);
  return entities;
}

afterEach(() => vi.useRealTimers());

test('a search before the index is full finishes it first', () => {
  vi.useFakeTimers();
  const entities = workspace(3000);
  const search = createSearchInSlices(entities, Object.keys(entities));
  expect(search.search('nguyen van 2999', 5).map((hit) => hit.name)).toContain('Nguyễn Văn 2999');
  expect(search.size()).toBe(3000);
  search.dispose();
});

test('slices fill it without being asked, reading each entity as it is by then', () => {
  vi.useFakeTimers();
  const entities = workspace(50);
  const search = createSearchInSlices(entities, Object.keys(entities));
  const first = person(0).id;
  // Edited and deleted while the index is still pending: the slices see the edits.
  entities[first] = { ...entities[first], name: 'Trần Thị Mới' };
  search.put(first, entities[first]);
  delete entities[person(1).id];
  search.put(person(1).id, null);
  vi.runAllTimers();
  expect(search.size()).toBe(49);
  expect(search.search('tran thi moi').map((hit) => hit.id)).toEqual([first]);
  expect(search.search('nguyen van 1', 50).map((hit) => hit.id)).not.toContain(person(1).id);
  search.dispose();
});
