// Turns what the rules found into the Extraction contract: strings cut from the article as
// written, spans mapped back to the caller's original text, candidates linked by key.
import type { AgreementEntity } from './agreements';
import type { ArticleFrame } from './article';
import { formatDate } from './dates';
import type { NormalisedText } from './normalise';
import { canonicalName } from './orgIdentity';
import type { OrgRegistry } from './organisations';
import { orderedEntities } from './organisations';
import type { PersonEntity } from './personEntities';
import type { QuotedTheme } from './themes';
import type { Topic } from './topics';
import type {
  AgreementCandidate,
  Evidence,
  Extraction,
  OrganisationCandidate,
  PersonCandidate,
  Span,
  ThemeCandidate,
} from './types';

interface Found {
  normalised: NormalisedText;
  frame: ArticleFrame;
  registry: OrgRegistry;
  people: PersonEntity[];
  agreements: AgreementEntity[];
  quoted: QuotedTheme[];
  topics: Topic[];
}

/** Compares names the way the corpus does: case, dashes, quotes and spaces aside. */
export const sameName = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/["'“”‘’]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

function helpers(normalised: NormalisedText) {
  const show = (span: Span) =>
    normalised.display.slice(span.start, span.end).replace(/\s+/gu, ' ').trim();
  const evidence = (span: Span, sentence: Span): Evidence => ({
    span: normalised.toOriginal(span),
    sentence: normalised.toOriginal(sentence),
  });
  return { show, evidence };
}

type Helpers = ReturnType<typeof helpers>;

function organisations(registry: OrgRegistry, h: Helpers): OrganisationCandidate[] {
  return orderedEntities(registry).map((entity) => {
    const name = canonicalName(entity.identity, h.show);
    const seen = new Set([sameName(name)]);
    const aliases: string[] = [];
    for (const mention of entity.mentions.filter((m) => m.written)) {
      const alias = h.show(mention.span);
      if (!seen.has(sameName(alias))) aliases.push(alias);
      seen.add(sameName(alias));
    }
    const evidence = entity.mentions.map((m) => h.evidence(m.span, m.sentence));
    return { key: entity.key, name, aliases, evidence };
  });
}

function people(found: Found, h: Helpers): PersonCandidate[] {
  return found.people.map((person) => ({
    key: person.key,
    name: h.show(person.name),
    rank: person.rank ? h.show(person.rank) : '',
    titles: person.titles.map((t) => h.show(t.span)),
    titleOrgs: person.titles.map((t) => t.org?.key ?? null),
    evidence: person.evidence.map((e) => h.evidence(e.span, e.sentence)),
  }));
}

function themes(found: Found, h: Helpers) {
  const list: (ThemeCandidate & { at: number; nameKey: string })[] = [];
  const seen = new Set<string>();
  const add = (span: Span, sentence: Span, quoted: boolean) => {
    const name = h.show(span);
    const key = sameName(name);
    const known = list.find((t) => t.nameKey === key && t.quoted === quoted);
    if (known) known.evidence.push(h.evidence(span, sentence));
    if (known || seen.has(key)) return;
    seen.add(key);
    list.push({
      key: `theme${list.length + 1}`,
      name,
      quoted,
      evidence: [h.evidence(span, sentence)],
      at: span.start,
      nameKey: key,
    });
  };
  for (const theme of found.quoted) add(theme.span, theme.sentence, true);
  for (const topic of found.topics) add(topic.span, topic.sentence, false);
  return list;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The instrument's own words from its fullest mention in the body, the period appended. */
function agreementName(agreement: AgreementEntity, titleLine: number, h: Helpers): string {
  const body = agreement.records.filter((r) => r.mention.scan.sentence.line !== titleLine);
  const signing = body.filter((r) => r.signing !== undefined);
  const pool = signing.length > 0 ? signing : body.length > 0 ? body : agreement.records;
  const best = pool.reduce((a, b) => {
    const length = (r: typeof a) => r.mention.words.end - r.mention.words.start;
    return length(b) > length(a) ? b : a;
  });
  const words = capitalised(h.show(best.mention.words));
  return agreement.period ? `${words} ${h.show(agreement.period)}` : words;
}

/** Each theme belongs to the instrument named last before it (or the first one). */
function themeOwners(agreements: readonly AgreementEntity[], themeList: { at: number }[]) {
  return themeList.map((theme) => {
    let owner = agreements[0];
    let best = -1;
    for (const agreement of agreements) {
      for (const record of agreement.records) {
        const at = record.mention.scan.tokens[record.mention.start].start;
        if (at <= theme.at && at > best) [owner, best] = [agreement, at];
      }
    }
    return owner;
  });
}

function agreements(found: Found, themeList: ReturnType<typeof themes>, h: Helpers) {
  const owners = themeOwners(found.agreements, themeList);
  const titleLine = found.frame.title?.line ?? -1;
  return found.agreements.map((agreement): AgreementCandidate => ({
    key: agreement.key,
    name: agreementName(agreement, titleLine, h),
    kind: agreement.kind,
    parties: agreement.parties.map((p) => p.key),
    signed: agreement.signed,
    periodFrom: agreement.period?.from ?? null,
    periodTo: agreement.period?.to ?? null,
    items: agreement.items,
    themes: themeList.filter((_, i) => owners[i] === agreement).map((t) => t.key),
    attendees: agreement.current ? found.people.map((p) => p.key) : [],
    evidence: agreement.records.map((r) =>
      h.evidence(r.mention.words, {
        start: r.mention.scan.sentence.start,
        end: r.mention.scan.sentence.end,
      }),
    ),
  }));
}

export function toExtraction(found: Found): Extraction {
  const h = helpers(found.normalised);
  const themeList = themes(found, h);
  const { title, published } = found.frame;
  return {
    title: title ? h.show(title) : null,
    published: published?.year ? formatDate(published) : null,
    people: people(found, h),
    organisations: organisations(found.registry, h),
    agreements: agreements(found, themeList, h),
    themes: themeList.map(({ at: _at, nameKey: _key, ...theme }) => theme),
  };
}
