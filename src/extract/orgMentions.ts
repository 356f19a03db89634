// The grammar of an organisation's name in official writing:
//   [standing body] head [descriptor | number | proper name] [parent committee] [level [place]]
//   [(parent unit)]
// "Ban Dân vận Quận ủy Tân Bình", "Bộ Chỉ huy BĐBP tỉnh Lai Châu", "BTV Hội LHPN tỉnh",
// "Sư đoàn 10 (Quân đoàn 3)". Heads and descriptors come from the lexicon; a head that needs a
// qualifier and has none ("Công an", "BĐBP") is marked bare, to be read only as another
// spelling of a body named in full elsewhere.
import type { HeadEntry } from './lexicon';
import { COUNTRIES, HEADS, LEVELS, PARTY_UNITS } from './lexicon';
import type { Draft } from './orgCore';
import { parseCore, startsBody } from './orgCore';
import type { Place } from './places';
import { capitalRun, nameStart, parseLevelPlace, placeOf } from './places';
import type { Token } from './tokens';
import { abbreviationNoteEnd } from './tokens';
import type { Span } from './types';
import { PhraseTable } from './phrases';

export interface ParentCommittee {
  /** "Tỉnh ủy", "Đảng bộ". */
  display: string;
  key: string;
  level: string | null;
  place: Place | null;
}

export interface OrgMention {
  /** Token indices [start, end) in the sentence's tokens. */
  start: number;
  end: number;
  /** Offsets of the written form in the normalised text. */
  textStart: number;
  textEnd: number;
  standing: string | null;
  head: HeadEntry;
  /** Head with descriptor or number, canonical spelling: "Ban Dân vận", "Sư đoàn 10". */
  core: string;
  coreKey: string;
  parent: ParentCommittee | null;
  level: string | null;
  place: Place | null;
  /** A station's own name ("Đồn Biên phòng Cửa Đại"): not a place of any level. */
  ownName: Span | null;
  /** The parent unit in brackets ("Quân đoàn 3"). */
  paren: Span | null;
  /**
   * Several bodies named as one party: the words after the head ("các xã Ia Nan, Ia Dom") or,
   * with `whole`, the whole phrase ("các Đồn Biên phòng đóng quân trên địa bàn huyện").
   */
  collective: (Span & { whole: boolean }) | null;
  bare: boolean;
}

export interface OrgContext {
  /** Inside a post ("Trưởng ban Dân vận huyện ủy"): heads may be lower-case. */
  title: boolean;
  /** A person's name may follow the organisation directly. */
  personAfter: boolean;
  /** The head may start inside an abbreviation ("TVTU" = Thường vụ + Tỉnh ủy). */
  partial?: boolean;
  /** Descriptors from the lexicon only, none read by shape. */
  lexiconOnly?: boolean;
}

const STANDING = new PhraseTable<string>([
  ['Ban Thường vụ', 'Ban Thường vụ'],
  ['Ban Thường trực', 'Ban Thường trực'],
  ['Thường trực', 'Thường trực'],
]);

/** "Tỉnh ủy", "huyện ủy Lý Nhân", "Đảng bộ tỉnh" after a board's name. */
function parseParent(text: string, tokens: readonly Token[], start: number, context: OrgContext) {
  const committee = HEADS.match(tokens, start);
  if (committee && committee.value.kind === 'committee') {
    const place = directPlace(text, tokens, committee.end, context);
    const parent: ParentCommittee = {
      display: committee.value.phrase,
      key: committee.value.key,
      level: committee.value.level,
      place: place?.place ?? null,
    };
    return { parent, end: place?.end ?? committee.end };
  }
  const unit = PARTY_UNITS.match(tokens, start);
  const level = unit && parseLevelPlace(text, tokens, unit.end, context.personAfter);
  if (!unit || !level) return null;
  const parent = { display: unit.value, key: 'đảng bộ', level: level.level, place: level.place };
  return { parent, end: level.end };
}

/** A proper name written straight after a head: "Quận ủy Tân Bình", "Công an Hà Tĩnh". */
function directPlace(text: string, tokens: readonly Token[], start: number, context: OrgContext) {
  const group = tokens[start - 1]?.group;
  if (tokens[start]?.abbr && tokens[start].group !== group) {
    // "Thành ủy TPHCM", "Bộ Chỉ huy BĐBP TPHCM": a written place abbreviation.
    const level = parseLevelPlace(text, tokens, start);
    if (level?.place) return level;
  }
  if (tokens[start]?.abbr || startsBody(text, tokens, start)) return null;
  const run = capitalRun(text, tokens, start, context.personAfter ? 9 : 4);
  let end = context.personAfter ? nameStart(text, tokens, start, run) : run;
  if (end === run) end = Math.min(run, start + 4);
  if (end === start) return null;
  return { level: null, place: placeOf(tokens, start, end), end };
}

/**
 * The organisation named at tokens[start], or null. In a post (`context.title`) the head may be
 * lower-case ("Trưởng ban Dân vận huyện ủy").
 */
export function parseOrg(
  text: string,
  tokens: readonly Token[],
  start: number,
  context: OrgContext,
): OrgMention | null {
  const standing = STANDING.match(tokens, start, context.partial);
  if (standing && (context.title || tokens[start].cap)) {
    const inner = parseUnit(text, tokens, standing.end, { ...context, title: true });
    if (inner) return finish(tokens, { ...inner, start }, standing.value);
  }
  if (tokens[start]?.key === 'các') return parseStationed(text, tokens, start, context);
  const unit = parseUnit(text, tokens, start, context);
  return unit && finish(tokens, unit, null);
}

