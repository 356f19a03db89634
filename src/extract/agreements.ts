// Instruments from their mentions. Mentions with the same kind and period are one instrument;
// a mention without a period joins the instrument of its kind it shares parties with. An
// instrument is signed when a sentence with "ký" names it, not as the object of a review ("đánh
// giá kết quả Chương trình… giai đoạn 2011-2016"); its date is that sentence's, else the lead's.
import type { AgreementMention } from './agreementMentions';
import { findAgreementMentions } from './agreementMentions';
import { partiesOf } from './agreementParties';
import type { DayMonth, Period } from './dates';
import { completeYear, findEventDates, formatDate } from './dates';
import { AGREEMENT_KINDS, AGREEMENT_WORDS } from './lexicon';
import type { OrgEntity, OrgRegistry } from './organisations';
import type { SentenceScan } from './scan';
import type { AgreementKind } from './types';

export interface MentionRecord {
  mention: AgreementMention;
  parties: OrgEntity[];
  /** The signing date this mention gives: a date, null for "vừa ký kết", undefined if none. */
  signing: string | null | undefined;
  /** The only instrument, with one period, in its sentence. */
  sole: boolean;
  /** Its parties follow "giữa". */
  explicit: boolean;
  /** Read in the headline. */
  headline: boolean;
}

export interface AgreementEntity {
  key: string;
  kind: AgreementKind;
  period: Period | null;
  records: MentionRecord[];
  parties: OrgEntity[];
  signed: string | null;
  /** Signed in the story (dated or "vừa ký kết"), not only referred to. */
  current: boolean;
  items: number | null;
}

export interface ArticleDates {
  published: DayMonth | null;
  /** The first event date of the lead ("Chiều 19/8"). */
  lead: DayMonth | null;
  title: { line: number } | null;
}

const REFERRED = AGREEMENT_WORDS.referredCues;

function signingOf(mention: AgreementMention, dates: ArticleDates): string | null | undefined {
  const { tokens, sentence } = mention.scan;
  const sign = tokens.findIndex((t, i) => t.key === 'ký' && tokens[i - 1]?.key !== 'đăng');
  if (sign < 0) return undefined;
  const before = mention.scan.sentence.text
    .slice(0, tokens[mention.start].start - sentence.start)
    .toLowerCase();
  const clause = before.split(/[,;]/u).at(-1) ?? '';
  if (REFERRED.some((cue) => new RegExp(`(?<!\\p{L})${cue}(?!\\p{L})`, 'u').test(clause))) {
    return undefined;
  }
  if (tokens[sign - 1]?.key === 'vừa') return null;
  const own = findEventDates(sentence.text, sentence.start)[0] ?? dates.lead;
  return own ? formatDate(completeYear(own, dates.published)) : null;
}

function newAgreement(kind: AgreementKind, period: Period | null, count: number): AgreementEntity {
  return {
    key: `agreement${count + 1}`,
    kind,
    period,
    records: [],
    parties: [],
    signed: null,
    current: false,
    items: null,
  };
}

const overlap = (a: readonly OrgEntity[], b: readonly OrgEntity[]) =>
  a.filter((x) => b.includes(x)).length;

/** Where a mention without a period belongs: the instrument of its kind it shares parties with. */
function homeOf(record: MentionRecord, agreements: readonly AgreementEntity[]) {
  const sameKind = agreements.filter((a) => a.kind === record.mention.kind);
  if (sameKind.length === 0) return null;
  const scored = sameKind.map((a) => ({
    agreement: a,
    shared: Math.max(0, ...a.records.map((r) => overlap(r.parties, record.parties))),
  }));
  const best = scored.reduce((x, y) => (y.shared > x.shared ? y : x));
  return record.parties.length >= 2 && best.shared === 0 ? null : best.agreement;
}

