// The facts of the two sample articles (src/sample/articles), as an analyst would enter them.
// Every relation quotes the words it was read from; the loader finds them in the text for the
// provenance span. Keys are local to this file.
import type { EntityDraft, EntityType, RelationType } from '../model';

export interface SampleEntity {
  key: string;
  type: EntityType;
  fields: EntityDraft;
  /** The source article that mentions it. */
  in: ('tanBinh' | 'hcmc')[];
}

export interface SampleRelation {
  type: RelationType;
  from: string;
  to: string;
  label?: string;
  source: 'tanBinh' | 'hcmc';
  quote: string;
}

const person = (
  key: string,
  name: string,
  rank: string,
  titles: string[],
  src: 'tanBinh' | 'hcmc',
): SampleEntity => ({
  key,
  type: 'person',
  fields: { name, rank, titles },
  in: [src],
});
const org = (
  key: string,
  name: string,
  kind: string,
  aliases: string[],
  src: SampleEntity['in'],
): SampleEntity => ({
  key,
  type: 'org',
  fields: { name, kind, aliases },
  in: src,
});
const theme = (
  key: string,
  name: string,
  campaign: boolean,
  src: SampleEntity['in'],
  aliases: string[] = [],
): SampleEntity => ({ key, type: 'theme', fields: { name, campaign, aliases }, in: src });

const UVBTV = 'Ủy viên Ban Thường vụ Quận ủy';

