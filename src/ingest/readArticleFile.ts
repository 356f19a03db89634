// Reads a dropped or chosen file as an article's text, refusing what is not one with a message
// the user can act on: too large, binary, not UTF-8 (or UTF-16 with its mark), empty.
import { megabytes, message, type Message } from '../i18n/message';
import { MAX_SOURCE_TEXT_LENGTH } from '../model';
import { htmlNestsDeeperThan, htmlToText, MAX_HTML_DEPTH } from './htmlToText';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm';

export type ReadResult =
  { ok: true; name: string; text: string } | { ok: false; name: string; message: Message };

function refuseSize(name: string, bytes: number): ReadResult | null {
  if (bytes <= MAX_ARTICLE_BYTES) return null;
  const size = megabytes(bytes);
  const refusal = message('ingest.read.tooLarge', {
    name,
    size,
    max: megabytes(MAX_ARTICLE_BYTES),
  });
  return { ok: false, name, message: refusal };
}

export type DecodedText = { ok: true; text: string } | { ok: false; why: 'binary' | 'encoding' };

/**
 * A text file's characters: UTF-8, or UTF-16 when a byte order mark says so (Windows and Excel's
 * “Unicode text” write it). NUL characters mean a binary file; bytes that are not valid in the
 * encoding are refused rather than replaced, so that nothing is read wrongly without a word.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (!utf16 && bytes.includes(0)) return { ok: false, why: 'binary' };
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, why: 'encoding' };
  }
  return text.includes('\u0000') ? { ok: false, why: 'binary' } : { ok: true, text };
}

/** Decodes bytes as an article: UTF-8 (or UTF-16 with its mark), no NUL bytes, HTML as text. */
export function decodeArticle(name: string, bytes: Uint8Array): ReadResult {
  const tooLarge = refuseSize(name, bytes.length);
  if (tooLarge) return tooLarge;
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const key = decoded.why === 'binary' ? 'ingest.read.binary' : 'ingest.read.notUtf8';
    return { ok: false, name, message: message(key, { name }) };
  }
  let text = decoded.text;
  if (/\.html?$/i.test(name) || /^\s*<(!doctype html|html)/i.test(text)) {
    if (htmlNestsDeeperThan(text, MAX_HTML_DEPTH)) {
      const depth = MAX_HTML_DEPTH;
      return { ok: false, name, message: message('ingest.read.tooDeep', { name, depth }) };
    }
    text = htmlToText(text);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return { ok: false, name, message: message('ingest.read.empty', { name }) };
  if (text.length > MAX_SOURCE_TEXT_LENGTH)
    return { ok: false, name, message: message('ingest.read.tooLong', { name }) };
  return { ok: true, name, text };
}

export async function readArticleFile(file: File): Promise<ReadResult> {
  // Refused before reading: a 5 MB file is never loaded into memory.
  const tooLarge = refuseSize(file.name, file.size);
  if (tooLarge) return tooLarge;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    // Moved, deleted or changed since it was chosen; the browser will not read it any more.
    const unreadable = message('ingest.read.unreadable', { name: file.name });
    return { ok: false, name: file.name, message: unreadable };
  }
  return decodeArticle(file.name, bytes);
}
