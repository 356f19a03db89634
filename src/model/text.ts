// Text clean-up applied to everything a person or a file gives us: one Unicode form (NFC), so that
// "Ủy" typed on one keyboard equals "Ủy" pasted from an NFD source.

/** White space other than one space between words: what normalizeLine changes. */
const LOOSE_SPACE = /^\s|\s$|[^\S ]| {2}/u;

/** NFC, runs of white space folded to one space, trimmed: for names, titles, aliases. */
export function normalizeLine(value: string): string {
  const composed = value.normalize('NFC');
  // Most stored text is already clean: testing costs less than building the same string again.
  return LOOSE_SPACE.test(composed) ? composed.replace(/\s+/gu, ' ').trim() : composed;
}

/** NFC only: for notes and texts whose line breaks matter. */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}

/** Trimmed, non-empty, de-duplicated lines in their first order. */
export function normalizeList(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const line = normalizeLine(raw);
    if (line !== '' && !seen.has(line)) {
      seen.add(line);
      result.push(line);
    }
  }
  return result;
}

/**
 * A form for matching what a person types against names: no diacritics, no case. "đ" has no
 * Unicode decomposition, so it is mapped by hand ("dong" finds "Đồng").
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
