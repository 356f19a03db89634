// Quoted themes: a campaign, movement, programme or slogan in quotation marks is a theme when
// the words before it say so ("phong trào thi đua “Dân vận khéo”", "mô hình “…”", "Cuộc vận
// động “…”"), when it continues a list of such quotes, or when it names its own kind of
// campaign (“Ngày hội …”). Scare quotes ("không để tạo thành “điểm nóng”") and award names
// ("danh hiệu “…”") have no such cue and are left out.
import { THEME_WORDS } from './lexicon';
import type { SentenceScan } from './scan';
import type { Span } from './types';

export interface QuotedTheme {
  /** The words inside the marks (normalised offsets). */
  span: Span;
  sentence: Span;
}

const words = (phrases: readonly string[]) =>
  new RegExp(`(?<!\\p{L})(?:${phrases.join('|')})(?!\\p{L})`, 'iu');
const CAMPAIGN = words(THEME_WORDS.campaignCues);
const AWARD = words(THEME_WORDS.awardCues);
// A quote that opens with the kind of campaign it names, then its name: “Ngày hội Biên phòng
// toàn dân” (a lone “phong trào” is a scare quote).
const NAMES_ITSELF = new RegExp(`^(?:${THEME_WORDS.campaignNames.join('|')})\\s+\\p{L}`, 'iu');
// A cited document's number and date between the cue and the quote: "Chương trình phối hợp số
// 125/CTr-HND ngày 20/3/2019 về “…”".
const DOCUMENT_REFERENCE = /(?<!\p{L})(?:số|ngày)\s+\S*\d\S*/giu;
// What may stand between two quoted items of one list.
const LIST_GLUE = /^\s*(?:,|;|và|hoặc|cùng)\s*$/u;

/** The last few words before an opening mark, back to the clause's start. */
function leadIn(before: string): string {
  const clause =
    before
      .replace(DOCUMENT_REFERENCE, ' ')
      .split(/[,;:.!?()”]/u)
      .at(-1) ?? '';
  return clause.trim().split(/\s+/u).slice(-6).join(' ');
}

export function findQuotedThemes(scan: SentenceScan): QuotedTheme[] {
  const { text, start: offset } = scan.sentence;
  const themes: QuotedTheme[] = [];
  const pairs = [...text.matchAll(/“([^“”]+)”/gu)];
  let previousWasTheme = false;
  let previousEnd = -1;
  for (const pair of pairs) {
    const before = text.slice(0, pair.index);
    const glued = previousEnd >= 0 && LIST_GLUE.test(text.slice(previousEnd, pair.index));
    const cue = leadIn(before);
    const inner = pair[1];
    const isTheme: boolean =
      !AWARD.test(cue) &&
      (CAMPAIGN.test(cue) || (glued && previousWasTheme) || NAMES_ITSELF.test(inner.trim()));
    const lead = inner.length - inner.trimStart().length;
    const trail = inner.length - inner.trimEnd().length;
    if (isTheme && inner.trim().length > 1) {
      const start = offset + pair.index + 1 + lead;
      themes.push({
        span: { start, end: offset + pair.index + 1 + inner.length - trail },
        sentence: { start: scan.sentence.start, end: scan.sentence.end },
      });
    }
    previousWasTheme = isTheme;
    previousEnd = pair.index + pair[0].length;
  }
  return themes;
}
