// Which body a mention names, as comparable fields: two mentions name one body when no field
// disagrees ("Ban Dân vận" fits "Ban Dân vận Tỉnh ủy"; "Công an tỉnh" does not fit "Công an
// huyện Duy Tiên"). Missing places are filled from the article when it names only one place of
// that level, so "Ban Dân tộc tỉnh" in an article about "tỉnh Lai Châu" is that province's.
import type { OrgMention, ParentCommittee } from './orgMentions';
import type { Place } from './places';
import { foldForSearch } from '../model/text';
import type { Span } from './types';

export interface Identity {
  standing: string | null;
  coreKey: string;
  /** Canonical spelling of the head and descriptor: "Ủy ban Mặt trận Tổ quốc Việt Nam". */
  core: string;
  committee: boolean;
  parent: ParentCommittee | null;
  level: string | null;
  place: Place | null;
  ownName: Span | null;
  /** The own name (or the collective's words) folded, for comparing. */
  ownKey: string | null;
  collective: (Span & { whole: boolean }) | null;
  paren: Span | null;
}

/** Reads a span of the article as written. */
export type Show = (span: Span) => string;

/** Places the article names, by level: "huyện" → {"cam xuyen" → Cẩm Xuyên}. */
export type ArticlePlaces = Map<string, Map<string, Place>>;

export function addPlace(places: ArticlePlaces, level: string | null, place: Place | null) {
  if (!level || !place) return;
  const known = places.get(level) ?? new Map<string, Place>();
  if (!known.has(place.key)) known.set(place.key, place);
  places.set(level, known);
}

export function onlyPlace(places: ArticlePlaces, level: string | null): Place | null {
  const known = level ? places.get(level) : undefined;
  return known?.size === 1 ? [...known.values()][0] : null;
}

const keyOf = (text: string, span: Span | null) =>
  span && foldForSearch(text.slice(span.start, span.end));

/** "các xã Ia Nan, Ia Dom và Ia Pnôn" and "các xã biên giới Ia Dom, Ia Nan, Ia Pnôn" meet. */
function collectiveKey(text: string, span: Span): string {
  const names = text
    .slice(span.start, span.end)
    .split(/,|\svà\s/u)
    .map((part) => /\p{Lu}.*$/u.exec(part.trim())?.[0] ?? '')
    .filter(Boolean)
    .map(foldForSearch);
  return names.sort().join('|');
}

export function identityOf(text: string, mention: OrgMention, places: ArticlePlaces): Identity {
  const committee = mention.head.kind === 'committee';
  const level = mention.level ?? (committee ? mention.head.level : null);
  const parent = mention.parent && {
    ...mention.parent,
    place: mention.parent.place ?? onlyPlace(places, mention.parent.level),
  };
  const fillable = level !== null && !mention.ownName;
  return {
    standing: mention.standing,
    coreKey: mention.coreKey,
    core: mention.core,
    committee,
    parent,
    level,
    place: mention.place ?? (fillable ? onlyPlace(places, level) : null),
    ownName: mention.ownName,
    ownKey:
      mention.collective && !mention.collective.whole
        ? collectiveKey(text, mention.collective)
        : keyOf(text, mention.ownName ?? mention.collective),
    collective: mention.collective,
    paren: mention.paren,
  };
}

const fold = (text: string | null | undefined) => text?.toLowerCase() ?? null;

/** Field values compared for merging; null means "not said". */
function fields(identity: Identity): (string | null)[] {
  const { parent } = identity;
  return [
    identity.coreKey,
    fold(identity.standing),
    parent ? `${parent.key}@${parent.place?.key ?? ''}` : null,
    identity.level,
    identity.place?.key ?? null,
    identity.ownKey,
  ];
}

/** How much a mention says: more specific mentions found entities first. */
export function specificity(identity: Identity): number {
  return fields(identity).filter((value) => value !== null && !value.endsWith('@')).length;
}

const fits = (a: string | null | undefined, b: string | null | undefined) => !a || !b || a === b;

export function compatible(a: Identity, b: Identity): boolean {
  const [fa, fb] = [fields(a), fields(b)];
  if (fa[0] !== fb[0] || fa[1] !== fb[1]) return false;
  const parents = !a.parent || !b.parent || a.parent.key === b.parent.key;
  const parentPlaces = fits(a.parent?.place?.key, b.parent?.place?.key);
  return parents && parentPlaces && fa.slice(3).every((value, i) => fits(value, fb[i + 3]));
}

export function sameBody(a: Identity, b: Identity): boolean {
  const [fa, fb] = [fields(a), fields(b)];
  return fa.every((value, i) => value === fb[i]);
}

/** Fills what `into` leaves unsaid from `from`, keeping the longer spelling of the head. */
export function mergeIdentity(into: Identity, from: Identity): Identity {
  return {
    ...into,
    core: from.core.length > into.core.length ? from.core : into.core,
    parent: into.parent?.place || !from.parent ? into.parent : from.parent,
    level: into.level ?? from.level,
    place: into.place ?? from.place,
    ownName: into.ownName ?? from.ownName,
    ownKey: into.ownKey ?? from.ownKey,
    collective: into.collective ?? from.collective,
    paren: into.paren ?? from.paren,
  };
}

/** "Ban Dân vận Quận ủy Tân Bình", "Ủy ban nhân dân TPHCM", "Sư đoàn 10 (Quân đoàn 3)". */
export function canonicalName(identity: Identity, show: Show): string {
  const { parent, place, collective } = identity;
  if (collective) {
    return collective.whole ? show(collective) : `${identity.core} ${show(collective)}`;
  }
  const parts = [identity.standing, identity.core, identity.ownName && show(identity.ownName)];
  if (parent) {
    parts.push(parent.display);
    if (parent.key === 'đảng bộ' && !parent.place?.withLevel) parts.push(parent.level);
    parts.push(parent.place && show(parent.place.span));
  }
  if (!identity.committee && identity.level && !place?.withLevel) parts.push(identity.level);
  parts.push(place && show(place.span));
  if (identity.paren) parts.push(`(${show(identity.paren)})`);
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}
