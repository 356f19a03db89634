// Where a sentence names a coordination instrument: "chương trình / quy chế / kế hoạch phối hợp"
// with what follows it up to the clause's end: its own words (a comma inside them does not end
// them: "…an ninh, trật tự giai đoạn 2023 - 2028"), a quoted title, "giữa A và B", a period,
// "với C". A bare "chương trình giai đoạn 2013 - 2018" names one too, as the earlier phase of a
// programme.
import type { AgreementKind, Span } from './types';
import { AGREEMENT_KINDS, AGREEMENT_WORDS, BARE_AGREEMENTS } from './lexicon';
import { PhraseTable } from './phrases';
import type { Period } from './dates';
import { findPeriods } from './dates';
import type { SentenceScan } from './scan';
import { abbreviationNoteEnd } from './tokens';

export interface AgreementMention {
  kind: AgreementKind;
  scan: SentenceScan;
  /** Token range of the keyword and of the whole noun phrase. */
  start: number;
  keywordEnd: number;
  end: number;
  /** Text span of the instrument's own words, before "giữa", "với" or the period. */
  words: Span;
  periods: Period[];
  /** Token ranges holding the other parties: after "giữa" and after "với". */
  partyRanges: { start: number; end: number; link: string }[];
  bare: boolean;
}

const CLAUSE_END = new Set([',', ';', '.', ':', '!', '?', '…', '(']);

/**
 * End of the noun phrase: the clause's end or the next instrument, skipping quoted titles and
 * abbreviations defined in brackets ("với Ban Thường trực UBMTTQ (MTTQ) huyện và…").
 */
function phraseEnd(scan: SentenceScan, from: number): number {
  const { tokens } = scan;
  let inQuote = false;
  for (let i = from; i < tokens.length; i++) {
    const key = tokens[i].key;
    const note = abbreviationNoteEnd(tokens, i);
    if (note > i) i = note - 1;
    else if (key === '“' || key === '”') inQuote = key === '“';
    else if (!inQuote && (CLAUSE_END.has(key) || AGREEMENT_KINDS.match(tokens, i))) return i;
  }
  return tokens.length;
}

/** The first period inside the phrase and the ones listed right after it. */
function periodsOf(text: string, scan: SentenceScan, start: number, end: number): Period[] {
  const at = (i: number) => (i < scan.tokens.length ? scan.tokens[i].start : scan.sentence.end);
  const [from, to] = [at(start), at(end)];
  const all = findPeriods(text, from, scan.sentence.end);
  const first = all.findIndex((p) => p.start < to);
  if (first < 0) return [];
  const chained = [all[first]];
  for (const next of all.slice(first + 1)) {
    if (next.start !== chained[chained.length - 1].end) break;
    chained.push(next);
  }
  return chained;
}

function mentionAt(text: string, scan: SentenceScan, start: number, hasProper: boolean) {
  const { tokens } = scan;
  const proper = AGREEMENT_KINDS.match(tokens, start);
  const bare = proper ? null : hasProper ? BARE_AGREEMENTS.match(tokens, start) : null;
  const keyword = proper ?? bare;
  if (!keyword) return null;
  const end = listedTopicEnd(text, scan, keyword.end, phraseEnd(scan, keyword.end));
  const periods = periodsOf(text, scan, keyword.end, end);
  // A bare "chương trình" names an instrument only with its period right after it.
  if (bare && (periods.length === 0 || periods[0].start > (tokens[keyword.end]?.start ?? 0))) {
    return null;
  }
  const wordsEnd = ownWordsEnd(scan, keyword.end, end, periods[0]?.start ?? Infinity);
  const partyRanges = [];
  for (let i = keyword.end; i < end; i++) {
    const link = tokens[i].key;
    if (isLink(link)) partyRanges.push({ start: i + 1, end: untilPeriod(scan, i, end), link });
  }
  return {
    kind: keyword.value,
    scan,
    start,
    keywordEnd: keyword.end,
    end,
    words: { start: tokens[start].start, end: tokens[wordsEnd - 1].end },
    periods,
    partyRanges,
    bare: bare !== null,
  };
}

