// Reads a dropped or chosen file as an article's text, refusing what is not one with a sentence
// the user can act on: too large, binary, not UTF-8, empty.
import { MAX_SOURCE_TEXT_LENGTH } from '../model';
import { htmlToText } from './htmlToText';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm';

export type ReadResult =
  { ok: true; name: string; text: string } | { ok: false; name: string; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function refuseSize(name: string, bytes: number): ReadResult | null {
  if (bytes <= MAX_ARTICLE_BYTES) return null;
  const message = `${name} is ${megabytes(bytes)}; Concord reads articles up to ${megabytes(MAX_ARTICLE_BYTES)}.`;
  return { ok: false, name, message };
}

/** Decodes bytes as an article: UTF-8 only, no NUL bytes, HTML turned to text. */
export function decodeArticle(name: string, bytes: Uint8Array): ReadResult {
  const tooLarge = refuseSize(name, bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.includes(0))
    return { ok: false, name, message: `${name} looks like a binary file, not an article.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      name,
      message: `${name} is not UTF-8 text. Save it as UTF-8 and try again.`,
    };
  }
  if (/\.html?$/i.test(name) || /^\s*<(!doctype html|html)/i.test(text)) text = htmlToText(text);
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, name, message: `${name} has no text.` };
  if (text.length > MAX_SOURCE_TEXT_LENGTH)
    return { ok: false, name, message: `${name} is too long for one article.` };
  return { ok: true, name, text };
}

export async function readArticleFile(file: File): Promise<ReadResult> {
  // Refused before reading: a 5 MB file is never loaded into memory.
  return (
    refuseSize(file.name, file.size) ??
    decodeArticle(file.name, new Uint8Array(await file.arrayBuffer()))
  );
}