const STATIONED = new PhraseTable<string>([
  ['đóng quân trên địa bàn', 'đóng quân'],
  ['đứng chân trên địa bàn', 'đứng chân'],
  ['trên địa bàn', 'trên địa bàn'],
]);

/** "các Đồn Biên phòng đóng quân trên địa bàn huyện": every unit of a kind in one place. */
function parseStationed(
  text: string,
  tokens: readonly Token[],
  start: number,
  context: OrgContext,
) {
  const unit = parseUnit(text, tokens, start + 1, context);
  const where = unit && unit.bare ? STATIONED.match(tokens, unit.end) : null;
  const place = where && parseLevelPlace(text, tokens, where.end);
  if (!unit || !place) return null;
  const collective = { start: tokens[start].start, end: tokens[place.end - 1].end, whole: true };
  return finish(tokens, { ...unit, start, end: place.end, bare: false, collective }, null);
}

/** "UBND các xã Ia Nan, Ia Dom và Ia Pnôn": the bodies of several places named as one party. */
function severalPlaces(text: string, tokens: readonly Token[], draft: Draft): number | null {
  if (tokens[draft.end]?.key !== 'các') return null;
  const level = LEVELS.match(tokens, draft.end + 1);
  if (!level) return null;
  let end = level.end;
  while (
    end < tokens.length &&
    end - level.end < 3 &&
    !tokens[end].cap &&
    tokens[end].kind === 'word'
  ) {
    end++;
  }
  let names = 0;
  for (;;) {
    const run = capitalRun(text, tokens, end, 4);
    if (run === end) break;
    names++;
    end = run;
    const glue = tokens[end]?.key;
    if ((glue !== ',' && glue !== 'và') || !tokens[end + 1]?.cap) break;
    end++;
  }
  return names >= 1 ? end : null;
}

function finish(tokens: readonly Token[], draft: Draft, standing: string | null): OrgMention {
  return {
    ...draft,
    standing,
    textStart: tokens[draft.start].start,
    textEnd: tokens[draft.end - 1].end,
  };
}

function parseUnit(text: string, tokens: readonly Token[], start: number, context: OrgContext) {
  const core = parseCore(text, tokens, start, context);
  if (!core) return null;
  const draft = core.head.kind === 'national' ? core : qualify(text, tokens, core, context);
  // "Hội Nông dân các cấp": every body of that kind, not one.
  if (tokens[draft.end]?.key === 'các' && tokens[draft.end + 1]?.key === 'cấp') return null;
  return draft;
}

function qualify(text: string, tokens: readonly Token[], core: Draft, context: OrgContext): Draft {
  const draft = { ...core, end: abbreviationNoteEnd(tokens, core.end) };
  const kind = draft.head.kind;
  const several = kind === 'unit' ? severalPlaces(text, tokens, draft) : null;
  if (several !== null) {
    const collective = {
      start: tokens[draft.end].start,
      end: tokens[several - 1].end,
      whole: false,
    };
    return { ...draft, end: several, collective, bare: false };
  }
  const parent = kind === 'committee' ? null : parseParent(text, tokens, draft.end, context);
  if (parent) {
    draft.parent = parent.parent;
    draft.end = parent.end;
  } else if (draft.head.needs === 'name') {
    const end = capitalRun(text, tokens, draft.end, 4);
    if (end > draft.end)
      draft.ownName = { start: tokens[draft.end].start, end: tokens[end - 1].end };
    draft.end = end;
  } else {
    const level = parseLevelPlace(text, tokens, draft.end, context.personAfter);
    const place = level ?? (kind === 'open' ? null : directPlace(text, tokens, draft.end, context));
    if (place) {
      const national = !place.level && place.place !== null && COUNTRIES.has(place.place.key);
      draft.level = place.level ?? (place.place && !national ? draft.head.level : null);
      draft.place = place.place;
      draft.end = place.end;
    }
  }
  if (draft.head.needs === 'num') addParenthesis(text, tokens, draft, context);
  if (draft.head.hosted) addHost(text, tokens, draft, context);
  draft.bare = !draft.parent && !draft.level && !draft.place && !draft.ownName;
  if (draft.bare && kind === 'committee' && draft.head.level !== null) draft.bare = false;
  if (draft.bare && draft.head.needs === 'num') draft.bare = false;
  return draft;
}

/** "Sư đoàn 10 (Quân đoàn 3)": the parent unit in brackets belongs to the name. */
function addParenthesis(text: string, tokens: readonly Token[], draft: Draft, context: OrgContext) {
  if (tokens[draft.end]?.key !== '(') return;
  const inner = parseUnit(text, tokens, draft.end + 1, context);
  if (!inner || tokens[inner.end]?.key !== ')') return;
  draft.paren = { start: tokens[inner.start].start, end: tokens[inner.end - 1].end };
  draft.end = inner.end + 1;
}

/**
 * "Đoàn Thanh niên Công an huyện", "Công đoàn Sở Y tế": a mass organisation with no place of its
 * own, followed straight by a unit named in full, is that unit's own organisation.
 */
function addHost(text: string, tokens: readonly Token[], draft: Draft, context: OrgContext) {
  if (draft.parent || draft.level || draft.place || draft.ownName) return;
  const host = parseUnit(text, tokens, draft.end, { ...context, lexiconOnly: true });
  if (!host || host.bare || host.head.kind === 'committee' || host.head.kind === 'national') return;
  draft.ownName = { start: tokens[host.start].start, end: tokens[host.end - 1].end };
  draft.end = host.end;
}
