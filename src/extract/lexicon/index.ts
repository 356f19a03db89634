// The word lists the rules read, loaded from the JSON beside this file and indexed for matching
// (abbreviations are the one table in src/model/abbreviations.ts, shared with entity resolution).
// The lists are general knowledge of Vietnamese official writing (posts, ranks, kinds of bodies,
// place levels), never names taken from particular articles.
import { foldForSearch } from '../../model/text';
import type { AgreementKind } from '../types';
import { PhraseTable } from '../phrases';
import agreementsData from './agreements.json';
import functionWords from './functionWords.json';
import descriptorsData from './orgDescriptors.json';
import headsData from './orgHeads.json';
import placesData from './places.json';
import themesData from './themes.json';
import titlesData from './titles.json';

/** What an organisation head needs after it to name one body. */
export type HeadNeeds = 'desc' | 'qual' | 'num' | 'name' | 'parent' | 'none';

export interface HeadEntry {
  phrase: string;
  kind: 'committee' | 'unit' | 'open' | 'national';
  needs: HeadNeeds;
  /** Merge key of the head: spellings of one kind of body share it. */
  key: string;
  /** The administrative level a committee belongs to, or a unit's usual level. */
  level: string | null;
  /** Descriptor family for open heads ("Ban" + "Dân vận"). */
  family: string | null;
  fallback: boolean;
  /** A mass organisation a unit may host: "Đoàn Thanh niên Công an huyện". */
  hosted: boolean;
}

const lower = (phrase: string) => phrase.toLowerCase();

function headEntries(): HeadEntry[] {
  const base = { level: null, family: null, fallback: false, hosted: false };
  return [
    ...headsData.committees.map((h) => ({
      ...base,
      phrase: h.phrase,
      kind: 'committee' as const,
      needs: 'none' as const,
      key: lower(h.phrase),
      level: h.level,
    })),
    ...headsData.units.map((h) => ({
      ...base,
      phrase: h.phrase,
      kind: 'unit' as const,
      needs: h.needs as HeadNeeds,
      key: 'key' in h && h.key ? h.key : lower(h.phrase),
      level: 'defaultLevel' in h && h.defaultLevel ? h.defaultLevel : null,
      hosted: 'hosted' in h && h.hosted === true,
    })),
    ...headsData.open.map((h) => ({
      ...base,
      phrase: h.phrase,
      kind: 'open' as const,
      needs: 'desc' as const,
      key: lower(h.phrase),
      family: h.family,
      fallback: h.fallback,
    })),
    ...headsData.national.map((phrase) => ({
      ...base,
      phrase,
      kind: 'national' as const,
      needs: 'none' as const,
      key: lower(phrase),
    })),
  ];
}

const HEAD_ENTRIES = headEntries();
export const HEADS = new PhraseTable<HeadEntry>(HEAD_ENTRIES.map((h) => [h.phrase, h]));
/** Party committees by lower-case name: "tỉnh ủy" → its entry. */
export const COMMITTEES = new Map(
  HEAD_ENTRIES.filter((h) => h.kind === 'committee').map((h) => [h.key, h]),
);

export const DESCRIPTORS = new Map<string, PhraseTable<string>>(
  Object.entries(descriptorsData as Record<string, string[]>).map(([family, phrases]) => [
    family,
    new PhraseTable(phrases.map((phrase) => [phrase, phrase])),
  ]),
);

export interface TitleEntry {
  phrase: string;
  needsOrg: boolean;
  /** A bare post of the whole country ("Tổng Bí thư"): no organisation. */
  bare: boolean;
  /** The body the post itself names: a committee kind, "committee" or "unit" from context. */
  implies: string | null;
}

export const TITLES = new PhraseTable<TitleEntry>(
  titlesData.titles.map((t) => [
    t.phrase,
    {
      phrase: t.phrase,
      needsOrg: 'needsOrg' in t && t.needsOrg === true,
      bare: 'bare' in t && t.bare === true,
      implies: 'implies' in t && t.implies ? t.implies : null,
    },
  ]),
);

/** Every way a title word can start, to stop a name before it: the longest entries only. */
export const RANKS = new PhraseTable<string>(titlesData.ranks.map((r) => [r, r]));
export const HONORIFICS = new PhraseTable<string>(titlesData.honorifics.map((h) => [h, h]));

export const LEVELS = new PhraseTable<string>(placesData.levels.map((l) => [l.phrase, l.level]));
export const PARTY_UNITS = new PhraseTable<string>(
  placesData.partyUnits.map((p) => [p.phrase, p.display]),
);
/** Words that never sit inside a body's name: they end a name read by shape alone. */
export const FUNCTION_WORDS = new Set<string>(functionWords);
export const NOT_PEOPLE = new Set(placesData.notPeople.map(lower));
export const SURNAMES = new Set(placesData.surnames.map(lower));
/** Countries: "Bộ đội Biên phòng Việt Nam" is the national force, not a province's. */
export const COUNTRIES = new Set(placesData.countries.map((c) => foldForSearch(c)));

export const AGREEMENT_KINDS = new PhraseTable<AgreementKind>(
  agreementsData.kinds.map((k) => [k.phrase, k.kind as AgreementKind]),
);
export const BARE_AGREEMENTS = new PhraseTable<AgreementKind>(
  agreementsData.bareWithPeriod.map((k) => [k.phrase, k.kind as AgreementKind]),
);
export const BACK_REFERENCES = new PhraseTable<AgreementKind>(
  agreementsData.backReferences.map((k) => [k.phrase, k.kind as AgreementKind]),
);
export const AGREEMENT_WORDS = agreementsData;
export const THEME_WORDS = themesData;
