// The abbreviations of Vietnamese official writing and their full forms. One table serves the
// extractor (to read "BĐBP" as an organisation word) and entity resolution (to see that
// "Bộ Chỉ huy BĐBP TPHCM" and "Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh" are one body).
import { foldForSearch } from './text';

export interface Abbreviation {
  /** Written forms, matched as whole words and case-sensitively (they are upper-case). */
  short: readonly string[];
  long: string;
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
  { short: ['BĐBP', 'BDBP'], long: 'Bộ đội Biên phòng' },
  { short: ['UBND'], long: 'Ủy ban nhân dân' },
  { short: ['HĐND', 'HDND'], long: 'Hội đồng nhân dân' },
  { short: ['UBMTTQVN'], long: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
  { short: ['UBMTTQ'], long: 'Ủy ban Mặt trận Tổ quốc' },
  { short: ['MTTQVN'], long: 'Mặt trận Tổ quốc Việt Nam' },
  { short: ['MTTQ'], long: 'Mặt trận Tổ quốc' },
  { short: ['BCHQS'], long: 'Ban Chỉ huy Quân sự' },
  { short: ['CHQS'], long: 'Chỉ huy Quân sự' },
  { short: ['CA'], long: 'Công an' },
  { short: ['LHPN'], long: 'Liên hiệp Phụ nữ' },
  { short: ['CCB'], long: 'Cựu chiến binh' },
  { short: ['HND'], long: 'Hội Nông dân' },
  { short: ['ĐTN'], long: 'Đoàn Thanh niên' },
  { short: ['TNCS'], long: 'Thanh niên Cộng sản' },
  { short: ['QĐND'], long: 'Quân đội nhân dân' },
  { short: ['LLVT'], long: 'Lực lượng vũ trang' },
  { short: ['BTL'], long: 'Bộ Tư lệnh' },
  { short: ['QK'], long: 'Quân khu' },
  { short: ['UBKT'], long: 'Ủy ban Kiểm tra' },
  { short: ['BTV'], long: 'Ban Thường vụ' },
  { short: ['UVBTV', 'UVTV'], long: 'Ủy viên Ban Thường vụ' },
  { short: ['TVTU'], long: 'Thường vụ Tỉnh ủy' },
  { short: ['TUV'], long: 'Tỉnh ủy viên' },
  { short: ['HUV'], long: 'Huyện ủy viên' },
  { short: ['PCT'], long: 'Phó Chủ tịch' },
  { short: ['TW', 'TƯ'], long: 'Trung ương' },
  {
    short: [
      'TPHCM',
      'TP.HCM',
      'TP. HCM',
      'TP HCM',
      'TP.Hồ Chí Minh',
      'TP. Hồ Chí Minh',
      'TP Hồ Chí Minh',
    ],
    long: 'Thành phố Hồ Chí Minh',
  },
  { short: ['HCM'], long: 'Hồ Chí Minh' },
  { short: ['TP.', 'TP'], long: 'Thành phố' },
  { short: ['VN'], long: 'Việt Nam' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest forms first, so "UBMTTQVN" wins over "MTTQ" and "TP.HCM" over "TP".
const FORMS = ABBREVIATIONS.flatMap(({ short, long }) =>
  short.map((form) => ({ form, long })),
).sort((a, b) => b.form.length - a.form.length);
const LONG_BY_FORM = new Map(FORMS.map(({ form, long }) => [form, long]));
// A form stands alone: not inside a longer word (letters, digits, or a joining dot).
const FORM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${FORMS.map(({ form }) => escape(form)).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Replaces every known abbreviation by its full form: "Bộ CHQS tỉnh" → "Bộ Chỉ huy Quân sự tỉnh". */
export function expandAbbreviations(text: string): string {
  return text.normalize('NFC').replace(FORM_PATTERN, (form) => LONG_BY_FORM.get(form) ?? form);
}

/**
 * A key under which two spellings of one name meet: abbreviations expanded, diacritics, case and
 * punctuation dropped. "Bộ Chỉ huy BĐBP TPHCM" and "Bộ Chỉ huy Bộ đội Biên phòng TP.HCM" share one.
 */
export function nameKey(text: string): string {
  return foldForSearch(expandAbbreviations(text))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
