// Cuts the normalised article into its headline, an optional dateline, and sentences. Sentences
// are spans of the normalised text; lines are never joined, because captions and headlines stand
// on lines of their own without a full stop.
import type { Span } from './types';

export interface Sentence extends Span {
  text: string;
  /** 0 for the headline line. */
  line: number;
}

// Words after which a full stop does not end a sentence ("TP. Hồ Chí Minh", "TS. Nguyễn…").
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:TP|Tp|Q|P|TS|ThS|PGS|GS|BS|KS|St|v\.v)\.$/u;
// A source tag glued to the headline: "…2025(Thanhuytphcm.vn) - Ngày 16/9".
const SOURCE_TAG = /\((?:[\p{L}\d-]+\.)+(?:vn|com|net|org)\)\s*-?/iu;

/** Offsets inside one line where a new sentence starts. */
function breaksInLine(line: string): number[] {
  const breaks: number[] = [];
  const stop = /[.!?…]+[”)]?\s+(?=[\p{Lu}“(\d])/gu;
  for (const match of line.matchAll(stop)) {
    if (NO_BREAK_BEFORE.test(line.slice(0, match.index + 1))) continue;
    breaks.push(match.index + match[0].length);
  }
  // A caption that lost its line break: "giai đoạn 2022 – 2026Ban Dân vận…".
  for (const match of line.matchAll(/\d(?=\p{Lu}\p{Ll})/gu)) breaks.push(match.index + 1);
  const tag = SOURCE_TAG.exec(line);
  if (tag && tag.index > 0) breaks.push(tag.index);
  return [...new Set(breaks)].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
}

function trimmed(text: string, start: number, end: number, line: number): Sentence | null {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end), line } : null;
}

/** Every sentence of the text, the headline line included, minus the lines in `skip`. */
export function splitSentences(text: string, skip: ReadonlySet<number> = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    if (!skip.has(index)) {
      let from = 0;
      for (const at of [...breaksInLine(line), line.length]) {
        const sentence = trimmed(text, offset + from, offset + at, index);
        if (sentence) sentences.push(sentence);
        from = at;
      }
    }
    offset += line.length + 1;
  });
  return sentences;
}

/**
 * The headline: the first non-empty line below line `after`, without a source tag glued to its
 * end.
 */
export function readTitle(text: string, after = -1): Sentence | null {
  const lines = text.split('\n');
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > after && line.trim() !== '') {
      const tag = SOURCE_TAG.exec(line);
      const end = tag && tag.index > 0 ? tag.index : line.length;
      return trimmed(text, offset, offset + end, index);
    }
    offset += line.length + 1;
  }
  return null;
}

/** The lines of the text with their offsets. */
export function lines(text: string): { text: string; start: number; index: number }[] {
  let offset = 0;
  return text.split('\n').map((line, index) => {
    const entry = { text: line, start: offset, index };
    offset += line.length + 1;
    return entry;
  });
}
