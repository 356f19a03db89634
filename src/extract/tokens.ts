// Splits a sentence into syllable tokens. An abbreviation stands for its expansion ("CHQS" →
// chỉ huy quân sự), so the lexicons need one spelling per name; the expansion's tokens share the
// abbreviation's span and group, and a match may not cut a group.
import { ABBREVIATIONS } from '../model/abbreviations';
import { unifyTonePlacement } from './normalise';

export interface Token {
  /** Lower-case syllable (or punctuation mark, or digits). */
  key: string;
  /** The syllable starts with a capital letter (expansions take the long form's casing). */
  cap: boolean;
  kind: 'word' | 'number' | 'punct';
  /** Came from an upper-case abbreviation. */
  abbr: boolean;
  /** Tokens of one written word share a group. */
  group: number;
  /** Span of the written word in the normalised text. */
  start: number;
  end: number;
}

const EXPANSIONS = new Map<string, string>();
for (const { short, long } of ABBREVIATIONS) {
  for (const form of short)
    if (/^[\p{Lu}\p{N}]+(?:[&-][\p{Lu}\p{N}]+)*$/u.test(form)) EXPANSIONS.set(form, long);
}

// "TT&TT", "LĐ-TB&XH": capitals joined by "&" are one written word.
const WORD = /\p{Lu}+(?:-\p{Lu}+)*&\p{Lu}+|[\p{L}\p{M}]+|\d+(?:[.,/:-]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const isUpper = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();

function expansionTokens(long: string, group: number, start: number, end: number): Token[] {
  const syllables = unifyTonePlacement(long.normalize('NFC')).split(/\s+/u);
  return syllables.map((syllable) => ({
    key: syllable.toLowerCase(),
    cap: isUpper(syllable[0]),
    kind: 'word',
    abbr: true,
    group,
    start,
    end,
  }));
}

/** Tokens of text.slice(from, to), with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let group = 0;
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const start = match.index;
    const word = text.slice(start, Math.min(to, start + match[0].length));
    const end = start + word.length;
    group++;
    const letters = /^[\p{L}\p{M}]/u.test(word);
    const allCaps = letters && word.length >= 2 && word === word.toUpperCase();
    const long = allCaps ? EXPANSIONS.get(word) : undefined;
    if (long) {
      tokens.push(...expansionTokens(long, group, start, end));
      continue;
    }
    tokens.push({
      key: word.toLowerCase(),
      cap: letters && isUpper(word[0]),
      kind: letters ? 'word' : /^\d/u.test(word) ? 'number' : 'punct',
      abbr: allCaps,
      group,
      start,
      end,
    });
  }
  return tokens;
}

/** "Bộ Chỉ huy Quân sự (CHQS) tỉnh": the index after an abbreviation defined in brackets at `at`. */
export function abbreviationNoteEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.key !== '(' || !tokens[at + 1]?.abbr) return at;
  let end = at + 1;
  while (tokens[end]?.abbr && tokens[end].group === tokens[at + 1].group) end++;
  return tokens[end]?.key === ')' ? end + 1 : at;
}