export const SAMPLE_ENTITIES: SampleEntity[] = [
  person('son', 'Trương Tấn Sơn', '', [UVBTV, 'Phó Chủ tịch UBND quận'], 'tanBinh'),
  person('tien', 'Nguyễn Xuân Tiến', '', [UVBTV, 'Trưởng Ban Tuyên giáo Quận ủy'], 'tanBinh'),
  person('thanh', 'Phạm Thị Thành', '', [UVBTV, 'Trưởng Ban Dân vận Quận ủy'], 'tanBinh'),
  person(
    'quang',
    'Đỗ Tiến Quang',
    '',
    [UVBTV, 'Chỉ huy trưởng Ban Chỉ huy Quân sự quận Tân Bình'],
    'tanBinh',
  ),
  person('luan', 'Ngô Văn Luận', '', ['Phó trưởng Ban Dân vận Thành ủy TPHCM'], 'hcmc'),
  person(
    'an',
    'Nguyễn Quốc Ân',
    'Đại tá',
    ['Bí thư Đảng ủy', 'Chính ủy Bộ đội Biên phòng TP'],
    'hcmc',
  ),
  person('vtien', 'Nguyễn Văn Tiến', 'Đại tá', ['Phó Chính ủy Bộ đội Biên phòng TP'], 'hcmc'),
  org(
    'tgQu',
    'Ban Tuyên giáo Quận ủy Tân Bình',
    'party committee board',
    ['Ban Tuyên giáo Quận ủy'],
    ['tanBinh'],
  ),
  org(
    'dvQu',
    'Ban Dân vận Quận ủy Tân Bình',
    'party committee board',
    ['Ban Dân vận Quận ủy'],
    ['tanBinh'],
  ),
  org(
    'bchqs',
    'Ban Chỉ huy Quân sự quận Tân Bình',
    'military command',
    ['BCHQS quận Tân Bình'],
    ['tanBinh'],
  ),
  org('quanUy', 'Quận ủy Tân Bình', 'party committee', ['Quận ủy'], ['tanBinh']),
  org(
    'ubndQ',
    'UBND quận Tân Bình',
    'people’s committee',
    ['UBND quận', 'Ủy ban nhân dân quận Tân Bình'],
    ['tanBinh'],
  ),
  org('bct', 'Bộ Chính trị', 'party leadership', [], ['tanBinh']),
  org(
    'dvTu',
    'Ban Dân vận Thành ủy TPHCM',
    'party committee board',
    ['Ban Dân vận Thành ủy'],
    ['hcmc'],
  ),
  org(
    'bdbp',
    'Bộ Chỉ huy Bộ đội Biên phòng TPHCM',
    'military command',
    ['Bộ Chỉ huy BĐBP TPHCM', 'Bộ Chỉ huy Bộ đội Biên phòng TP', 'Bộ đội Biên phòng TP'],
    ['hcmc'],
  ),
  org('thanhUy', 'Thành ủy TPHCM', 'party committee', ['Thành ủy'], ['hcmc']),
  org(
    'ubndTp',
    'UBND TPHCM',
    'people’s committee',
    ['UBND TP', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
    ['hcmc'],
  ),
  {
    key: 'ct2025',
    type: 'agreement',
    fields: {
      name: 'Chương trình phối hợp giai đoạn 2022 - 2025',
      kind: 'chương trình phối hợp',
      signed: '16/09',
      periodFrom: 2022,
      periodTo: 2025,
      items: 6,
      summary:
        'Định hướng tư tưởng, tuyên truyền về quân sự, quốc phòng; đấu tranh phản bác các quan điểm sai trái, thù địch.',
    },
    in: ['tanBinh'],
  },
  {
    key: 'ct2026',
    type: 'agreement',
    fields: {
      name: 'Chương trình phối hợp giai đoạn 2022 - 2026',
      aliases: ['Chương trình phối hợp giai đoạn 2022 – 2026'],
      kind: 'chương trình phối hợp',
      signed: '16/09',
      periodFrom: 2022,
      periodTo: 2026,
      items: 5,
      summary:
        'Công tác dân vận gắn với nhiệm vụ quân sự, quốc phòng, an ninh; phong trào thi đua “Dân vận khéo”.',
    },
    in: ['tanBinh'],
  },
  {
    key: 'ctHcm',
    type: 'agreement',
    fields: {
      name: 'Chương trình phối hợp thực hiện công tác dân vận giai đoạn 2022 – 2026',
      aliases: ['chương trình phối hợp thực hiện công tác dân vận'],
      kind: 'chương trình phối hợp',
      signed: '19/08',
      periodFrom: 2022,
      periodTo: 2026,
      items: 5,
      summary: 'Công tác dân vận và bảo vệ chủ quyền, an ninh biên giới biển, cửa khẩu cảng TP.',
    },
    in: ['hcmc'],
  },
  {
    key: 'khHcm',
    type: 'agreement',
    fields: {
      name: 'Kế hoạch phối hợp thực hiện công tác dân vận năm 2022 – 2023',
      aliases: ['kế hoạch phối hợp thực hiện công tác dân vận'],
      kind: 'kế hoạch phối hợp',
      periodFrom: 2022,
      periodTo: 2023,
    },
    in: ['hcmc'],
  },
  theme('dvk', 'Dân vận khéo', true, ['tanBinh', 'hcmc']),
  theme('dvkBc', 'Dân vận khéo - Kết nối biên cương', true, ['tanBinh']),
  theme('5k', '5 không', true, ['tanBinh']),
  theme('dvt', 'Đơn vị dân vận tốt', true, ['tanBinh', 'hcmc']),
  theme('ntm', 'Xây dựng nông thôn mới', true, ['hcmc']),
  theme('gnbv', 'Giảm nghèo bền vững', true, ['hcmc']),
  theme('qsqp', 'quân sự, quốc phòng', false, ['tanBinh']),
  theme('ctdv', 'công tác dân vận', false, ['tanBinh', 'hcmc']),
  theme(
    'bvcq',
    'bảo vệ chủ quyền, an ninh biên giới biển',
    false,
    ['hcmc'],
    ['chủ quyền, an ninh biên giới biển'],
  ),
];

const tb = 'tanBinh' as const;
const hcm = 'hcmc' as const;

export const SAMPLE_RELATIONS: SampleRelation[] = [
  {
    type: 'holds_title',
    from: 'son',
    to: 'quanUy',
    label: UVBTV,
    source: tb,
    quote: 'Trương Tấn Sơn, Ủy viên Ban Thường vụ Quận ủy',
  },
  {
    type: 'holds_title',
    from: 'son',
    to: 'ubndQ',
    label: 'Phó Chủ tịch UBND quận',
    source: tb,
    quote: 'Phó Chủ tịch UBND quận',
  },
  {
    type: 'holds_title',
    from: 'tien',
    to: 'tgQu',
    label: 'Trưởng Ban Tuyên giáo Quận ủy',
    source: tb,
    quote: 'Nguyễn Xuân Tiến, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy',
  },
  {
    type: 'holds_title',
    from: 'thanh',
    to: 'dvQu',
    label: 'Trưởng Ban Dân vận Quận ủy',
    source: tb,
    quote: 'Phạm Thị Thành, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy',
  },
  {
    type: 'holds_title',
    from: 'quang',
    to: 'bchqs',
    label: 'Chỉ huy trưởng',
    source: tb,
    quote:
      'Đỗ Tiến Quang, Ủy viên Ban Thường vụ Quận ủy, Chỉ huy trưởng Ban Chỉ huy Quân sự quận Tân Bình',
  },
  {
    type: 'holds_title',
    from: 'luan',
    to: 'dvTu',
    label: 'Phó trưởng Ban',
    source: hcm,
    quote: 'Phó trưởng Ban Dân vận Thành ủy TPHCM Ngô Văn Luận',
  },
  {
    type: 'holds_title',
    from: 'an',
    to: 'bdbp',
    label: 'Chính ủy',
    source: hcm,
    quote: 'Đại tá Nguyễn Quốc Ân, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng TP',
  },
  {
    type: 'holds_title',
    from: 'vtien',
    to: 'bdbp',
    label: 'Phó Chính ủy',
    source: hcm,
    quote: 'Đại tá Nguyễn Văn Tiến, Phó Chính ủy Bộ đội Biên phòng TP',
  },
  { type: 'part_of', from: 'tgQu', to: 'quanUy', source: tb, quote: 'Ban Tuyên giáo Quận ủy' },
  {
    type: 'part_of',
    from: 'dvQu',
    to: 'quanUy',
    source: tb,
    quote: 'Ban Dân vận Quận ủy Tân Bình',
  },
  {
    type: 'part_of',
    from: 'dvTu',
    to: 'thanhUy',
    source: hcm,
    quote: 'Ban Dân vận Thành ủy TPHCM',
  },
  {
    type: 'party_to',
    from: 'tgQu',
    to: 'ct2025',
    source: tb,
    quote:
      'Ban Tuyên giáo Quận ủy và Ban Chỉ huy Quân sự quận Tân Bình sẽ phối hợp thực hiện 6 nội dung',
  },
  {
    type: 'party_to',
    from: 'bchqs',
    to: 'ct2025',
    source: tb,
    quote:
      'Ban Tuyên giáo Quận ủy và Ban Chỉ huy Quân sự quận Tân Bình sẽ phối hợp thực hiện 6 nội dung',
  },
  {
    type: 'party_to',
    from: 'dvQu',
    to: 'ct2026',
    source: tb,
    quote:
      'Ban Dân vận Quận ủy và Ban Chỉ huy Quân sự quận Tân Bình sẽ phối hợp thực hiện 5 nội dung',
  },
  {
    type: 'party_to',
    from: 'bchqs',
    to: 'ct2026',
    source: tb,
    quote:
      'Ban Dân vận Quận ủy và Ban Chỉ huy Quân sự quận Tân Bình sẽ phối hợp thực hiện 5 nội dung',
  },
  {
    type: 'party_to',
    from: 'dvTu',
    to: 'ctHcm',
    source: hcm,
    quote:
      'Ban Dân vận Thành ủy TPHCM và Bộ Chỉ huy Bộ đội Biên phòng TP đã ký kết chương trình phối hợp',
  },
  {
    type: 'party_to',
    from: 'bdbp',
    to: 'ctHcm',
    source: hcm,
    quote:
      'Ban Dân vận Thành ủy TPHCM và Bộ Chỉ huy Bộ đội Biên phòng TP đã ký kết chương trình phối hợp',
  },
  {
    type: 'party_to',
    from: 'dvTu',
    to: 'khHcm',
    source: hcm,
    quote:
      'kế hoạch phối hợp thực hiện công tác dân vận giữa Ban Dân vận Thành ủy TPHCM và Bộ đội Biên phòng TP năm 2022 – 2023',
  },
  {
    type: 'party_to',
    from: 'bdbp',
    to: 'khHcm',
    source: hcm,
    quote:
      'kế hoạch phối hợp thực hiện công tác dân vận giữa Ban Dân vận Thành ủy TPHCM và Bộ đội Biên phòng TP năm 2022 – 2023',
  },
  {
    type: 'attended',
    from: 'son',
    to: 'ct2025',
    source: tb,
    quote: 'Dự hội nghị có các đồng chí: Trương Tấn Sơn',
  },
  { type: 'attended', from: 'tien', to: 'ct2025', source: tb, quote: 'Nguyễn Xuân Tiến' },
  { type: 'attended', from: 'thanh', to: 'ct2026', source: tb, quote: 'Phạm Thị Thành' },
  { type: 'attended', from: 'quang', to: 'ct2026', source: tb, quote: 'Đỗ Tiến Quang' },
  {
    type: 'attended',
    from: 'luan',
    to: 'ctHcm',
    source: hcm,
    quote: 'Tham dự có Phó trưởng Ban Dân vận Thành ủy TPHCM Ngô Văn Luận',
  },
  { type: 'attended', from: 'an', to: 'ctHcm', source: hcm, quote: 'Đại tá Nguyễn Quốc Ân' },
  { type: 'attended', from: 'vtien', to: 'ctHcm', source: hcm, quote: 'Đại tá Nguyễn Văn Tiến' },
  { type: 'covers', from: 'ct2025', to: 'qsqp', source: tb, quote: 'quân sự, quốc phòng' },
  { type: 'covers', from: 'ct2026', to: 'ctdv', source: tb, quote: 'công tác dân vận' },
  {
    type: 'covers',
    from: 'ct2026',
    to: 'qsqp',
    source: tb,
    quote: 'nhiệm vụ quân sự, quốc phòng, an ninh',
  },
  {
    type: 'covers',
    from: 'ct2026',
    to: 'dvkBc',
    source: tb,
    quote: 'chương trình “Dân vận khéo - Kết nối biên cương”',
  },
  {
    type: 'covers',
    from: 'ct2026',
    to: 'dvk',
    source: tb,
    quote: 'phong trào thi đua “Dân vận khéo”',
  },
  { type: 'covers', from: 'ct2026', to: '5k', source: tb, quote: 'nội dung “5 không”' },
  { type: 'covers', from: 'ct2026', to: 'dvt', source: tb, quote: '“Đơn vị dân vận tốt”' },
  {
    type: 'covers',
    from: 'ctHcm',
    to: 'ctdv',
    source: hcm,
    quote: 'thực hiện có hiệu quả công tác dân vận',
  },
  {
    type: 'covers',
    from: 'ctHcm',
    to: 'bvcq',
    source: hcm,
    quote: 'bảo vệ vững chắc chủ quyền, an ninh biên giới biển',
  },
  {
    type: 'covers',
    from: 'ctHcm',
    to: 'dvk',
    source: hcm,
    quote: 'các mô hình, điển hình về “Dân vận khéo”',
  },
  {
    type: 'covers',
    from: 'ctHcm',
    to: 'dvt',
    source: hcm,
    quote: 'Phong trào thi đua “Dân vận khéo”, “Đơn vị dân vận tốt”',
  },
  {
    type: 'covers',
    from: 'ctHcm',
    to: 'ntm',
    source: hcm,
    quote: 'Chương trình “Xây dựng nông thôn mới”',
  },
  { type: 'covers', from: 'ctHcm', to: 'gnbv', source: hcm, quote: '“Giảm nghèo bền vững”' },
  {
    type: 'covers',
    from: 'khHcm',
    to: 'ctdv',
    source: hcm,
    quote: 'kế hoạch phối hợp thực hiện công tác dân vận',
  },
  {
    type: 'related_to',
    from: 'ct2026',
    to: 'bct',
    label: 'gắn với Kết luận số 01-KL/TW',
    source: tb,
    quote: 'Kết luận số 01-KL/TW của Bộ Chính trị',
  },
  {
    type: 'related_to',
    from: 'ct2026',
    to: 'ubndQ',
    label: 'tham mưu',
    source: tb,
    quote: 'tham mưu Quận ủy, UBND quận',
  },
  {
    type: 'related_to',
    from: 'ctHcm',
    to: 'ubndTp',
    label: 'tham mưu',
    source: hcm,
    quote: 'tham mưu, đề xuất Thành ủy, UBND TP',
  },
  {
    type: 'related_to',
    from: 'ctHcm',
    to: 'thanhUy',
    label: 'tham mưu',
    source: hcm,
    quote: 'tham mưu, đề xuất Thành ủy',
  },
];
