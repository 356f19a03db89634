// People with the bodies their posts are held at. A post names its body ("Trưởng Ban Dân vận
// Tỉnh ủy"), or implies it: "UVTV", "Ủy viên Ban Thường vụ" belong to the party committee the
// person's other posts name; "Bí thư Đảng ủy" is the party committee of the unit the person
// serves, which folds into that unit; "Tỉnh ủy viên" is a member of the Tỉnh ủy.
import { foldForSearch } from '../model/text';
import { COMMITTEES } from './lexicon';
import type { Identity } from './orgIdentity';
import { onlyPlace } from './orgIdentity';
import type { OrgEntity, OrgRegistry } from './organisations';
import type { ParentCommittee } from './orgMentions';
import type { PersonMention } from './people';
import type { SentenceScan } from './scan';
import type { TitleMention } from './titles';
import type { Span } from './types';

export interface PersonEntity {
  key: string;
  /** Normalised spelling folded, for merging mentions of one person. */
  nameKey: string;
  name: Span;
  rank: Span | null;
  titles: { span: Span; org: OrgEntity | null }[];
  evidence: { span: Span; sentence: Span }[];
}

interface Evidence {
  span: Span;
  sentence: Span;
}

function committeeIdentity(parent: ParentCommittee, registry: OrgRegistry): Identity {
  return {
    standing: null,
    coreKey: parent.key,
    core: parent.display,
    committee: true,
    parent: null,
    level: parent.level,
    place: parent.place ?? onlyPlace(registry.places, parent.level),
    ownName: null,
    ownKey: null,
    collective: null,
    paren: null,
  };
}

/** The party committee a person's other posts name, for "UVTV" and the like. */
function contextCommittee(
  titles: readonly TitleMention[],
  registry: OrgRegistry,
  evidence: Evidence,
): OrgEntity | null {
  for (const { org } of titles) {
    if (!org) continue;
    if (org.head.kind === 'committee' && !org.bare) return registry.entityOf(org) ?? null;
    const parent = registry.entityOf(org)?.identity.parent ?? org.parent;
    if (parent && parent.key !== 'đảng bộ') {
      return registry.ensure(committeeIdentity(parent, registry), evidence);
    }
  }
  const committees = registry.entities.filter((e) => e.identity.committee && e.identity.level);
  return committees.length === 1 ? committees[0] : null;
}

/** The unit a person serves, for a bare "Đảng ủy" or "Đảng ủy viên". */
function contextUnit(titles: readonly TitleMention[], registry: OrgRegistry): OrgEntity | null {
  for (const title of titles) {
    const org = title.unit ?? title.org;
    if (org && org.head.kind !== 'committee') return registry.entityOf(org) ?? null;
  }
  return null;
}

function orgOfTitle(
  title: TitleMention,
  person: PersonMention,
  registry: OrgRegistry,
  evidence: Evidence,
): OrgEntity | null {
  const { titles } = person;
  const side = person.side ? (registry.entityOf(person.side) ?? null) : null;
  if (title.unit) return registry.entityOf(title.unit) ?? null;
  const org = title.org;
  if (org && !(org.head.kind === 'committee' && org.bare)) return registry.entityOf(org) ?? null;
  if (org) return contextUnit(titles, registry) ?? side;
  const { implies, bare } = title.entry;
  if (bare) return null;
  if (!implies) return side;
  if (implies === 'committee') return contextCommittee(titles, registry, evidence);
  if (implies === 'unit') return contextUnit(titles, registry);
  const head = COMMITTEES.get(implies.toLowerCase());
  if (!head) return null;
  const parent = { display: head.phrase, key: head.key, level: head.level, place: null };
  return registry.ensure(committeeIdentity(parent, registry), evidence);
}

const spanOf = (scan: SentenceScan, start: number, end: number): Span => ({
  start: scan.tokens[start].start,
  end: scan.tokens[end - 1].end,
});

function entityOf(text: string, scan: SentenceScan, person: PersonMention, registry: OrgRegistry) {
  const sentence = { start: scan.sentence.start, end: scan.sentence.end };
  const name = spanOf(scan, person.nameStart, person.nameEnd);
  const evidence = { span: name, sentence };
  return {
    key: '',
    nameKey: foldForSearch(text.slice(name.start, name.end)),
    name,
    rank: person.rank && spanOf(scan, person.rank.start, person.rank.end),
    titles: person.titles.map((title) => ({
      span: spanOf(scan, title.start, title.end),
      org: orgOfTitle(title, person, registry, evidence),
    })),
    evidence: [evidence],
  };
}

/** One entity per person, their mentions' posts gathered in order. */
export function buildPeople(
  text: string,
  scans: readonly SentenceScan[],
  registry: OrgRegistry,
): PersonEntity[] {
  const people: PersonEntity[] = [];
  for (const scan of scans) {
    for (const mention of scan.people) {
      const entity = entityOf(text, scan, mention, registry);
      const known = people.find((p) => p.nameKey === entity.nameKey);
      if (!known) {
        people.push({ ...entity, key: `person${people.length + 1}` });
        continue;
      }
      known.rank ??= entity.rank;
      known.evidence.push(...entity.evidence);
      const seen = new Set(
        known.titles.map((t) => foldForSearch(text.slice(t.span.start, t.span.end))),
      );
      for (const title of entity.titles) {
        if (!seen.has(foldForSearch(text.slice(title.span.start, title.span.end))))
          known.titles.push(title);
      }
    }
  }
  return people;
}
