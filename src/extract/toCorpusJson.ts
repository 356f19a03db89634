// The corpus annotation schema (shared/corpus/README.md) for an Extraction: organisations and
// parties by name, a person's bodies once each, unknown values as null.
import type { Extraction } from './types';

export interface CorpusJson {
  source: { url: null; title: string | null; published: string | null };
  people: { name: string; rank: string | null; titles: string[]; orgs: string[] }[];
  organisations: { name: string; aliases: string[] }[];
  agreements: {
    name: string;
    kind: string;
    parties: string[];
    signed: string | null;
    period: { from: number; to: number } | null;
    items: number | null;
    themes: string[];
  }[];
  themes: { name: string; quoted: boolean }[];
}

export function toCorpusJson(extraction: Extraction): CorpusJson {
  const orgName = new Map(extraction.organisations.map((o) => [o.key, o.name]));
  const themeName = new Map(extraction.themes.map((t) => [t.key, t.name]));
  const names = (keys: readonly (string | null)[], table: Map<string, string>) => [
    ...new Set(keys.flatMap((key) => (key && table.has(key) ? [table.get(key) as string] : []))),
  ];
  return {
    source: { url: null, title: extraction.title, published: extraction.published },
    people: extraction.people.map((p) => ({
      name: p.name,
      rank: p.rank || null,
      titles: p.titles,
      orgs: names(p.titleOrgs, orgName),
    })),
    organisations: extraction.organisations.map((o) => ({ name: o.name, aliases: o.aliases })),
    agreements: extraction.agreements.map((a) => ({
      name: a.name,
      kind: a.kind,
      parties: names(a.parties, orgName),
      signed: a.signed,
      period:
        a.periodFrom === null || a.periodTo === null
          ? null
          : { from: a.periodFrom, to: a.periodTo },
      items: a.items,
      themes: names(a.themes, themeName),
    })),
    themes: extraction.themes.map((t) => ({ name: t.name, quoted: t.quoted })),
  };
}
