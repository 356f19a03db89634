// Walks one sentence's tokens once and records every person, organisation and place mention,
// each read by the first rule that accepts it (people first: their posts contain bodies).
import type { OrgMention } from './orgMentions';
import { parseOrg } from './orgMentions';
import type { PersonMention } from './people';
import { parsePerson } from './people';
import type { LevelPlace } from './places';
import { parseLevelPlace } from './places';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { tokenize } from './tokens';

/** Why an organisation is named where it is. */
export type OrgRole =
  /** Named in running text: it acts, signs, attends, advises. */
  | 'text'
  /** Named in a person's post. */
  | 'post'
  /** Inside quotation marks, a place ("tại Hội trường…") or an anniversary: not acting. */
  | 'aside';

export interface ScannedOrg {
  mention: OrgMention;
  role: OrgRole;
}

export interface SentenceScan {
  sentence: Sentence;
  tokens: Token[];
  orgs: ScannedOrg[];
  people: PersonMention[];
  places: LevelPlace[];
}

const ASIDE_BEFORE = new Set(['tại', 'ở', 'trường', 'sở', 'lập', 'niệm', 'thống', 'nguồn']);

function roleOf(tokens: readonly Token[], start: number, inQuote: boolean): OrgRole {
  if (inQuote) return 'aside';
  const colon = tokens[start - 1]?.key === ':';
  const previous = tokens[colon ? start - 2 : start - 1]?.key;
  // "tại Hội trường Công an tỉnh", "thành lập Hội…", "kỷ niệm … năm", "truyền thống", a credit
  // "Nguồn: Báo …": not acting.
  return previous && ASIDE_BEFORE.has(previous) ? 'aside' : 'text';
}

function postOrgs(person: PersonMention): ScannedOrg[] {
  return person.titles.flatMap((title) =>
    [title.org, title.unit].flatMap((org) =>
      org ? [{ mention: org, role: 'post' as const }] : [],
    ),
  );
}

export function scanSentence(text: string, sentence: Sentence): SentenceScan {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const scan: SentenceScan = { sentence, tokens, orgs: [], people: [], places: [] };
  let inQuote = false;
  let side: OrgMention | undefined;
  for (let i = 0; i < tokens.length;) {
    const key = tokens[i].key;
    if (key === '“' || key === '”') {
      inQuote = key === '“';
      i++;
      continue;
    }
    // "về phía địa phương có…": a new side, whether or not a body names it.
    if (key === 'phía') side = undefined;
    const person = inQuote ? null : parsePerson(text, tokens, i);
    if (person) {
      scan.people.push(side ? { ...person, side } : person);
      scan.orgs.push(...postOrgs(person));
      i = person.end;
      continue;
    }
    const org = parseOrg(text, tokens, i, { title: false, personAfter: false });
    if (org) {
      scan.orgs.push({ mention: org, role: roleOf(tokens, i, inQuote) });
      // "về phía Bộ Chỉ huy Quân sự tỉnh có Đại tá X, Chính ủy; Thiếu tá Y, Phó Chính ủy": X's
      // and Y's bare posts are held there, until another "về phía" or the sentence's end.
      if (tokens[i - 1]?.key === 'phía') side = org;
      i = org.end;
      continue;
    }
    const place = parseLevelPlace(text, tokens, i);
    if (place?.place) scan.places.push(place);
    i = place?.place ? place.end : i + 1;
  }
  return scan;
}
