// Unquoted themes: the central topics of an instrument's contents, in the text's own words. The
// contents are the list a lead-in opens ("…như:", "cụ thể:", "các nhiệm vụ:") or a sentence of
// ";"-separated items; each item gives one short noun phrase once its opening verbs ("phối hợp",
// "đẩy mạnh", "tham gia") and its purpose clause ("nhằm…", "góp phần…") are cut away. Figures
// (results, not contents), people and posts are never topics.
import { HONORIFICS, RANKS, THEME_WORDS, TITLES } from './lexicon';
import type { SentenceScan } from './scan';
import { tokenize } from './tokens';
import type { Span } from './types';

const MAX_TOPICS = 7;
const MAX_WORDS = 12;
const LEADS = [...THEME_WORDS.topicLeadWords].sort((a, b) => b.length - a.length);
// "…như:", "5 nội dung phối hợp trọng tâm:": a cue at most three words before the colon.
const LEAD_IN = new RegExp(
  `(?<!\\p{L})(?:${THEME_WORDS.topicCues.join('|')})(?:\\s+[^\\s:;,.]+){0,3}\\s*:`,
  'iu',
);

interface Piece {
  start: number;
  end: number;
}

/** Cuts a content item down to its noun phrase, as offsets into `text`. */
function phraseOf(text: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  for (let changed = true; changed;) {
    changed = false;
    while (start < end && /[\s,.:;…-]/u.test(text[start])) start++;
    const rest = text.slice(start, end).toLowerCase();
    const lead = LEADS.find((w) => rest.startsWith(w) && /[\s,:]/u.test(rest[w.length] ?? ' '));
    if (lead) {
      start += lead.length;
      changed = true;
    }
  }
  const lower = ` ${text.slice(start, end).toLowerCase()}`;
  for (const stop of THEME_WORDS.topicStops) {
    const at = lower.indexOf(stop);
    // An item that starts with its purpose ("nhằm phát huy…") has no topic of its own.
    if (at === 0) return null;
    if (at > 0) end = Math.min(end, start + at - 1);
  }
  while (end > start && /[\s,.:;…“”]/u.test(text[end - 1])) end--;
  const words = text.slice(start, end).split(' ');
  if (words.length > MAX_WORDS) {
    // A long item keeps its first clause: "phát triển kinh tế, văn hóa, xã hội gắn với…".
    const cut = text.slice(start, end).indexOf(', ', words.slice(0, 4).join(' ').length);
    if (cut > 0) end = start + cut;
  }
  const phrase = text.slice(start, end);
  const count = phrase.split(' ').length;
  if (count < 3 || count > MAX_WORDS || /[“”]/u.test(phrase)) return null;
  // Figures belong to results ("hòa giải thành 45 vụ"), not to what an instrument is about.
  if (/\d/u.test(phrase) || namesSomeone(text, start, end)) return null;
  return { start, end };
}

/**
 * A person or a post ("Đại tá Hồ Văn A, Phó Giám đốc Công an tỉnh") is never a topic: a rank or
 * "ông", "bà"… before a capital, or a post opening the phrase or one of its comma parts ("…phong
 * cách Chủ tịch Hồ Chí Minh" stays a topic).
 */
function namesSomeone(text: string, start: number, end: number): boolean {
  const tokens = tokenize(text, start, end);
  return tokens.some((token, i) => {
    const cue = RANKS.match(tokens, i) ?? HONORIFICS.match(tokens, i);
    if (cue && tokens[cue.end]?.cap) return true;
    const opens = i === 0 || tokens[i - 1].key === ',';
    return token.cap && opens && TITLES.match(tokens, i) !== null;
  });
}

// Inside one item, ", đẩy mạnh…", ", chú trọng…" start another.
const NEXT_ITEM = new RegExp(`, (?=(?:${LEADS.join('|')})\\s)`, 'giu');

/** The content items of a sentence, if it lists contents: split at ";" and at ", <verb>". */
function itemsOf(scan: SentenceScan): Piece[] {
  const { text, start } = scan.sentence;
  const leadIn = LEAD_IN.exec(text);
  const from = leadIn ? leadIn.index + leadIn[0].length : 0;
  if (!leadIn && text.split(';').length < 3) return [];
  const cuts = [from];
  for (const match of text.slice(from).matchAll(/;|, (?=\p{Ll})/gu)) {
    const at = from + match.index;
    if (match[0] === ';' || NEXT_ITEM.test(text.slice(at, at + 30))) cuts.push(at + 1);
    NEXT_ITEM.lastIndex = 0;
  }
  cuts.push(text.length + 1);
  return cuts.slice(1).map((cut, i) => ({ start: start + cuts[i], end: start + cut - 1 }));
}

// Verbs and prepositions between an instrument's keyword and the field it names.
const NAME_LEAD = /^(?:(?:thực hiện|trong|về|hoạt động)(?:\s+|$))+/iu;
/** An instrument's field may be a longer phrase than a content item. */
const MAX_NAME_WORDS = 16;

/**
 * The field an instrument's own words name after its keyword: "(chương trình phối hợp) thực
 * hiện công tác dân vận" → "công tác dân vận", "(quy chế phối hợp) trong công tác bảo đảm an
 * ninh, trật tự" → "công tác bảo đảm an ninh, trật tự". A bare "hoạt động" or "công tác" names
 * none.
 */
export function topicOfName(text: string, words: Span): Span | null {
  const own = text.slice(words.start, words.end);
  const lead = NAME_LEAD.exec(own)?.[0].length ?? 0;
  let end = own.length;
  while (end > lead && /[\s,.;:]/u.test(own[end - 1])) end--;
  const phrase = own.slice(lead, end);
  const count = phrase.split(' ').length;
  if (count < 3 || count > MAX_NAME_WORDS || /[“”\d]|\p{Lu}/u.test(phrase)) return null;
  return { start: words.start + lead, end: words.start + end };
}

export interface Topic {
  span: Span;
  sentence: Span;
}

/**
 * Up to seven topics: the field an instrument's name gives ("…phối hợp công tác dân vận"), then
 * the items of the contents listed after the first instrument is named.
 */
export function findTopics(
  text: string,
  scans: readonly SentenceScan[],
  from: number,
  named: readonly Topic[] = [],
): Topic[] {
  const topics: Topic[] = [];
  const seen = new Set<string>();
  for (const topic of named) {
    const key = text.slice(topic.span.start, topic.span.end).toLowerCase();
    if (!seen.has(key)) topics.push(topic);
    seen.add(key);
  }
  for (const scan of scans.slice(from)) {
    // An attendee list is ";"-separated too, but lists people, not contents.
    if (scan.people.length > 0) continue;
    for (const piece of itemsOf(scan)) {
      const phrase = phraseOf(text, piece);
      const key = phrase && text.slice(phrase.start, phrase.end).toLowerCase();
      if (!phrase || !key || seen.has(key)) continue;
      seen.add(key);
      topics.push({
        span: phrase,
        sentence: { start: scan.sentence.start, end: scan.sentence.end },
      });
      if (topics.length === MAX_TOPICS) return topics;
    }
  }
  return topics;
}
