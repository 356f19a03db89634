// The chips above the graph: one per item, labelled as the legend and the relation rules say, and
// each removing exactly its item.
import { describe, expect, test } from 'vitest';
import { translate, type Locale } from '../../../src/i18n';
import { filterChips, NO_FILTERS, type ViewFilters } from '../../../src/view';

const names: Record<string, string> = {
  'theme:danvankheo': 'Dân vận khéo',
  'org:bdbptphcm': 'BĐBP',
  'org:quanuytanbinh': 'Quận ủy',
  'person:nguyenquocan': 'Nguyễn Quốc Ân',
  'org:donbienphong1': 'Đồn 1',
};
const nameOf = (id: string) => names[id] ?? id;
const labels = (f: ViewFilters, locale: Locale = 'en') =>
  filterChips(f, nameOf).map((chip) => translate(locale, chip.label));

const full: ViewFilters = {
  hiddenEntityTypes: ['person', 'source'],
  hiddenRelationTypes: ['mentions', 'holds_title'],
  themes: ['theme:danvankheo'],
  organisations: ['org:bdbptphcm', 'org:quanuytanbinh'],
  hideIsolated: true,
  time: { from: 2020, to: 2024, includeUndated: false },
  focus: { roots: ['person:nguyenquocan', 'org:bdbptphcm'], depth: 2 },
  expanded: ['org:donbienphong1'],
  collapsed: ['org:quanuytanbinh'],
};

describe('filterChips', () => {
  test('no chips without filters', () => {
    expect(filterChips(NO_FILTERS, nameOf)).toEqual([]);
  });

  test('one chip per item, in a fixed order, with readable labels', () => {
    expect(labels(full)).toEqual([
      'Hidden: People',
      'Hidden: Sources',
      'Relations hidden: mentions',
      'Relations hidden: holds a title at',
      'Theme: Dân vận khéo',
      'Organisation: BĐBP',
      'Organisation: Quận ủy',
      'Signed 2020–2024',
      'Isolated hidden',
      'Focus: Nguyễn Quốc Ân (depth 2)',
      'Focus: BĐBP (depth 2)',
      'Expanded: Đồn 1',
      'Collapsed: Quận ủy',
    ]);
    const keys = filterChips(full, nameOf).map((chip) => chip.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a single year reads "As of", and undated agreements are mentioned when kept', () => {
    const label = (time: ViewFilters['time']) => labels({ ...NO_FILTERS, time })[0];
    expect(label({ from: 2023, to: 2023, includeUndated: false })).toBe('As of 2023');
    expect(label({ from: 2020, to: 2024, includeUndated: true })).toBe(
      'Signed 2020–2024, undated too',
    );
  });

  test('removing a chip gives the filters without that item and leaves the rest', () => {
    const chips = filterChips(full, nameOf);
    const removed = (label: string) => {
      const chip = chips.find((c) => translate('en', c.label) === label);
      if (!chip) throw new Error(`no chip ${label}`);
      return chip.remove(full);
    };
    expect(removed('Hidden: People')).toEqual({ ...full, hiddenEntityTypes: ['source'] });
    expect(removed('Relations hidden: mentions')).toEqual({
      ...full,
      hiddenRelationTypes: ['holds_title'],
    });
    expect(removed('Theme: Dân vận khéo')).toEqual({ ...full, themes: [] });
    expect(removed('Organisation: BĐBP')).toEqual({
      ...full,
      organisations: ['org:quanuytanbinh'],
    });
    expect(removed('Signed 2020–2024')).toEqual({ ...full, time: null });
    expect(removed('Isolated hidden')).toEqual({ ...full, hideIsolated: false });
    expect(removed('Focus: BĐBP (depth 2)')).toEqual({
      ...full,
      focus: { roots: ['person:nguyenquocan'], depth: 2 },
    });
    expect(removed('Expanded: Đồn 1')).toEqual({ ...full, expanded: [] });
    expect(removed('Collapsed: Quận ủy')).toEqual({ ...full, collapsed: [] });
    expect(full.hiddenEntityTypes).toEqual(['person', 'source']);
  });

  test('removing every chip, one at a time, leaves no filter', () => {
    let f = full;
    for (let chips = filterChips(f, nameOf); chips.length > 0; chips = filterChips(f, nameOf))
      f = chips[chips.length - 1].remove(f);
    expect(f).toEqual(NO_FILTERS);
  });

  test('in Vietnamese, with the shared type and relation words and years as written', () => {
    expect(labels(full, 'vi')).toEqual([
      'Đã ẩn: Người',
      'Đã ẩn: Nguồn',
      'Đã ẩn quan hệ: nhắc đến',
      'Đã ẩn quan hệ: giữ chức vụ tại',
      'Chủ đề: Dân vận khéo',
      'Tổ chức: BĐBP',
      'Tổ chức: Quận ủy',
      'Hiệu lực 2020–2024',
      'Đã ẩn thực thể cô lập',
      'Tập trung: Nguyễn Quốc Ân (độ sâu 2)',
      'Tập trung: BĐBP (độ sâu 2)',
      'Đã mở rộng: Đồn 1',
      'Đã thu gọn: Quận ủy',
    ]);
    expect(
      labels({ ...NO_FILTERS, time: { from: 2023, to: 2023, includeUndated: true } }, 'vi'),
    ).toEqual(['Hiệu lực năm 2023, kể cả chưa có ngày']);
  });
});
