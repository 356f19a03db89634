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
  // Bodies, posts and ministries the genre abbreviates; "TT&TT"-style forms are one word.
  { short: ['ĐBQH'], long: 'Đại biểu Quốc hội' },
  { short: ['LĐLĐ'], long: 'Liên đoàn Lao động' },
  { short: ['HLHPN'], long: 'Hội Liên hiệp Phụ nữ' },
  { short: ['HCCB'], long: 'Hội Cựu chiến binh' },
  { short: ['LHTN'], long: 'Liên hiệp Thanh niên' },
  { short: ['ĐTNCS'], long: 'Đoàn Thanh niên Cộng sản' },
  { short: ['VKSND'], long: 'Viện Kiểm sát nhân dân' },
  { short: ['KSND'], long: 'Kiểm sát nhân dân' },
  { short: ['TAND'], long: 'Tòa án nhân dân' },
  { short: ['CAND'], long: 'Công an nhân dân' },
  { short: ['BQP'], long: 'Bộ Quốc phòng' },
  { short: ['BCA'], long: 'Bộ Công an' },
  { short: ['UBTVQH'], long: 'Ủy ban Thường vụ Quốc hội' },
  { short: ['BCĐ'], long: 'Ban Chỉ đạo' },
  { short: ['UVBCH'], long: 'Ủy viên Ban Chấp hành' },
  { short: ['PBT'], long: 'Phó Bí thư' },
  { short: ['QUV'], long: 'Quận ủy viên' },
  { short: ['THUV'], long: 'Thành ủy viên' },
  { short: ['ĐUV'], long: 'Đảng ủy viên' },
  { short: ['GĐ'], long: 'Giám đốc' },
  { short: ['PGĐ'], long: 'Phó Giám đốc' },
  { short: ['TT&TT', 'TTTT'], long: 'Thông tin và Truyền thông' },
  { short: ['GD&ĐT', 'GDĐT'], long: 'Giáo dục và Đào tạo' },
  { short: ['KH&CN'], long: 'Khoa học và Công nghệ' },
  { short: ['KH&ĐT'], long: 'Kế hoạch và Đầu tư' },
  { short: ['TN&MT', 'TNMT'], long: 'Tài nguyên và Môi trường' },
  { short: ['NN&PTNT'], long: 'Nông nghiệp và Phát triển nông thôn' },
  { short: ['LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH'], long: 'Lao động - Thương binh và Xã hội' },
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
  const expanded = expandAbbreviations(text);
  return (
    asciiNameKey(expanded.normalize('NFD')) ??
    foldForSearch(expanded)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** No-break space, « », · and the General Punctuation block: none is a letter, digit or mark. */
const isTypographicSeparator = (code: number) =>
  code === 0xa0 ||
  code === 0xab ||
  code === 0xbb ||
  code === 0xb7 ||
  (code >= 0x2002 && code <= 0x206f);

// The key is built in a reused buffer and made a string once: appending char by char leaves a
// chain of fragments that the Map holding the keys then has to flatten.
let keyBuffer = new Uint16Array(256);

/**
 * nameKey for text that, decomposed, is ASCII, combining diacritics, đ and typographic
 * punctuation (Vietnamese as written), in one pass over char codes; null for anything else. The same key as the general path, about
 * twice as fast: what keeps duplicate detection over 50k entities fast (bench/duplicates.ts).
 */
function asciiNameKey(decomposed: string): string | null {
  if (keyBuffer.length < decomposed.length) keyBuffer = new Uint16Array(decomposed.length * 2);
  let length = 0;
  let gap = false;
  for (let i = 0; i < decomposed.length; i += 1) {
    let code = decomposed.charCodeAt(i);
    // Diacritics go, Đ and đ fold to d, A–Z to a–z, typographic dashes, quotes and spaces
    // separate words; any other non-ASCII needs the general path.
    if (code >= 0x300 && code <= 0x36f) continue;
    if (code === 0x110 || code === 0x111) code = 0x64;
    else if (code >= 0x41 && code <= 0x5a) code += 0x20;
    else if (isTypographicSeparator(code)) code = 0x20;
    else if (code >= 0x80) return null;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (gap && length > 0) keyBuffer[length++] = 0x20;
      keyBuffer[length++] = code;
      gap = false;
    } else gap = true;
  }
  return String.fromCharCode.apply(null, keyBuffer.subarray(0, length) as unknown as number[]);
}
