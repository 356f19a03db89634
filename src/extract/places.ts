// Places as the genre writes them: a level word and a proper name ("huyện Cẩm Xuyên",
// "TP.Hội An", "TPHCM"), and the test that tells a person's name from a place name when a post is
// written before the name ("Chủ tịch Ủy ban MTTQ tỉnh Võ Thanh An").
import { foldForSearch } from '../model/text';
import { HONORIFICS, LEVELS, NOT_PEOPLE, RANKS, SURNAMES, TITLES } from './lexicon';
import { startsBody } from './orgCore';
import type { Token } from './tokens';
import type { Span } from './types';

export interface Place {
  /** Diacritic-free key: "TPHCM" and "TP.HCM" meet under "ho chi minh". */
  key: string;
  /** Where the name is written (normalised offsets): "Hội An", "TPHCM". */
  span: Span;
  /** The written form carries its level ("TPHCM"), so the level word is not repeated. */
  withLevel: boolean;
}

export interface LevelPlace {
  level: string | null;
  place: Place | null;
  end: number;
}

const surface = (text: string, tokens: readonly Token[], start: number, end: number) =>
  text.slice(tokens[start].start, tokens[end - 1].end);

/** True where a post, rank or kind of body starts: a name or place run stops there. */
function startsOtherPhrase(text: string, tokens: readonly Token[], i: number): boolean {
  return (
    RANKS.match(tokens, i) !== null ||
    HONORIFICS.match(tokens, i) !== null ||
    (TITLES.match(tokens, i)?.end ?? i) - i >= 2 ||
    LEVELS.match(tokens, i) !== null ||
    startsBody(text, tokens, i)
  );
}

/** End of the run of capitalised words at `start` (at most `max` syllables). */
export function capitalRun(text: string, tokens: readonly Token[], start: number, max = 5): number {
  let end = start;
  while (end < tokens.length && end - start < max) {
    const token = tokens[end];
    if (token.kind !== 'word' || !token.cap) break;
    if (
      end > start &&
      token.group !== tokens[end - 1].group &&
      startsOtherPhrase(text, tokens, end)
    ) {
      break;
    }
    end++;
    while (end < tokens.length && tokens[end].group === token.group) end++;
  }
  return end;
}

export function placeOf(tokens: readonly Token[], start: number, end: number): Place {
  const span = { start: tokens[start].start, end: tokens[end - 1].end };
  // "TPHCM" expands to "thành phố hồ chí minh": its level words are not part of the key.
  const level = tokens[start].abbr ? LEVELS.match(tokens, start, true) : null;
  const from = level && level.end < end ? level.end : start;
  const key = foldForSearch(
    tokens
      .slice(from, end)
      .map((t) => t.key)
      .join(' '),
  );
  return { key, span, withLevel: from > start };
}

/** A person's name: 2–5 capitalised syllables that start with a surname, not a fixed name. */
export function looksLikeName(text: string, tokens: readonly Token[], start: number, end: number) {
  const length = end - start;
  if (length < 2 || length > 7) return false;
  if (tokens.slice(start, end).some((t) => t.abbr || t.kind !== 'word' || !t.cap)) return false;
  if (NOT_PEOPLE.has(surface(text, tokens, start, end).toLowerCase())) return false;
  return SURNAMES.has(tokens[start].key);
}

/**
 * Where a capitalised run after a level word stops being a place: the longest tail that is a
 * person's name of three or more syllables ("tỉnh Võ Thanh An" → no place, a name) or of two
 * after a place ("tỉnh Hà Tĩnh Lê Hùng"). Returns `end` when no name ends the run.
 */
export function nameStart(text: string, tokens: readonly Token[], start: number, end: number) {
  for (const length of [3, 4, 2, 5]) {
    const from = end - length;
    if (from < start || (length === 2 && from === start)) continue;
    if (looksLikeName(text, tokens, from, end)) return from;
  }
  return end;
}

/** A run of capitals after a level word: "Cẩm Xuyên", "Bà Rịa - Vũng Tàu", "A Lưới 1", "7". */
function placeRun(
  text: string,
  tokens: readonly Token[],
  from: number,
  level: string,
  personAfter: boolean,
) {
  // Districts and wards of the big cities are numbered: "Quận 1", "Phường 7".
  const numbered = level === 'quận' || level === 'phường';
  if (numbered && tokens[from]?.kind === 'number' && /^\d{1,2}$/u.test(tokens[from].key)) {
    return from + 1;
  }
  // With a name possibly after the place, read far enough to see the whole name.
  const run = capitalRun(text, tokens, from, personAfter ? 9 : 4);
  let end = personAfter ? nameStart(text, tokens, from, run) : run;
  if (end === run) end = Math.min(run, from + 4);
  if (end > from && tokens[end]?.key === '-' && tokens[end + 1]?.cap) {
    // "Bà Rịa - Vũng Tàu": a name in two halves.
    const second = capitalRun(text, tokens, end + 1, 3);
    if (second > end + 1 && !tokens[second]?.cap) end = second;
  }
  if (end > from && tokens[end]?.kind === 'number' && /^\d{1,2}$/u.test(tokens[end].key)) end++;
  return end;
}

/** "tỉnh", "huyện Cẩm Xuyên", "TP.Hội An", "TPHCM", with `personAfter` leaving a name alone. */
export function parseLevelPlace(
  text: string,
  tokens: readonly Token[],
  start: number,
  personAfter = false,
): LevelPlace | null {
  const level = LEVELS.match(tokens, start, true);
  if (!level) return null;
  const group = tokens[start].group;
  if (tokens[level.end - 1]?.group === group && tokens[level.end]?.group === group) {
    // One written word holds level and name: "TPHCM".
    let end = level.end;
    while (end < tokens.length && tokens[end].group === group) end++;
    return { level: level.value, place: placeOf(tokens, start, end), end };
  }
  let from = level.end;
  if (tokens[from]?.key === '.' && tokens[from].start === tokens[from - 1].end) from++;
  const end = placeRun(text, tokens, from, level.value, personAfter);
  if (end === from) return { level: level.value, place: null, end: level.end };
  return { level: level.value, place: placeOf(tokens, from, end), end };
}
