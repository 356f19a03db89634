// Search as an analyst types: no diacritics or case needed, đ found by d, exact diacritics first,
// aliases found, and the index follows edits.
import { describe, expect, it } from 'vitest';
import { createSearchIndex, entityMatches, foldForSearch, type Entity } from '../../../src/model';

const theme = (id: string, name: string, aliases: string[] = []): Entity => ({
  id,
  type: 'theme',
  name,
  aliases,
  notes: '',
  campaign: true,
});

const people = (id: string, name: string): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [],
  notes: '',
  rank: '',
  titles: [],
});

describe('search index', () => {
  it('finds “Dân vận khéo” from "dan van kheo" and Đồng from "dong"', () => {
    const index = createSearchIndex([
      theme('theme:aaaaaaaa1', 'Dân vận khéo'),
      people('person:aaaaaaaa2', 'Đồng Văn Sỹ'),
    ]);
    expect(index.search('dan van kheo').map((h) => h.name)).toEqual(['Dân vận khéo']);
    expect(index.search('dong').map((h) => h.name)).toEqual(['Đồng Văn Sỹ']);
    expect(index.search('ĐỒNG văn').map((h) => h.name)).toEqual(['Đồng Văn Sỹ']);
  });

  it('ranks matches with the typed diacritics first, then word starts, then shorter names', () => {
    const index = createSearchIndex([
      theme('theme:aaaaaaaa1', 'Dan van online'),
      theme('theme:aaaaaaaa2', 'Dân vận khéo'),
      theme('theme:aaaaaaaa3', 'Công tác dân vận'),
      theme('theme:aaaaaaaa4', 'Đơn vị dân vận tốt'),
    ]);
    expect(index.search('dân vận').map((h) => h.name)).toEqual([
      'Dân vận khéo',
      'Công tác dân vận',
      'Đơn vị dân vận tốt',
      'Dan van online',
    ]);
  });

  it('finds an entity by its alias and says which spelling matched', () => {
    const index = createSearchIndex([theme('theme:aaaaaaaa1', 'Bộ đội Biên phòng', ['BĐBP'])]);
    expect(index.search('bdbp')).toEqual([
      { id: 'theme:aaaaaaaa1', type: 'theme', name: 'Bộ đội Biên phòng', matched: 'BĐBP' },
    ]);
  });

  it('follows edits and deletions, and ignores an empty query', () => {
    const index = createSearchIndex([theme('theme:aaaaaaaa1', 'Giảm nghèo bền vững')]);
    index.put('theme:aaaaaaaa1', theme('theme:aaaaaaaa1', 'Xây dựng nông thôn mới'));
    expect(index.search('giam ngheo')).toEqual([]);
    expect(index.search('nong thon')).toHaveLength(1);
    index.put('theme:aaaaaaaa1', null);
    expect(index.search('nong thon')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('returns at most `limit` hits', () => {
    const index = createSearchIndex(
      Array.from({ length: 50 }, (_, i) =>
        theme(`theme:aaaaaa${String(i).padStart(3, '0')}`, `Chủ đề ${i}`),
      ),
    );
    expect(index.search('chu de', 7)).toHaveLength(7);
  });

  it('matches as entityMatches does, on names and aliases, and follows edits', () => {
    const entities = [
      theme('theme:aaaaaaaa1', 'Bộ đội Biên phòng', ['BĐBP']),
      people('person:aaaaaaaa2', 'Đỗ Tiến Quang'),
      theme('theme:aaaaaaaa3', 'Dân vận khéo'),
    ];
    const index = createSearchIndex(entities);
    for (const query of ['', 'do tien', 'BĐBP', 'bdbp', 'đội', 'van', 'khéo', 'zz']) {
      const folded = foldForSearch(query);
      for (const entity of entities)
        expect(index.matches(entity.id, folded)).toBe(entityMatches(entity, folded));
    }
    index.put('person:aaaaaaaa2', null);
    expect(index.matches('person:aaaaaaaa2', '')).toBe(false);
  });
});
