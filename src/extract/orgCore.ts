// The first part of an organisation's name: a head from the lexicon with what it needs to name
// one kind of body: a descriptor ("Ban" + "Dân vận"), a number ("Sư đoàn" + "10"), or nothing
// ("Công an", "Tỉnh ủy"), the qualifiers coming after.
import { DESCRIPTORS, FUNCTION_WORDS, HEADS } from './lexicon';
import type { OrgContext, OrgMention } from './orgMentions';
import type { Token } from './tokens';

export type Draft = Omit<OrgMention, 'textStart' | 'textEnd' | 'standing'>;

/** Head with its descriptor or number: the part every later rule keys on. */
export function parseCore(
  text: string,
  tokens: readonly Token[],
  start: number,
  context: OrgContext,
): Draft | null {
  const head = HEADS.match(tokens, start, context.partial);
  if (!head || (!context.title && !tokens[start].cap)) return null;
  const entry = head.value;
  const draft: Draft = {
    start,
    end: head.end,
    head: entry,
    core: entry.phrase,
    coreKey: entry.key,
    parent: null,
    level: null,
    place: null,
    ownName: null,
    paren: null,
    collective: null,
    bare: false,
  };
  if (entry.needs === 'desc')
    return withDescriptor(text, tokens, draft, context.lexiconOnly === true);
  if (entry.needs === 'num') return withNumber(tokens, draft);
  // "Công an nhân dân", "Quân đội nhân dân": the national force, not a body of the story.
  if (tokens[draft.end]?.key === 'nhân' && tokens[draft.end + 1]?.key === 'dân') return null;
  return draft;
}

function withDescriptor(
  text: string,
  tokens: readonly Token[],
  draft: Draft,
  lexiconOnly: boolean,
): Draft | null {
  const table = DESCRIPTORS.get(draft.head.family ?? '');
  const found = table?.match(tokens, draft.end);
  let end = found && tokens[draft.end].cap ? found.end : draft.end;
  if (end === draft.end && draft.head.fallback && !lexiconOnly) {
    end = fallbackDescriptor(tokens, draft.end);
  }
  if (end === draft.end) return null;
  const words = tokens.slice(draft.end, end).map((t) => t.key);
  const descriptor = found?.value ?? null;
  return {
    ...draft,
    end,
    core: `${draft.head.phrase} ${descriptor ?? text.slice(tokens[draft.end].start, tokens[end - 1].end)}`,
    coreKey: `${draft.head.key} ${words.join(' ')}`,
  };
}

/**
 * A descriptor read by shape where the lexicon has none: capitalised words of at most two
 * syllables each ("Hội Doanh nhân"), two syllables or more in all, no function word inside.
 */
function fallbackDescriptor(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end < tokens.length && tokens[end].kind === 'word' && tokens[end].cap && end - start < 6) {
    if (end > start && HEADS.match(tokens, end)) break;
    end++;
    const next = tokens[end];
    if (next?.kind === 'word' && !next.cap && !next.abbr && !FUNCTION_WORDS.has(next.key)) end++;
  }
  const run = tokens.slice(start, end);
  if (end - start < 2 || run.some((t) => t.abbr && !t.cap)) return start;
  // "Hội Đoàn Thị…" is a name, not a body: a surname with a middle name is not a descriptor.
  if (run[1]?.key === 'thị' || run[1]?.key === 'văn') return start;
  return end;
}

function withNumber(tokens: readonly Token[], draft: Draft): Draft | null {
  const number = tokens[draft.end];
  if (number?.kind !== 'number' || !/^\d{1,4}$/u.test(number.key)) return null;
  return {
    ...draft,
    end: draft.end + 1,
    core: `${draft.head.phrase} ${number.key}`,
    coreKey: `${draft.head.key} ${number.key}`,
  };
}

/** True when a body's name starts at tokens[start] by the lexicon alone (no shape fallback). */
export function startsBody(text: string, tokens: readonly Token[], start: number): boolean {
  const context = { title: false, personAfter: false, lexiconOnly: true };
  return parseCore(text, tokens, start, context) !== null;
}
