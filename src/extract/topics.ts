// Unquoted themes: the central topics of an instrument's contents, in the text's own words. The
// contents are the list a lead-in opens ("…như:", "cụ thể:", "các nhiệm vụ:") or a sentence of
// ";"-separated items; each item gives one short noun phrase once its opening verbs ("phối hợp",
// "đẩy mạnh", "tham gia") and its purpose clause ("nhằm…", "góp phần…") are cut away.
import { THEME_WORDS } from './lexicon';
import type { SentenceScan } from './scan';
import type { Span } from './types';

const MAX_TOPICS = 7;
const MAX_WORDS = 12;
const LEADS = [...THEME_WORDS.topicLeadWords].sort((a, b) => b.length - a.length);
const LEAD_IN = new RegExp(`(?<!\\p{L})(?:${THEME_WORDS.topicCues.join('|')})\\s*:`, 'iu');

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
  const count = text.slice(start, end).split(' ').length;
  if (count < 3 || count > MAX_WORDS || /[“”]/u.test(text.slice(start, end))) return null;
  return { start, end };
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

/** "chương trình phối hợp thực hiện công tác dân vận" → the span of "công tác dân vận". */
export function topicOfName(text: string, words: Span): Span | null {
  const found = /(?<!\p{L})công tác \p{L}+ \p{L}+/iu.exec(text.slice(words.start, words.end));
  return found
    ? { start: words.start + found.index, end: words.start + found.index + found[0].length }
    : null;
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
  const topics: Topic[] = [...named];
  const seen = new Set(named.map((t) => text.slice(t.span.start, t.span.end).toLowerCase()));
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
