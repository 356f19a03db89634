// The whole pipeline on one short article: the contract's keys and links, and evidence spans
// that point into the original text even when it came decomposed (NFD).
import { describe, expect, it } from 'vitest';
import { extractArticle, toCorpusJson } from '../../../src/extract';

const ARTICLE = [
  'Huyện Ngọc Khê: Ký kết chương trình phối hợp giữa Hội Nông dân huyện và Đồn Biên phòng Mũi Đá',
  '',
  '15/04/2024 10:20',
  '',
  'Chiều 14/4, Hội Nông dân huyện Ngọc Khê và Đồn Biên phòng Mũi Đá tổ chức ký kết Chương trình phối hợp giai đoạn 2024 – 2029.',
  'Dự có đồng chí Lý Thị Hoà, Phó Chủ tịch UBND huyện; Thiếu tá Tống Văn Đạt, Đồn trưởng Đồn Biên phòng Mũi Đá.',
  'Chương trình gồm 06 nội dung, trong đó có phong trào “Nông dân giỏi”.',
].join('\n');

describe('extractArticle', () => {
  it('links candidates by key', () => {
    const extraction = extractArticle(ARTICLE);
    expect(extraction.published).toBe('2024-04-15');
    const [agreement] = extraction.agreements;
    const orgKeys = new Set(extraction.organisations.map((o) => o.key));
    expect(agreement.parties.every((key) => orgKeys.has(key))).toBe(true);
    expect(agreement.themes).toEqual([extraction.themes.find((t) => t.quoted)?.key]);
    const person = extraction.people.find((p) => p.name === 'Tống Văn Đạt');
    expect(person?.titleOrgs).toEqual([
      extraction.organisations.find((o) => o.name === 'Đồn Biên phòng Mũi Đá')?.key,
    ]);
  });

  it('gives the corpus schema', () => {
    expect(toCorpusJson(extractArticle(ARTICLE)).agreements).toEqual([
      {
        name: 'Chương trình phối hợp giai đoạn 2024 – 2029',
        kind: 'chương trình phối hợp',
        parties: ['Hội Nông dân huyện Ngọc Khê', 'Đồn Biên phòng Mũi Đá'],
        signed: '2024-04-14',
        period: { from: 2024, to: 2029 },
        items: 6,
        themes: ['Nông dân giỏi'],
      },
    ]);
  });

  it('points every span into the original, NFD input included', () => {
    const input = ARTICLE.normalize('NFD');
    expect(input.length).toBeGreaterThan(ARTICLE.length);
    const extraction = extractArticle(input);
    const read = (span: { start: number; end: number }) =>
      input.slice(span.start, span.end).normalize('NFC');
    const person = extraction.people.find((p) => p.rank !== '');
    expect(person && read(person.evidence[0].span)).toBe('Tống Văn Đạt');
    expect(extraction.people.map((p) => p.name)).toContain('Lý Thị Hoà');
    for (const org of extraction.organisations) {
      for (const { span, sentence } of org.evidence) {
        expect(sentence.start <= span.start && span.end <= sentence.end).toBe(true);
      }
    }
    const mention = extraction.organisations.flatMap((o) => o.evidence.map((e) => read(e.span)));
    expect(mention).toContain('Hội Nông dân huyện Ngọc Khê');
  });
});
