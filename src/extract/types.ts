// What the extractor proposes for one article. Offsets always point into the ORIGINAL text the
// caller passed (before any normalisation), so the review screen can highlight them and the
// commit can store them as provenance. Candidates refer to each other by `key`, local to one
// extraction.

export interface Span {
  start: number;
  end: number;
}

/** Where a candidate was read: the matched words and the sentence around them. */
export interface Evidence {
  span: Span;
  sentence: Span;
}

export interface PersonCandidate {
  key: string;
  name: string;
  /** "Đại tá", "Thượng tá"… written directly before the name, or "". */
  rank: string;
  /** Posts as written, one per comma- or dash-separated post. */
  titles: string[];
  /** For each title, the key of the organisation it is held at, or null (a bare "Tổng Bí thư"). */
  titleOrgs: (string | null)[];
  evidence: Evidence[];
}

export interface OrganisationCandidate {
  key: string;
  /** The fullest form the text supports, qualified with the place when the text makes it clear. */
  name: string;
  /** Other spellings the same text uses, each verbatim. */
  aliases: string[];
  evidence: Evidence[];
}

export type AgreementKind =
  'chương trình phối hợp' | 'quy chế phối hợp' | 'kế hoạch phối hợp' | 'other';

export interface AgreementCandidate {
  key: string;
  name: string;
  kind: AgreementKind;
  /** Organisation keys. */
  parties: string[];
  /** "YYYY-MM-DD", "DD/MM", or null when not signed in the text ("vừa ký kết", only referred to). */
  signed: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  /** The stated number of contents ("06 nội dung" → 6), or null. */
  items: number | null;
  /** Theme keys. */
  themes: string[];
  /** People keys who attended or signed, when the text says so. */
  attendees: string[];
  evidence: Evidence[];
}

export interface ThemeCandidate {
  key: string;
  /** Without quotation marks. */
  name: string;
  /** A campaign, movement or slogan in quotation marks (true) or a topic of the contents (false). */
  quoted: boolean;
  evidence: Evidence[];
}

export interface Extraction {
  /** The headline (first line), or null. */
  title: string | null;
  /** "YYYY-MM-DD" when the text gives a publication date or dateline, else null. */
  published: string | null;
  people: PersonCandidate[];
  organisations: OrganisationCandidate[];
  agreements: AgreementCandidate[];
  themes: ThemeCandidate[];
}
