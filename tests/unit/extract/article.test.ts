// The frame of an article: which line is the headline, which the dateline, and the date they give.
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../../src/extract/article';
import { corpusOf } from './helpers';

const HEADLINE = 'Hội Nông dân và Công an huyện Ngọc Khê ký kết quy chế phối hợp';
const LEAD =
  'Sáng nay 13.5, Hội Nông dân huyện Ngọc Khê và Công an huyện Ngọc Khê ký kết quy chế phối hợp.';

describe('readFrame', () => {
  it('reads a date-only line above the headline as the dateline', () => {
    const text = `\nThứ Tư, 14/05/2025 - 10:20\n${HEADLINE}\n${LEAD}`;
    const frame = readFrame(text);
    expect(frame.title?.text).toBe(HEADLINE);
    expect(frame.published).toEqual({ day: 14, month: 5, year: 2025 });
    expect(frame.sentences.map((s) => s.text)).toEqual([HEADLINE, LEAD]);
  });

  it('still reads a dateline under the headline', () => {
    const frame = readFrame(`${HEADLINE}\n\nCN, 18/05/2025 10h20\n${LEAD}`);
    expect(frame.title?.text).toBe(HEADLINE);
    expect(frame.published).toEqual({ day: 18, month: 5, year: 2025 });
  });

  it('keeps a first line that says more than a date as the headline', () => {
    const frame = readFrame(`Ngày 14/05/2025, hai bên ký kết quy chế phối hợp\n${LEAD}`);
    expect(frame.title?.text).toBe('Ngày 14/05/2025, hai bên ký kết quy chế phối hợp');
    expect(frame.published).toBeNull();
  });
});

describe('an article dated above its headline', () => {
  it('gives the title, the publication date and the year of the signing', () => {
    const json = corpusOf(`Thứ Tư, 14/05/2025 - 10:20 GMT+7\n${HEADLINE}\n${LEAD}`);
    expect(json.source).toMatchObject({ title: HEADLINE, published: '2025-05-14' });
    expect(json.agreements.map((a) => a.signed)).toEqual(['2025-05-13']);
    expect(json.organisations.map((o) => o.name).join(' ')).not.toMatch(/Thứ Tư|10:20/u);
  });
});
