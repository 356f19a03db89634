// People as official news names them: after "đồng chí" / "ông" / "bà" or a rank ("Đại tá Nguyễn
// Văn A"), before their posts in an attendee list ("Trương Văn B, Ủy viên Ban Thường vụ…"), or
// after their posts ("Phó Chủ tịch UBND tỉnh Lê Văn C"). A run of capitals alone is never a
// person: places and bodies are capitalised too.
import { HEADS, HONORIFICS, LEVELS, NOT_PEOPLE, RANKS, TITLES } from './lexicon';
import { capitalRun, looksLikeName } from './places';
import type { OrgMention } from './orgMentions';
import type { TitleMention } from './titles';
import { parseTitles } from './titles';
import type { Token } from './tokens';

export interface PersonMention {
  /** Token range of the whole mention, posts included. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  rank: { start: number; end: number } | null;
  titles: TitleMention[];
  /** The body the clause speaks for ("về phía Bộ đội Biên phòng… có Đại tá X, Chính ủy"). */
  side?: OrgMention;
}

const LIST_BOUNDARIES = new Set([';', ':', ',', 'có', 'và', '(']);

/** The person mentioned at tokens[start], if a cue says it is one. */
export function parsePerson(text: string, tokens: readonly Token[], start: number) {
  return (
    cued(text, tokens, start) ?? titledFirst(text, tokens, start) ?? listed(text, tokens, start)
  );
}

/** Vietnamese names have two to five syllables; a cue admits longer foreign ones. */
const LONGEST_NAME = 7;

function nameRun(text: string, tokens: readonly Token[], start: number, needSurname: boolean) {
  const end = capitalRun(text, tokens, start, needSurname ? 5 : LONGEST_NAME);
  if (end - start < 2 || tokens.slice(start, end).some((t) => t.abbr)) return null;
  const name = text.slice(tokens[start].start, tokens[end - 1].end).toLowerCase();
  if (NOT_PEOPLE.has(name)) return null;
  if (needSurname && !looksLikeName(text, tokens, start, end)) return null;
  return end;
}

/** Posts after the name, behind a comma or a dash. */
function postsAfter(text: string, tokens: readonly Token[], nameEnd: number) {
  const separator = tokens[nameEnd]?.key;
  if (separator !== ',' && separator !== '-') return [];
  return parseTitles(text, tokens, nameEnd + 1, false);
}

/** "đồng chí Đại tá Nguyễn Trường Sơn, Phó Giám đốc Công an tỉnh". */
function cued(text: string, tokens: readonly Token[], start: number): PersonMention | null {
  const honorific = HONORIFICS.match(tokens, start);
  let at = honorific?.end ?? start;
  const rankMatch = RANKS.match(tokens, at);
  if (!honorific && !rankMatch) return null;
  const rank = rankMatch ? { start: at, end: rankMatch.end } : null;
  at = rankMatch?.end ?? at;
  const nameEnd = nameRun(text, tokens, at, false);
  if (nameEnd === null) return null;
  const titles = postsAfter(text, tokens, nameEnd);
  const end = titles.at(-1)?.end ?? nameEnd;
  return { start, end, nameStart: at, nameEnd, rank, titles };
}

/** "Phó trưởng Ban Dân vận Thành ủy TPHCM Ngô Văn Luận". */
function titledFirst(text: string, tokens: readonly Token[], start: number): PersonMention | null {
  if (!tokens[start].cap || !TITLES.match(tokens, start, true)) return null;
  const titles = parseTitles(text, tokens, start, true);
  if (titles.length === 0) return null;
  let at = titles[titles.length - 1].end;
  const rankMatch = RANKS.match(tokens, at);
  const rank = rankMatch ? { start: at, end: rankMatch.end } : null;
  at = rankMatch?.end ?? at;
  const nameEnd = nameRun(text, tokens, at, true);
  if (nameEnd === null) return null;
  return { start, end: nameEnd, nameStart: at, nameEnd, rank, titles };
}

/** "Trương Tấn Sơn, Ủy viên Ban Thường vụ Quận ủy" at the start of a list item. */
function listed(text: string, tokens: readonly Token[], start: number): PersonMention | null {
  const previous = tokens[start - 1];
  if (previous && !LIST_BOUNDARIES.has(previous.key)) return null;
  if (HEADS.match(tokens, start) || LEVELS.match(tokens, start) || TITLES.match(tokens, start)) {
    return null;
  }
  const nameEnd = nameRun(text, tokens, start, true);
  if (nameEnd === null) return null;
  const titles = postsAfter(text, tokens, nameEnd);
  if (titles.length === 0) return null;
  return {
    start,
    end: titles[titles.length - 1].end,
    nameStart: start,
    nameEnd,
    rank: null,
    titles,
  };
}