function recordsOf(
  text: string,
  scans: readonly SentenceScan[],
  registry: OrgRegistry,
  dates: ArticleDates,
) {
  const hasProper = scans.some((s) => s.tokens.some((_, i) => AGREEMENT_KINDS.match(s.tokens, i)));
  const records: MentionRecord[] = [];
  let previous: OrgEntity[] = [];
  for (const scan of scans) {
    const mentions = findAgreementMentions(text, scan, hasProper);
    for (const mention of mentions) {
      const others = mentions.filter((m) => m !== mention);
      const { parties, explicit } = partiesOf(mention, others, registry, previous);
      if (parties.length >= 2) previous = parties;
      const sole = mentions.length === 1 && mention.periods.length <= 1;
      const headline = scan.sentence.line === dates.title?.line;
      records.push({
        mention,
        parties,
        signing: signingOf(mention, dates),
        sole,
        explicit,
        headline,
      });
    }
  }
  return records;
}

export function buildAgreements(
  text: string,
  scans: readonly SentenceScan[],
  registry: OrgRegistry,
  dates: ArticleDates,
): AgreementEntity[] {
  const records = recordsOf(text, scans, registry, dates);
  const agreements: AgreementEntity[] = [];
  const byKey = new Map<string, AgreementEntity>();
  for (const record of records) {
    for (const period of record.mention.periods) {
      const key = `${record.mention.kind}|${period.from}|${period.to}`;
      let agreement = byKey.get(key);
      if (!agreement) {
        agreement = newAgreement(record.mention.kind, period, agreements.length);
        byKey.set(key, agreement);
        agreements.push(agreement);
      }
      agreement.records.push(record);
    }
  }
  // Mentions that name their parties found instruments before those that do not ("Ký kết quy
  // chế, chương trình phối hợp" in a headline joins the body's instrument, not the reverse).
  const periodless = records.filter((r) => r.mention.periods.length === 0);
  const informed = periodless.filter((r) => r.parties.length >= 2);
  for (const record of [...informed, ...periodless.filter((r) => !informed.includes(r))]) {
    let home = homeOf(record, agreements);
    if (!home) {
      home = newAgreement(record.mention.kind, null, agreements.length);
      agreements.push(home);
    }
    home.records.push(record);
  }
  for (const agreement of agreements) settle(agreement);
  for (const agreement of agreements) inherit(agreement, agreements);
  return agreements
    .sort((a, b) => first(a) - first(b))
    .map((a, i) => ({ ...a, key: `agreement${i + 1}` }));
}

/** Where an instrument is first named in the body; the headline only when the body never does. */
function first(agreement: AgreementEntity): number {
  const body = agreement.records.filter((r) => !r.headline);
  const records = body.length > 0 ? body : agreement.records;
  return Math.min(...records.map((r) => r.mention.words.start));
}

/** How clearly a mention gives the parties: "giữa A và B" in the body first, the headline last. */
function clarity(record: MentionRecord): number {
  if (record.parties.length < 2) return 0;
  const form = record.explicit ? 2 : record.sole ? 1 : 0;
  return form === 0 ? 0 : form + (record.headline ? 0 : 2);
}

/** Parties from the clearest mention, else from all of them; the signing from the first. */
function settle(agreement: AgreementEntity) {
  const { records } = agreement;
  const clearest = records.reduce<MentionRecord | null>(
    (best, r) => (clarity(r) > (best ? clarity(best) : 0) ? r : best),
    null,
  );
  agreement.parties = clearest?.parties ?? [...new Set(records.flatMap((r) => r.parties))];
  const signing = records.find((r) => r.signing !== undefined);
  agreement.signed = signing?.signing ?? null;
  agreement.current = signing !== undefined;
}

/** A phase only referred to ("Qua 5 năm triển khai chương trình giai đoạn 2013 - 2018") is
 * between the same bodies as the instrument of its kind signed now. */
function inherit(agreement: AgreementEntity, all: readonly AgreementEntity[]) {
  if (agreement.parties.length >= 2) return;
  const donor = all.find(
    (a) => a !== agreement && a.kind === agreement.kind && a.parties.length >= 2,
  );
  if (donor) agreement.parties = [...new Set([...agreement.parties, ...donor.parties])];
}
