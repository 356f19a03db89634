// A small hand-built graph for the view tests, in the shape of the articles: a border guard command
// with its units, a district party committee, two coordination programmes and one undated one, the
// themes they cover, officials holding titles, and a news source mentioning some of it.
import type { Agreement, Entity, Relation, RelationType } from '../../../src/model';
import { createAdjacency, type Adjacency, type GraphData } from '../../../src/view';

export interface Built {
  data: GraphData;
  adjacency: Adjacency;
  /** The relation id linking two entities (either direction); throws when there is none. */
  rel(a: string, b: string): string;
}

const base = { aliases: [], notes: '' };
const person = (id: string, name: string): Entity => ({
  ...base,
  id,
  name,
  type: 'person',
  rank: '',
  titles: [],
});
const org = (id: string, name: string): Entity => ({ ...base, id, name, type: 'org', kind: '' });
const theme = (id: string, name: string): Entity => ({
  ...base,
  id,
  name,
  type: 'theme',
  campaign: false,
});
const source = (id: string, name: string): Entity => ({
  ...base,
  id,
  name,
  type: 'source',
  url: '',
  published: '',
  text: '',
});
export const agreement = (
  id: string,
  dates: Partial<Pick<Agreement, 'signed' | 'periodFrom' | 'periodTo'>> = {},
): Agreement => ({
  ...base,
  id,
  name: id,
  type: 'agreement',
  kind: 'chương trình phối hợp',
  signed: '',
  periodFrom: null,
  periodTo: null,
  items: null,
  summary: '',
  ...dates,
});

/** Builds GraphData and its adjacency from entities and [type, from, to] triples. */
export function build(entities: Entity[], links: Array<[RelationType, string, string]>): Built {
  const relations: Record<string, Relation> = {};
  links.forEach(([type, from, to], i) => {
    const id = `rel:link${String(i).padStart(4, '0')}`;
    relations[id] = { id, type, from, to, label: '', provenance: [] };
  });
  const data: GraphData = {
    entities: Object.fromEntries(entities.map((e) => [e.id, e])),
    relations,
  };
  const rel = (a: string, b: string) => {
    const found = Object.values(relations).find(
      (r) => (r.from === a && r.to === b) || (r.from === b && r.to === a),
    );
    if (!found) throw new Error(`no relation between ${a} and ${b}`);
    return found.id;
  };
  return { data, adjacency: createAdjacency(Object.values(relations)), rel };
}

export const W = {
  bdbpqg: 'org:bdbpquocgia',
  bdbp: 'org:bdbptphcm',
  donbp1: 'org:donbienphong1',
  donbp2: 'org:donbienphong2',
  tobp1: 'org:tobienphong1',
  quanuy: 'org:quanuytanbinh',
  ubnd: 'org:ubndquantanbinh',
  hoilhpn: 'org:hoilhpnquan',
  lone: 'org:congdoanle',
  ctph2020: 'agreement:ctph2020',
  qc2016: 'agreement:quyche2016',
  undated: 'agreement:khongngay',
  phuluc: 'agreement:phuluc2022',
  danvan: 'theme:danvankheo',
  antoan: 'theme:anninhtratu',
  an: 'person:nguyenquocan',
  binh: 'person:tranvanbinh',
  cuong: 'person:lecuongxa',
  dung: 'person:phamdungdon',
  bao1: 'source:baotanbinh1',
} as const;

/**
 * bdbpqg ← bdbp ← donbp1 ← tobp1 (part_of chain), donbp2 → bdbp;
 * bdbp, quanuy party to ctph2020 (2020–2025, covers danvan), signed by an, attended by binh;
 * ubnd, hoilhpn party to qc2016 (2016–2018, covers antoan), attended by cuong only;
 * quanuy party to `undated` (signed "16/09"); phuluc (2022) related to qc2016 only;
 * an at bdbp, binh at quanuy, dung at donbp1; bao1 mentions ctph2020, an, danvan; lone has nothing.
 */
export function world(): Built {
  return build(
    [
      org(W.bdbpqg, 'Bộ đội Biên phòng'),
      org(W.bdbp, 'BĐBP TPHCM'),
      org(W.donbp1, 'Đồn Biên phòng 1'),
      org(W.donbp2, 'Đồn Biên phòng 2'),
      org(W.tobp1, 'Tổ công tác 1'),
      org(W.quanuy, 'Quận ủy Tân Bình'),
      org(W.ubnd, 'UBND quận Tân Bình'),
      org(W.hoilhpn, 'Hội LHPN quận'),
      org(W.lone, 'Công đoàn'),
      agreement(W.ctph2020, { signed: '2020-03-15', periodFrom: 2020, periodTo: 2025 }),
      agreement(W.qc2016, { signed: '2016-05-01', periodFrom: 2016, periodTo: 2018 }),
      agreement(W.undated, { signed: '16/09' }),
      agreement(W.phuluc, { signed: '2022-01-10' }),
      theme(W.danvan, 'Dân vận khéo'),
      theme(W.antoan, 'An ninh trật tự'),
      person(W.an, 'Nguyễn Quốc Ân'),
      person(W.binh, 'Trần Văn Bình'),
      person(W.cuong, 'Lê Cường'),
      person(W.dung, 'Phạm Dũng'),
      source(W.bao1, 'Tân Bình ký kết chương trình phối hợp'),
    ],
    [
      ['part_of', W.bdbp, W.bdbpqg],
      ['part_of', W.donbp1, W.bdbp],
      ['part_of', W.donbp2, W.bdbp],
      ['part_of', W.tobp1, W.donbp1],
      ['party_to', W.bdbp, W.ctph2020],
      ['party_to', W.quanuy, W.ctph2020],
      ['party_to', W.ubnd, W.qc2016],
      ['party_to', W.hoilhpn, W.qc2016],
      ['party_to', W.quanuy, W.undated],
      ['covers', W.ctph2020, W.danvan],
      ['covers', W.qc2016, W.antoan],
      ['related_to', W.phuluc, W.qc2016],
      ['holds_title', W.an, W.bdbp],
      ['holds_title', W.binh, W.quanuy],
      ['holds_title', W.dung, W.donbp1],
      ['signed', W.an, W.ctph2020],
      ['attended', W.binh, W.ctph2020],
      ['attended', W.cuong, W.qc2016],
      ['mentions', W.bao1, W.ctph2020],
      ['mentions', W.bao1, W.an],
      ['mentions', W.bao1, W.danvan],
    ],
  );
}

export const ALL = Object.values(W) as string[];
export const sorted = (ids: Iterable<string>) => [...ids].sort();
