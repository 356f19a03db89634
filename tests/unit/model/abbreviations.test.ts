// Abbreviations expand as whole words only, longest first, and name keys meet across spellings.
import { describe, expect, it } from 'vitest';
import { expandAbbreviations, nameKey } from '../../../src/model';

describe('expandAbbreviations', () => {
  it.each([
    ['Bộ Chỉ huy BĐBP TPHCM', 'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['UBND TP.HCM', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['Hội LHPN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
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