const isLink = (key: string) => key === 'giữa' || key === 'với';
const PHRASE_STOPS = new PhraseTable(AGREEMENT_WORDS.phraseStops.map((w) => [w, w]));
// Words that join the parts of one topic ("quyền, lợi ích hợp pháp của phụ nữ, trẻ em").
const TOPIC_JOINERS = new Set(['và', 'của', 'cho', '-']);
/** How far past a comma the instrument's own topic words may run before its period. */
const MAX_LISTED_TOPIC = 24;

function isTopicWord(tokens: SentenceScan['tokens'], i: number): boolean {
  const token = tokens[i];
  if (TOPIC_JOINERS.has(token.key)) return true;
  if (token.kind !== 'word' || token.cap || token.abbr || isLink(token.key)) return false;
  return !PHRASE_STOPS.match(tokens, i) && !AGREEMENT_KINDS.match(tokens, i);
}

/**
 * "Quy chế phối hợp trong công tác bảo đảm an ninh, trật tự giai đoạn 2023 - 2028": a comma
 * inside the instrument's own topic does not end its phrase when only more lower-case topic
 * words follow it up to the period. Without such a period the phrase ends at the comma.
 */
function listedTopicEnd(text: string, scan: SentenceScan, from: number, end: number): number {
  const { tokens } = scan;
  // The comma must continue a topic: own words before it, and no party named yet.
  if (end === from || tokens.slice(from, end).some((t) => isLink(t.key))) return end;
  if (tokens[end]?.key !== ',') return end;
  const starts = new Set(
    findPeriods(text, tokens[end].start, scan.sentence.end).map((p) => p.start),
  );
  const periodAt = (j: number) => starts.has(tokens[j].start);
  for (let i = end; tokens[i]?.key === ',' && i - end < MAX_LISTED_TOPIC;) {
    let j = i + 1;
    while (j < tokens.length && isTopicWord(tokens, j) && !periodAt(j)) j++;
    if (j === i + 1 || j >= tokens.length) return end;
    if (periodAt(j)) return phraseEnd(scan, j);
    i = j;
  }
  return end;
}

/** Where the instrument's own words end: a link, a verb of the clause, or the period. */
function ownWordsEnd(scan: SentenceScan, from: number, end: number, period: number): number {
  const { tokens } = scan;
  let inQuote = false;
  for (let i = from; i < end; i++) {
    const key = tokens[i].key;
    if (key === '“' || key === '”') inQuote = key === '“';
    else if (
      !inQuote &&
      (isLink(key) || tokens[i].start >= period || PHRASE_STOPS.match(tokens, i))
    ) {
      return i;
    }
  }
  return end;
}

/** "giữa A với B" runs through its "với"; "với C" ends at the next link. */
function untilPeriod(scan: SentenceScan, from: number, end: number): number {
  const between = scan.tokens[from].key === 'giữa';
  for (let i = from + 1; i < end; i++) {
    const key = scan.tokens[i].key;
    if (key === 'giai' || key === 'nhiệm' || key === 'năm' || key === 'về') return i;
    if (key === 'giữa' || (key === 'với' && !between)) return i;
  }
  return end;
}

/** Every instrument named in the sentence; `hasProper` admits bare "chương trình giai đoạn …". */
export function findAgreementMentions(
  text: string,
  scan: SentenceScan,
  hasProper: boolean,
): AgreementMention[] {
  const mentions: AgreementMention[] = [];
  let inQuote = false;
  for (let i = 0; i < scan.tokens.length; i++) {
    const key = scan.tokens[i].key;
    if (key === '“' || key === '”') inQuote = key === '“';
    if (inQuote) continue;
    const mention = mentionAt(text, scan, i, hasProper);
    if (mention) {
      mentions.push(mention);
      i = mention.keywordEnd - 1;
    }
  }
  return mentions;
}
