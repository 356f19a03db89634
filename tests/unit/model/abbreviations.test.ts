// Abbreviations expand as whole words only, longest first, and name keys meet across spellings.
import { describe, expect, it } from 'vitest';
import { expandAbbreviations, foldForSearch, nameKey } from '../../../src/model';
import { createSeededRandom } from '../../fixtures/seededRandom';

describe('expandAbbreviations', () => {
  it.each([
    ['Bộ Chỉ huy BĐBP TPHCM', 'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['UBND TP.HCM', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['Hội LHPN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    ['LĐLĐ tỉnh và HCCB huyện', 'Liên đoàn Lao động tỉnh và Hội Cựu chiến binh huyện'],
    ['Viện trưởng VKSND tỉnh', 'Viện trưởng Viện Kiểm sát nhân dân tỉnh'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
  ])('%s → %s', (short, long) => {
    expect(expandAbbreviations(short)).toBe(long);
  });

  it('leaves words that merely contain a form alone', () => {
    expect(expandAbbreviations('CAO BẰNG và TPHCMX')).toBe('CAO BẰNG và TPHCMX');
    expect(expandAbbreviations('Ca sĩ')).toBe('Ca sĩ');
  });
});

describe('nameKey', () => {
  it('makes abbreviated and full spellings meet', () => {
    const keys = [
      'Bộ Chỉ huy BĐBP TPHCM',
      'Bộ Chỉ huy Bộ đội Biên phòng TP.HCM',
      'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh',
      'Bộ Chỉ huy Bộ đội Biên phòng TP. HCM',
    ].map(nameKey);
    expect(new Set(keys).size).toBe(1);
  });

  it('ignores diacritics, case and NFD input', () => {
    expect(nameKey('Công an tỉnh'.normalize('NFD'))).toBe(nameKey('CA TỈNH'));
  });

  it('keeps different bodies apart', () => {
    expect(nameKey('Ban Dân vận Tỉnh ủy')).not.toBe(nameKey('Ban Tuyên giáo Tỉnh ủy'));
  });
});

describe('nameKey on its fast path', () => {
  // The definition the fast path must agree with, character for character.
  const reference = (text: string) =>
    foldForSearch(expandAbbreviations(text))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it.each([
    'Chương trình phối hợp giai đoạn 2022 – 2026',
    '“Dân vận khéo”… «Bộ đội Biên phòng»\u00a0TP.HCM',
    '  Ủy ban\u2009MTTQ — tỉnh\u200bLong An ',
    'Ελληνική Αστυνομία',
    'Полиция Ханоя',
    'Đoàn TNCS Hồ Chí Minh ✓ 🇻🇳',
    'Giám đốc Sở TT&TT, PGĐ Sở LĐ-TB&XH',
    'ªº²½ µ',
    'Nº 1ª',
    'Cafe\u0301 a\u0323\u0306 e\u20dd',
    '',
    ' - ',
  ])('%j', (text) => {
    expect(nameKey(text)).toBe(reference(text));
  });

  it('agrees on random text drawn from Vietnamese and other scripts', () => {
    const pool = [
      ...'aAzZ09 .,-–—“”‘’…«»·ĐđƯươÔêăÂ\u00a0\u200b\u0301\u0323\u20ddÆæßİıªºΑαДдあ中😀',
    ];
    const random = createSeededRandom(7);
    for (let round = 0; round < 2_000; round += 1) {
      const length = random.int(0, 24);
      const text = Array.from({ length }, () => random.pick(pool)).join('');
      expect(nameKey(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
