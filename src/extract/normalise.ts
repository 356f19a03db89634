// Puts an article into one spelling before any rule reads it: NFC, one tone-placement convention,
// plain dashes, paired curly quotes, single spaces. Every character keeps the span of the
// original characters it came from, so spans found in the normalised text map back to the input.
import type { Span } from './types';

export interface NormalisedText {
  /** What the rules read. */
  text: string;
  /**
   * The original's own characters (NFC, its tone placement, dashes and quotes) at the positions
   * of `text`: what output strings are cut from, so names stay as the article wrote them.
   */
  display: string;
  /** What the caller gave, unchanged. */
  original: string;
  /** The span of `original` that a span of `text` was read from. */
  toOriginal(span: Span): Span;
}

const isZeroWidth = (c: number) =>
  (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const isHorizontalSpace = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isDash = (c: number) =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
const OPENING_QUOTES = '“„‟«';
const CLOSING_QUOTES = '”»';
const MARK = /\p{M}/u;

class Builder {
  chars: string[] = [];
  shown: string[] = [];
  starts: number[] = [];
  ends: number[] = [];

  get last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }

  push(char: string, start: number, end: number, shown = char) {
    this.chars.push(char);
    this.shown.push(shown);
    this.starts.push(start);
    this.ends.push(end);
  }

  pop() {
    this.chars.pop();
    this.shown.pop();
    this.starts.pop();
    this.ends.pop();
  }
}

/** A straight quote opens when it follows a space, a line start or an opening bracket. */
function quoteFor(char: string, previous: string | undefined): string {
  if (OPENING_QUOTES.includes(char)) return '“';
  if (CLOSING_QUOTES.includes(char)) return '”';
  return previous === undefined || /[\s([{]/u.test(previous) ? '“' : '”';
}

function pushChar(out: Builder, char: string, start: number, end: number) {
  const code = char.charCodeAt(0);
  if (isZeroWidth(code)) return;
  if (isLineBreak(code)) {
    // "\r\n" is one line break: the "\n" joins the break the "\r" made.
    if (code === 0x0a && out.last === '\n' && out.shown[out.shown.length - 1] === '\r') {
      out.ends[out.ends.length - 1] = end;
      return;
    }
    while (out.last === ' ') out.pop();
    out.push('\n', start, end, char === '\r' ? '\r' : '\n');
  } else if (isHorizontalSpace(code)) {
    if (out.last !== undefined && out.last !== ' ' && out.last !== '\n') out.push(' ', start, end);
  } else if (isDash(code)) {
    out.push('-', start, end, char);
  } else if (char === '"' || OPENING_QUOTES.includes(char) || CLOSING_QUOTES.includes(char)) {
    out.push(quoteFor(char, out.last), start, end, char);
  } else {
    out.push(char, start, end);
  }
}

/** End of the cluster at `start`: a base character and the combining marks after it. */
function clusterEnd(original: string, start: number): number {
  let end = start + 1;
  while (end < original.length && original.charCodeAt(end) >= 0x300 && MARK.test(original[end]))
    end++;
  return end;
}

export function normaliseText(original: string): NormalisedText {
  const out = new Builder();
  for (let start = 0; start < original.length;) {
    const code = original.charCodeAt(start);
    // Surrogate pairs and decomposed letters go through NFC as one cluster; the rest as is.
    let end = code >= 0xd800 && code <= 0xdbff ? start + 2 : start + 1;
    if (end < original.length && original.charCodeAt(end) >= 0x300)
      end = clusterEnd(original, start);
    const cluster = original.slice(start, end);
    for (const char of end - start > 1 ? cluster.normalize('NFC') : cluster) {
      pushChar(out, char, start, end);
    }
    start = end;
  }
  const text = unifyTonePlacement(out.chars.join(''));
  const { starts, ends } = out;
  return {
    text,
    display: out.shown.join(''),
    original,
    toOriginal({ start, end }: Span): Span {
      if (end <= start) {
        const at = start < starts.length ? starts[start] : original.length;
        return { start: at, end: at };
      }
      return { start: starts[start], end: ends[end - 1] };
    },
  };
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
// o/u + a toned a, e or y at the end of a syllable ("hoà", "khoẻ", "thuỷ").
const NEW_STYLE = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;

/**
 * Moves the tone of "oa", "oe", "uy" at the end of a syllable to the first vowel ("hoà" →
 * "hòa", "Uỷ" → "Ủy", "khoẻ" → "khỏe"), the older convention the lexicons use. Lengths do not
 * change. "quý" stays: there the u belongs to the onset "qu".
 */
export function unifyTonePlacement(text: string): string {
  return text.replace(NEW_STYLE, (pair: string, first: string, second: string, at: number) => {
    const [base, ...marks] = second.normalize('NFD');
    const tone = marks.find((mark) => TONE_MARKS.test(mark));
    const vowels = (first + base).toLowerCase();
    if (!tone || (vowels !== 'oa' && vowels !== 'oe' && vowels !== 'uy')) return pair;
    if (vowels === 'uy' && (text[at - 1] === 'q' || text[at - 1] === 'Q')) return pair;
    const rest = marks.filter((mark) => mark !== tone).join('');
    return (first + tone).normalize('NFC') + (base + rest).normalize('NFC');
  });
}
