// From an extraction to a review and from a review to the store's commit.
import { describe, expect, it } from 'vitest';
import { buildReview, toIngestionInput } from '../../../src/ingest/review';
import { ARTICLE, sampleExtraction } from '../../fixtures/extraction';

const noMerge = () => null;
const UNTITLED = 'Bài viết không có tiêu đề';

describe('buildReview', () => {
  it('lists every candidate with its fields and decides "new" when nothing matches', () => {
    const review = buildReview(sampleExtraction(), ARTICLE, noMerge, UNTITLED);
    expect(review.title).toBe('Ký kết quy chế phối hợp giữa Công an tỉnh và Hội LHPN tỉnh');
    expect(review.items.map((i) => [i.type, i.fields.name, i.decision.kind])).toEqual([
      ['person', 'Lê Văn Minh', 'new'],
      ['person', 'Trần Thị Hoa', 'new'],
      ['org', 'Công an tỉnh', 'new'],
      ['org', 'Hội Liên hiệp Phụ nữ tỉnh', 'new'],
      ['agreement', 'Quy chế phối hợp giai đoạn 2023 – 2027', 'new'],
      ['theme', 'Toàn dân bảo vệ an ninh Tổ quốc', 'new'],
    ]);
    expect(review.items[0].fields).toMatchObject({
      rank: 'Đại tá',
      titles: ['Giám đốc Công an tỉnh'],
    });
    expect(review.items[4].fields).toMatchObject({
      signed: '05/06',
      periodFrom: 2023,
      periodTo: 2027,
      items: 7,
    });
    expect(review.items[5].fields).toMatchObject({ campaign: true });
  });

  it('turns titles, parties, themes and attendance into relations', () => {
    const review = buildReview(sampleExtraction(), ARTICLE, noMerge, UNTITLED);
    expect(review.relations.map((r) => [r.type, r.from, r.to, r.label])).toEqual([
      ['holds_title', 'p1', 'o1', 'Giám đốc Công an tỉnh'],
      ['holds_title', 'p2', 'o2', 'Chủ tịch Hội LHPN tỉnh'],
      ['party_to', 'o1', 'a1', ''],
      ['party_to', 'o2', 'a1', ''],
      ['covers', 'a1', 't1', ''],
      ['attended', 'p1', 'a1', ''],
      ['attended', 'p2', 'a1', ''],
    ]);
  });

  it('proposes a merge when the finder recognises a name or alias', () => {
    const review = buildReview(
      sampleExtraction(),
      ARTICLE,
      (type, names) =>
        type === 'org' && names.includes('Hội LHPN tỉnh') ? 'org:existing00001' : null,
      UNTITLED,
    );
    const org = review.items.find((i) => i.ref === 'o2')!;
    expect(org.proposedMerge).toBe('org:existing00001');
    expect(org.decision).toEqual({ kind: 'merge', into: 'org:existing00001' });
  });

  it("names an article with neither headline nor first line with the caller's words", () => {
    const review = buildReview(
      { ...sampleExtraction(), title: null },
      '\nNội dung.',
      noMerge,
      UNTITLED,
    );
    expect(review.title).toBe(UNTITLED);
  });
});

describe('toIngestionInput', () => {
  it('keeps accepted candidates, merges into existing ones, and drops relations to rejected ones', () => {
    const review = buildReview(sampleExtraction(), ARTICLE, noMerge, UNTITLED);
    review.items.find((i) => i.ref === 'p2')!.decision = { kind: 'reject' };
    review.items.find((i) => i.ref === 'o1')!.decision = {
      kind: 'merge',
      into: 'org:existing00001',
    };
    const input = toIngestionInput(review);
    expect(input.entities.map((e) => e.ref)).toEqual(['p1', 'o1', 'o2', 'a1', 't1']);
    expect(input.entities.find((e) => e.ref === 'o1')!.target).toEqual({
      kind: 'existing',
      id: 'org:existing00001',
      aliases: ['Công an tỉnh'],
    });
    expect(input.relations.some((r) => r.from === 'p2' || r.to === 'p2')).toBe(false);
    expect(input.source).toMatchObject({ name: review.title, text: ARTICLE });
  });
});
