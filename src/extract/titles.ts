// Posts as written after or before a name: a title word from the lexicon and the body it is held
// at ("Trưởng Ban Dân vận Quận ủy", "PCT UBND huyện", "Chính ủy BĐBP tỉnh"), one post per comma-
// or dash-separated item. A post whose body follows a stray comma ("Chính ủy, Bộ CHQS tỉnh") is
// one post.
import type { TitleEntry } from './lexicon';
import { TITLES } from './lexicon';
import type { OrgMention } from './orgMentions';
import { parseOrg } from './orgMentions';
import type { Token } from './tokens';

export interface TitleMention {
  start: number;
  end: number;
  entry: TitleEntry;
  org: OrgMention | null;
  /** The unit a bare "Đảng ủy" folds into when the post names it: "Bí thư Đảng ủy Sư đoàn 10". */
  unit: OrgMention | null;
}

const insideGroup = (tokens: readonly Token[], at: number) =>
  at > 0 && at < tokens.length && tokens[at].group === tokens[at - 1].group;

/** The post at tokens[start]: the longest title word followed by a body, else the longest alone. */
export function parseTitle(
  text: string,
  tokens: readonly Token[],
  start: number,
  personAfter: boolean,
): TitleMention | null {
  if (insideGroup(tokens, start)) return null;
  // "nguyên Phó Giám đốc…": a former post is still written as the post.
  const first = tokens[start]?.key === 'nguyên' ? start + 1 : start;
  // Partial matches let "TVTU" (Thường vụ Tỉnh ủy) split into a post and its body.
  const words = TITLES.matches(tokens, first, true).reverse();
  for (const word of words) {
    const partial = insideGroup(tokens, word.end);
    const from = partial ? word.end : standingEnd(tokens, word.end);
    const org = parseOrg(text, tokens, from, { title: true, personAfter, partial });
    if (org)
      return withUnit(text, tokens, { start, end: org.end, entry: word.value, org, unit: null });
  }
  const alone = words.find((w) => !w.value.needsOrg && !insideGroup(tokens, w.end));
  return alone ? { start, end: alone.end, entry: alone.value, org: null, unit: null } : null;
}

/**
 * "Phó Trưởng ban Thường trực Ban Tuyên giáo…", "Ủy viên Thường trực Ủy ban MTTQ…": "Thường
 * trực" right after a post makes it the standing deputy's post; it is not a standing body.
 */
function standingEnd(tokens: readonly Token[], at: number): number {
  const standing = tokens[at]?.key === 'thường' && tokens[at + 1]?.key === 'trực';
  return standing && !insideGroup(tokens, at) ? at + 2 : at;
}

function withUnit(text: string, tokens: readonly Token[], title: TitleMention): TitleMention {
  const org = title.org;
  if (!org || org.head.kind !== 'committee' || !org.bare) return title;
  const unit = parseOrg(text, tokens, title.end, { title: true, personAfter: true });
  return unit ? { ...title, end: unit.end, unit } : title;
}

const SEPARATORS = new Set([',', '-']);

/** Consecutive posts from tokens[start]: "Thường vụ Tỉnh ủy, Trưởng Ban Dân vận". */
export function parseTitles(
  text: string,
  tokens: readonly Token[],
  start: number,
  personAfter: boolean,
): TitleMention[] {
  const titles: TitleMention[] = [];
  let at = start;
  for (;;) {
    if (tokens[at]?.key === 'kiêm') at++;
    const title = parseTitle(text, tokens, at, personAfter);
    const last = titles.at(-1);
    if (title) {
      titles.push(title);
    } else if (last && !last.org && tokens[at - 1]?.key === ',') {
      const org = parseOrg(text, tokens, at, { title: true, personAfter });
      if (!org) break;
      titles[titles.length - 1] = { ...last, end: org.end, org };
    } else {
      break;
    }
    const end = titles[titles.length - 1].end;
    if (!SEPARATORS.has(tokens[end]?.key ?? '')) return titles;
    at = end + 1;
  }
  return titles;
}
