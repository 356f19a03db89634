// Generality: the held-out articles (tests/fixtures/heldout, never tuned on when written) must
// keep giving what a reader takes from them: who is there and with what rank and body, and which
// instruments are signed between whom, when, for which period and with how many contents.
// The facts are copied from the gold annotations beside the articles.
import { describe, expect, it } from 'vitest';
import type { CorpusJson } from '../../../src/extract/toCorpusJson';
import { extractArticle, toCorpusJson } from '../../../src/extract';

const ARTICLES = import.meta.glob('../../fixtures/heldout/articles/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

type Kind = 'chương trình phối hợp' | 'quy chế phối hợp' | 'kế hoạch phối hợp';

interface Instrument {
  kind: Kind;
  /** Written as the text names the body (a name or alias the extractor must give). */
  parties: string[];
  signed: string | null;
  period: [number, number] | null;
  items: number | null;
}

interface Facts {
  /** Name, rank, one body a post is held at. */
  people: [string, string | null, string][];
  instruments: Instrument[];
  quoted: string[];
  /** Scare quotes and award names: never themes. */
  notThemes: string[];
  /** The headline and publication date, where the page's layout makes them hard to find. */
  source?: { title: string; published: string };
}

const CT = 'chương trình phối hợp';
const QC = 'quy chế phối hợp';
const KH = 'kế hoạch phối hợp';
const at = (
  kind: Kind,
  parties: string[],
  signed: string | null,
  period: [number, number] | null,
  items: number | null = null,
): Instrument => ({ kind, parties, signed, period, items });

const FACTS: Record<string, Facts> = {
  gia_lai_hnd_chqs: {
    people: [
      ['Rơ Châm Long', null, 'Hội Nông dân tỉnh Gia Lai'],
      ['Trần Văn Bình', 'Đại tá', 'Tỉnh ủy Gia Lai'],
      ['Lê Quốc Hưng', 'Thượng tá', 'Bộ Chỉ huy Quân sự tỉnh Gia Lai'],
    ],
    instruments: [
      at(CT, ['Hội Nông dân tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'], '12/03', [2024, 2029], 4),
    ],
    quoted: ['Nông dân thi đua sản xuất kinh doanh giỏi', 'Hội viên nông dân giúp nhau làm giàu'],
    notThemes: [],
  },
  nghe_an_ca_mttq: {
    people: [
      ['Phạm Thế Tùng', 'Thiếu tướng', 'Công an tỉnh Nghệ An'],
      ['Võ Thị Minh Sinh', null, 'Ủy ban MTTQ tỉnh'],
      ['Hồ Văn Tứ', 'Đại tá', 'Công an tỉnh Nghệ An'],
    ],
    instruments: [
      at(
        QC,
        ['Công an tỉnh', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
        '2023-11-28',
        [2023, 2028],
        12,
      ),
      at(QC, ['Công an tỉnh'], null, [2018, 2023]),
    ],
    quoted: ['Toàn dân bảo vệ an ninh Tổ quốc'],
    notThemes: ['Hồ Văn Tứ', 'Phó Giám đốc Công an tỉnh'],
  },
  quang_tri_ldld_ca: {
    people: [
      ['Hoàng Thị Thu Hà', null, 'LĐLĐ tỉnh'],
      ['Nguyễn Quốc Khánh', 'Đại tá', 'Công an tỉnh'],
      ['Trần Đình Nam', 'Thượng tá', 'Công an tỉnh'],
    ],
    instruments: [at(QC, ['LĐLĐ tỉnh', 'Công an tỉnh'], '2023-06-05', null, 14)],
    quoted: ['Toàn dân bảo vệ an ninh Tổ quốc', 'Công nhân tự quản an ninh trật tự'],
    notThemes: ['lãn công'],
  },
  lang_son_tinh_doan_bdbp: {
    people: [
      ['Vi Văn Cường', 'Đại tá', 'BĐBP tỉnh'],
      ['Lộc Thị Hương', null, 'Tỉnh đoàn Lạng Sơn'],
    ],
    instruments: [
      at(CT, ['Tỉnh đoàn', 'BĐBP tỉnh'], '2023-06-03', [2023, 2027], 5),
      at(KH, ['Tỉnh đoàn', 'BĐBP tỉnh'], '2023-06-03', [2023, 2023]),
    ],
    quoted: ['Xuân Biên phòng ấm lòng dân bản', 'Hành quân về biên giới', 'Thắp sáng đường biên'],
    notThemes: ['bỏ bản'],
  },
  ben_tre_hccb_ca_bchqs: {
    people: [
      ['Phan Thanh Tâm', 'Trung tá', 'Công an huyện Mỏ Cày Nam'],
      ['Lê Minh Trí', 'Thiếu tá', 'BCHQS huyện'],
      ['Nguyễn Văn Mười', null, 'HCCB huyện'],
    ],
    instruments: [
      at(CT, ['HCCB huyện', 'Công an huyện', 'BCHQS huyện'], '17/03', [2023, 2028], 5),
      at(CT, ['HCCB huyện', 'Công an huyện', 'BCHQS huyện'], null, [2017, 2022]),
    ],
    quoted: ['Toàn dân bảo vệ an ninh Tổ quốc', 'Tổ tự quản đường làng'],
    notThemes: ['tín dụng đen'],
  },
  soc_trang_vks_tand_lhpn: {
    people: [
      ['Lâm Văn Hùng', null, 'VKSND tỉnh'],
      ['Thạch Sô Phen', null, 'TAND tỉnh'],
      ['Trần Thị Ngọc Hân', null, 'Hội LHPN tỉnh'],
    ],
    instruments: [at(QC, ['VKSND tỉnh', 'TAND tỉnh', 'Hội LHPN tỉnh'], null, [2023, 2027], 11)],
    quoted: ['Địa chỉ tin cậy ở cộng đồng', 'Xây dựng gia đình 5 không, 3 sạch'],
    notThemes: ['việc nhẹ lương cao'],
  },
  dien_bien_don_bp_xa: {
    people: [
      ['Giàng A Chư', 'Trung tá', 'Đồn Biên phòng Chung Chải'],
      ['Nguyễn Đức Mạnh', 'Thiếu tá', 'Đồn Biên phòng Chung Chải'],
      ['Vàng A Súa', null, 'HĐND xã'],
    ],
    instruments: [
      at(KH, ['Đồn Biên phòng Chung Chải', 'UBND xã Sen Thượng'], '2024-01-08', [2024, 2024]),
      at(KH, ['Đồn Biên phòng Chung Chải', 'UBND xã Sen Thượng'], null, [2023, 2023]),
    ],
    quoted: ['Ngày hội Biên phòng toàn dân', 'Mỗi người dân là một cột mốc sống'],
    notThemes: ['đạo lạ'],
  },
  tay_ninh_btg_stttt: {
    people: [
      ['Lê Hoàng Phúc', null, 'Sở Thông tin và Truyền thông'],
      ['Huỳnh Thị Thanh Thảo', null, 'Ban Tuyên giáo Tỉnh ủy'],
    ],
    instruments: [
      at(
        CT,
        ['Ban Tuyên giáo Tỉnh ủy', 'Sở Thông tin và Truyền thông'],
        '2022-10-12',
        [2022, 2025],
        6,
      ),
    ],
    quoted: ['Người Việt Nam ưu tiên dùng hàng Việt Nam'],
    notThemes: ['tin giả'],
  },
  cao_bang_hnd_chqs_soket: {
    people: [
      ['Nông Thị Hạnh', null, 'Hội Nông dân tỉnh'],
      ['Đàm Văn Sơn', 'Đại tá', 'Bộ CHQS tỉnh'],
    ],
    instruments: [at(CT, ['Hội Nông dân tỉnh', 'Bộ CHQS tỉnh'], null, [2019, 2025])],
    quoted: [
      'Nâng cao hiệu quả công tác vận động hội viên, nông dân tham gia xây dựng nền quốc phòng toàn dân',
    ],
    notThemes: ['Vì sự nghiệp giai cấp nông dân Việt Nam'],
  },
  thanh_hoa_quan_son_ca: {
    people: [
      ['Hà Văn Thắng', 'Thượng tá', 'Công an huyện'],
      ['Lữ Thị Hoa', null, 'UBMTTQVN huyện'],
      ['Phạm Văn Quyết', null, 'Huyện đoàn'],
    ],
    instruments: [
      at(
        QC,
        ['Công an huyện', 'Ban Thường trực Ủy ban MTTQ Việt Nam (UBMTTQVN) huyện'],
        '2023-07-21',
        null,
        18,
      ),
      at(CT, ['Công an huyện', 'Huyện đoàn'], '2023-07-21', null, 6),
    ],
    quoted: ['Thanh niên với văn hóa giao thông', 'Camera an ninh'],
    notThemes: ['đua xe'],
  },
  kien_giang_vung_csb_lhpn: {
    people: [
      ['Trần Văn Hùng', 'Thiếu tướng', 'Vùng Cảnh sát biển 4'],
      ['Lê Thị Thu Trang', null, 'Hội LHPN tỉnh'],
    ],
    instruments: [
      at(CT, ['Bộ Tư lệnh Vùng Cảnh sát biển 4', 'Hội LHPN tỉnh'], '2023-08-12', [2023, 2028], 5),
    ],
    quoted: ['Cảnh sát biển đồng hành với ngư dân'],
    notThemes: ['điểm nóng'],
  },
  binh_phuoc_hdnd_mttq: {
    people: [
      ['Phan Thị Bích Ngọc', null, 'HĐND tỉnh'],
      ['Trịnh Thị Thanh Xuân', null, 'Ban Dân vận Tỉnh ủy'],
    ],
    instruments: [
      at(
        CT,
        ['Thường trực HĐND tỉnh', 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'],
        '2021-09-15',
        [2021, 2026],
        7,
      ),
      at(CT, ['Thường trực HĐND tỉnh'], null, [2016, 2021]),
    ],
    quoted: ['Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh'],
    notThemes: ['nói chung chung'],
  },
  phu_yen_hnd_ca_dateline: {
    source: {
      title: 'Hội Nông dân và Công an tỉnh Phú Yên ký kết quy chế phối hợp giai đoạn 2025 - 2030',
      published: '2025-05-14',
    },
    people: [
      ['Đặng Văn Khoa', null, 'Ban Dân vận Tỉnh ủy'],
      ['Nguyễn Hữu Lộc', 'Đại tá', 'Công an tỉnh'],
      ['Trần Thị Mỹ Duyên', null, 'Hội Nông dân tỉnh'],
    ],
    instruments: [
      at(QC, ['Hội Nông dân tỉnh', 'Công an tỉnh'], '2025-05-13', [2025, 2030], 6),
      at(CT, ['Hội Nông dân tỉnh', 'Công an tỉnh'], null, [2020, 2024]),
    ],
    quoted: ['Nông dân tham gia bảo đảm an ninh trật tự', 'Dân vận khéo'],
    notThemes: ['tín dụng đen'],
  },
};

const fold = (text: string) => text.normalize('NFC').toLowerCase();

/** Every spelling of the organisation the extractor names `name` (its name or an alias). */
function spellings(json: CorpusJson, name: string): string[] {
  const org = json.organisations.find((o) => o.name === name);
  return [name, ...(org?.aliases ?? [])].map(fold);
}

/** The predicted instrument of this kind and period (or of this kind and first party). */
function instrumentLike(json: CorpusJson, expected: Instrument) {
  const [from, to] = expected.period ?? [null, null];
  return json.agreements.find(
    (a) =>
      a.kind === expected.kind &&
      (expected.period
        ? a.period?.from === from && a.period?.to === to
        : a.parties.some((p) => spellings(json, p).includes(fold(expected.parties[0]))) &&
          a.items === expected.items),
  );
}

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.txt'.length);
}

function expectPeople(json: CorpusJson, facts: Facts) {
  for (const [name, rank, org] of facts.people) {
    const person = json.people.find((p) => p.name === name);
    expect(person, name).toBeDefined();
    expect(person?.rank ?? null, name).toBe(rank);
    const bodies = (person?.orgs ?? []).flatMap((o) => spellings(json, o));
    expect(bodies, `${name} @ ${org}`).toContain(fold(org));
  }
}

function expectInstruments(json: CorpusJson, facts: Facts) {
  expect(json.agreements).toHaveLength(facts.instruments.length);
  for (const expected of facts.instruments) {
    const agreement = instrumentLike(json, expected);
    expect(agreement, `${expected.kind} ${expected.period}`).toBeDefined();
    expect(agreement?.signed).toBe(expected.signed);
    expect(agreement?.items).toBe(expected.items);
    const parties = (agreement?.parties ?? []).flatMap((p) => spellings(json, p));
    for (const party of expected.parties) expect(parties).toContain(fold(party));
  }
}

function expectThemes(json: CorpusJson, facts: Facts) {
  const themes = json.themes.map((t) => t.name);
  expect(themes).toEqual(expect.arrayContaining(facts.quoted));
  for (const name of facts.notThemes) {
    expect(themes.filter((theme) => theme.includes(name))).toEqual([]);
  }
}

describe('held-out articles', () => {
  it('has facts for every article and an article for every fact', () => {
    expect(Object.keys(ARTICLES).map(idOf).sort()).toEqual(Object.keys(FACTS).sort());
  });

  describe.each(Object.entries(ARTICLES).map(([path, text]) => [idOf(path), text]))(
    '%s',
    (id, text) => {
      const json = toCorpusJson(extractArticle(text));
      it('reads the headline and the publication date', () => {
        const { source } = FACTS[id];
        if (source) expect(json.source).toMatchObject(source);
      });
      it('names the people with their ranks and bodies', () => expectPeople(json, FACTS[id]));
      it('reads each instrument: kind, parties, signing, period, contents', () =>
        expectInstruments(json, FACTS[id]));
      it('keeps campaigns as themes and scare quotes, awards and people out', () =>
        expectThemes(json, FACTS[id]));
    },
  );
});
